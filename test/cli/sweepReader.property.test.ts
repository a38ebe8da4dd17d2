/**
 * The sweep's definition reader against random input: every definition file gets either a
 * valid, normalized experiment or a one-line error naming what is wrong, never an exception
 * of another kind (a TypeError from an odd value, a crash on `__proto__`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSweepArgs } from '../../cli/sweep/args.ts';
import type { CliIo } from '../../cli/input.ts';
import { CliError } from '../../cli/terminal.ts';
import { EXPERIMENT_KINDS, validateExperiment, type Experiment } from '../../models/experiments/index.ts';
import { REPLICATIONS, SEED_RANGE } from '../../models/params/index.ts';

const FILE = 'definition.json';

/** The reader as the CLI calls it, on `text` as the file's content. */
function read(text: string) {
  const io: CliIo = { fileSize: () => Buffer.byteLength(text), readFile: () => text };
  return parseSweepArgs(['--experiment', FILE], 2, io);
}

/** Mostly plausible values, some odd: what a person (or a broken script) might write. */
const value = fc.oneof(
  fc.integer({ min: -5, max: 60 }),
  fc.double({ noNaN: false }),
  fc.constantFrom('roi180', 'profit', 'clv90', 'staff', 'groups', 'paidPricing', 'linear', 'log', 'bass', 'private', 'costs', 'interest+douyin+hybrid', '__proto__', 'toString'),
  fc.constant(null),
  fc.boolean(),
  fc.jsonValue({ maxDepth: 2 }),
);
const paramKey = fc.constantFrom('population', 'horizonDays', 'staff', 'groups', 'groupCapacity', 'grups', '__proto__', 'constructor');
const overrides = fc.oneof(fc.dictionary(paramKey, value, { maxKeys: 4 }), value);
const axis = fc.oneof(
  fc.record({
    key: fc.oneof(fc.constantFrom('staff', 'groups', 'paidBudgetDaily', 'paidPricing', 'nope'), value),
    from: value, to: value, steps: value, scale: value, stpes: value,
  }, { requiredKeys: [] }),
  value,
);
const definition = fc.record({
  kind: fc.oneof(fc.constantFrom(...EXPERIMENT_KINDS), value),
  scenario: value,
  params: overrides,
  seed: fc.oneof(fc.integer({ min: -1, max: SEED_RANGE.max + 1 }), value),
  replications: fc.oneof(fc.integer({ min: 0, max: REPLICATIONS.experiment.max + 1 }), value),
  kpi: value,
  x: axis,
  y: axis,
  keys: fc.oneof(fc.array(value, { maxLength: 3 }), value),
  group: value,
  spread: value,
  totalBudgetDaily: value,
  share: fc.oneof(fc.record({ from: value, to: value, steps: value }, { requiredKeys: [] }), value),
  staffShare: value,
  groupShare: value,
  percentile: value,
  a: overrides,
  b: overrides,
  replicatons: value,
  __proto__: value,
}, { requiredKeys: [] });

/** A valid definition of each kind, in small sizes (nothing here runs, it is only read). */
const small = { population: fc.integer({ min: 1000, max: 5000 }), agentWeight: fc.constant(1), horizonDays: fc.integer({ min: 30, max: 90 }) };
const validAxis = (key: string, max: number) => fc.record({
  key: fc.constant(key), from: fc.integer({ min: 0, max: max / 2 }), to: fc.integer({ min: max / 2 + 1, max }),
  steps: fc.integer({ min: 2, max: 50 }), scale: fc.constant('linear'),
});
const common = {
  params: fc.record(small),
  seed: fc.integer({ min: SEED_RANGE.min, max: SEED_RANGE.max }),
  replications: fc.integer({ min: 1, max: 5 }),
  kpi: fc.constantFrom('roi180', 'profit'),
};
const valid = fc.oneof(
  fc.record({ kind: fc.constant('replications'), ...common }),
  fc.record({ kind: fc.constant('sweep1d'), ...common, x: validAxis('staff', 10) }),
  fc.record({ kind: fc.constant('sweep2d'), ...common, x: validAxis('staff', 10), y: validAxis('groups', 20) }),
  fc.record({ kind: fc.constant('sensitivity'), ...common, group: fc.constantFrom('costs', 'private'), spread: fc.double({ min: 0.01, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('budgetSplit'), ...common, totalBudgetDaily: fc.integer({ min: 1, max: 1_000_000 }), share: fc.record({ from: fc.constant(0), to: fc.constant(1), steps: fc.integer({ min: 2, max: 50 }) }) }),
  fc.record({ kind: fc.constant('paired'), ...common, a: fc.record({ groups: fc.integer({ min: 0, max: 10 }) }), b: fc.record({ staff: fc.integer({ min: 0, max: 10 }) }) }),
);
/** A valid definition with up to two fields set to something else, or removed. */
const mutated = fc.tuple(valid, fc.array(fc.tuple(fc.constantFrom('kind', 'params', 'seed', 'replications', 'kpi', 'x', 'y', 'group', 'spread', 'share', 'a', 'b', 'replicatons', 'scenario'), value, fc.boolean()), { maxLength: 2 }))
  .map(([input, changes]) => {
    const copy: Record<string, unknown> = { ...input };
    for (const [key, next, remove] of changes) {
      if (remove) delete copy[key];
      else copy[key] = next;
    }
    return copy;
  });

/** Either a valid experiment (one that reads back as itself) or a one-line CliError. */
function checkOutcome(text: string): void {
  let experiment: Experiment;
  try {
    const command = read(text);
    if (command.kind !== 'run') throw new Error(`expected a run, got ${command.kind}`);
    experiment = command.experiment;
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    expect(message).toMatch(/^(invalid \S+: .* \(expected .+\)|unknown field ".+"|experiment definition\.json (has a duplicate key|is not valid JSON|is too large))/);
    return;
  }
  expect(EXPERIMENT_KINDS).toContain(experiment.kind);
  expect(experiment.replications).toBeGreaterThanOrEqual(REPLICATIONS.experiment.min);
  // Normalized: its own written form reads back to the same definition (what --shard relies on).
  const { base, ...rest } = experiment as Experiment & Record<string, unknown>;
  expect(validateExperiment(JSON.parse(JSON.stringify({ ...rest, params: base })))).toEqual(experiment);
}

/** Whether the reader accepts `input`. */
const accepted = (input: unknown) => {
  try {
    return read(JSON.stringify(input)).kind === 'run';
  } catch {
    return false;
  }
};

describe('the sweep definition reader, on random input', () => {
  it('gives a valid definition or a named error for random definition objects', () => {
    fc.assert(fc.property(fc.oneof(definition, valid, mutated), (input) => checkOutcome(JSON.stringify(input))), { numRuns: 3000 });
  });

  it('gives a named error for any other JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (input) => checkOutcome(JSON.stringify(input))), { numRuns: 500 });
  });

  it('gives a named error for text that is not JSON, or repeats a key', () => {
    fc.assert(fc.property(fc.string(), (text) => checkOutcome(text)), { numRuns: 300 });
    fc.assert(fc.property(fc.constantFrom(...EXPERIMENT_KINDS), fc.integer(), (kind, seed) =>
      checkOutcome(`{"kind": "${kind}", "seed": ${seed}, "seed": ${seed}}`)));
  });

  it('accepts every valid definition, and some mutated ones (the property is not vacuous)', () => {
    fc.assert(fc.property(valid, (input) => accepted(input)), { numRuns: 300 });
    const sample = fc.sample(mutated, 1000);
    const kept = sample.filter(accepted).length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(sample.length);
  });
});
