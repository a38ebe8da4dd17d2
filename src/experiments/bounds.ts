/**
 * The bounds of the experiments form's numeric fields, each from its one source: the parameter
 * schema for the market, the agent weight and the days (`population`, `agentWeight`,
 * `horizonDays`; the two first must also leave a whole number of agents within AGENT_LIMITS,
 * which validation checks), the experiments' run limits
 * (models/params/limits.ts) for the seed, replications and steps. The kind-specific ranges (spread, budget,
 * shares, percentile) are those `validateExperiment` checks; test/src/experiments/bounds.test.ts
 * holds every bound against it, so the form cannot offer what validation refuses.
 */
import { specOf, type NumberSpec } from '../../models/index.ts';
import { AXIS_STEPS, REPLICATIONS, SEED_RANGE } from '../../models/params/limits.ts';

/** An inclusive range; `max` undefined means unbounded above. */
export interface Bounds {
  min: number;
  max?: number;
}

function numberSpec(key: string): NumberSpec {
  const spec = specOf(key);
  if (!spec || spec.kind === 'choice') throw new Error(`the schema has no numeric parameter ${key}`);
  return spec;
}

const population = numberSpec('population');
const agentWeight = numberSpec('agentWeight');
const horizon = numberSpec('horizonDays');

export const FIELD_BOUNDS = {
  population: { min: population.min, max: population.max },
  agentWeight: { min: agentWeight.min, max: agentWeight.max },
  days: { min: horizon.min, max: horizon.max },
  seed: { min: SEED_RANGE.min, max: SEED_RANGE.max },
  replications: { min: REPLICATIONS.experiment.min, max: REPLICATIONS.experiment.max },
  /** Steps of a sweep axis or of the budget split's shares. */
  steps: { min: AXIS_STEPS.min, max: AXIS_STEPS.max },
  /** Sensitivity: each parameter moves by ± this share of its value. */
  spread: { min: 0.01, max: 1 },
  /** Budget split: total RMB a day. */
  totalBudget: { min: 1, max: 1_000_000 },
  /** Budget split: the paid share's range, and the staff share of the private budget. */
  share: { min: 0, max: 1 },
  /** Budget split: the pessimistic percentile. */
  percentile: { min: 0, max: 0.5 },
  /**
   * Worker pool size. The pool itself takes any size; past the machine's cores more workers
   * only cost memory, and 64 is more cores than a browser reports.
   */
  workers: { min: 1, max: 64 },
} as const satisfies Record<string, Bounds>;
