/**
 * The limits of a run that are not model parameters: the seed, how many replications one
 * request averages, and how big an experiment may grow. Declared once, here beside the schema:
 * the explorer's inputs and messages, the readers of saved scenarios and share links, the CLI
 * and the experiment validator all check against these and quote them in their errors.
 *
 * The market's size and the horizon are parameters, so their bounds are the schema's
 * (`population` and `horizonDays`); `POPULATION_RANGE` and `HORIZON_RANGE` only read them.
 */
import { specOf } from './schema.ts';

/** An inclusive range of integers. */
export interface IntegerRange {
  readonly min: number;
  readonly max: number;
}

/**
 * Master seeds: 32-bit unsigned integers, the width the generator is seeded with
 * (`Simulation` takes `seed >>> 0`, and replication seeds are derived in 32 bits).
 */
export const SEED_RANGE: IntegerRange = { min: 0, max: 0xffff_ffff };

/**
 * Replications one request may average. Where they run decides the cap, so there are three,
 * side by side.
 */
export const REPLICATIONS = {
  /**
   * The explorer, in a browser tab: its one worker runs the replications one after another,
   * holds every one's result until they are reduced (models/engine/footprint.ts counts them), and runs
   * again on every edit; at 50 a default-size scenario already takes tens of seconds.
   */
  app: { min: 1, max: 50 },
  /** The CLI (`npm run sim`): one run, with the machine's memory and no one waiting to edit. */
  cli: { min: 1, max: 1_000 },
  /**
   * Each point of an experiment: the pool spreads them over workers, and the total is bounded
   * by `MAX_EXPERIMENT_RUNS` as well.
   */
  experiment: { min: 1, max: 200 },
} as const satisfies Record<string, IntegerRange>;

/** Values along one axis of a sweep, or shares of a budget split: two make a line, 50 a fine one. */
export const AXIS_STEPS: IntegerRange = { min: 2, max: 50 };

/**
 * Runs (points × replications) an experiment in the app may expand to: the tab keeps every
 * run's KPIs (and, for replications, every result) until the end. The CLI (`npm run sweep`)
 * has no such cap, and can split an experiment over machines (`--shard`).
 */
export const MAX_EXPERIMENT_RUNS = 20_000;

/**
 * Largest file a person hands the app or the CLIs to read, bytes: a scenario imported in the
 * Library, a `--params` file, an experiment definition. A full scenario is a few KB; 1 MB
 * leaves room for long notes and refuses a wrong file before it is read whole.
 */
export const MAX_INPUT_FILE_BYTES = 1_048_576;

/** Why a file of `bytes` is refused, in words: `too large: 1.5 MB (1572864 bytes; expected at most 1 MB)`. */
export function fileTooLarge(bytes: number, limit = MAX_INPUT_FILE_BYTES): string {
  const mb = (n: number) => `${Math.round((n / 1_048_576) * 100) / 100} MB`;
  return `too large: ${mb(bytes)} (${bytes} bytes; expected at most ${mb(limit)})`;
}

/** Agents in the market: the schema's range of `population`. */
export const POPULATION_RANGE: IntegerRange = schemaRange('population');

/** Days simulated: the schema's range of `horizonDays`. */
export const HORIZON_RANGE: IntegerRange = schemaRange('horizonDays');

/** Whether `value` is an integer inside `range`. */
export function inRange(value: unknown, range: IntegerRange): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max;
}

/** What a value in `range` looks like, for an error message: `an integer 1–50`. */
export function expectedInteger(range: IntegerRange): string {
  return `an integer ${range.min}–${range.max}`;
}

function schemaRange(key: string): IntegerRange {
  const spec = specOf(key);
  if (spec === undefined || spec.kind !== 'integer') throw new Error(`limits: ${key} is not an integer parameter of the schema`);
  return { min: spec.min, max: spec.max };
}
