/**
 * The experiments form offers exactly what validation accepts: each field's bounds are
 * accepted by `validateExperiment`, and one step past them is refused with an error naming
 * the field.
 */
import { describe, expect, it } from 'vitest';
import { ExperimentError, validateExperiment } from '../../../models/experiments/index.ts';
import { FIELD_BOUNDS } from '../../../src/experiments/bounds.ts';

type Input = Record<string, unknown>;
const axis = { key: 'groups', from: 0, to: 20, steps: 3, scale: 'linear' };
const budgetSplit: Input = { kind: 'budgetSplit', totalBudgetDaily: 6_000, share: { from: 0, to: 1, steps: 3 }, staffShare: 0.6, percentile: 0.1 };

/**
 * Where each bounded field sits in a definition: its name in the error, how to set it in a
 * definition of a kind that has it, and the step past a bound (1 for integers).
 */
const FIELDS: [keyof typeof FIELD_BOUNDS, string, (v: number) => Input, number][] = [
  // The market and the weight are set together, so that each bound leaves a whole number of
  // agents within AGENT_LIMITS and only the field under test can be out of range.
  ['population', 'params.population', (v) => ({ kind: 'replications', params: { population: v, agentWeight: v > 10_000_000 ? 1_000 : 1 } }), 1],
  ['agentWeight', 'params.agentWeight', (v) => ({ kind: 'replications', params: { population: 1_000 * Math.min(Math.max(v, 1), 100_000), agentWeight: v } }), 1],
  ['days', 'params.horizonDays', (v) => ({ kind: 'replications', params: { horizonDays: v } }), 1],
  ['seed', 'seed', (v) => ({ kind: 'replications', seed: v }), 1],
  ['replications', 'replications', (v) => ({ kind: 'replications', replications: v }), 1],
  ['steps', 'x.steps', (v) => ({ kind: 'sweep1d', x: { ...axis, steps: v } }), 1],
  ['steps', 'share.steps', (v) => ({ ...budgetSplit, share: { from: 0, to: 1, steps: v } }), 1],
  ['spread', 'spread', (v) => ({ kind: 'sensitivity', spread: v }), 0.001],
  ['totalBudget', 'totalBudgetDaily', (v) => ({ ...budgetSplit, totalBudgetDaily: v }), 1],
  ['share', 'share.from', (v) => ({ ...budgetSplit, share: { from: v, to: 1, steps: 3 } }), 0.001],
  ['share', 'share.to', (v) => ({ ...budgetSplit, share: { from: 0, to: v, steps: 3 } }), 0.001],
  ['share', 'staffShare', (v) => ({ ...budgetSplit, staffShare: v }), 0.001],
  ['percentile', 'percentile', (v) => ({ ...budgetSplit, percentile: v }), 0.001],
];

function fieldOfError(input: Input): string | null {
  try {
    validateExperiment(input);
    return null;
  } catch (error) {
    if (error instanceof ExperimentError) return error.field;
    throw error;
  }
}

describe('the experiments form’s bounds', () => {
  it('refuse a market and agent weight that leave no whole number of agents in range, naming the weight', () => {
    expect(fieldOfError({ kind: 'replications', params: { population: 1_000_000, agentWeight: 10 } })).toBeNull();
    expect(fieldOfError({ kind: 'replications', params: { population: 1_000_000, agentWeight: 3 } })).toBe('params.agentWeight');
    expect(fieldOfError({ kind: 'replications', params: { population: 1_000_000, agentWeight: 10_000 } })).toBe('params.agentWeight');
  });

  it.each(FIELDS)('%s as %s: accepts its bounds and refuses past them', (name, field, set, past) => {
    const { min, max } = FIELD_BOUNDS[name];
    // share.from must stay below share.to and vice versa: each end is checked where it can be.
    if (field !== 'share.to') expect(fieldOfError(set(min))).toBeNull();
    if (field !== 'share.from') expect(fieldOfError(set(max))).toBeNull();
    expect(fieldOfError(set(min - past))).toBe(field);
    expect(fieldOfError(set(max + past))).toBe(field);
  });
});
