/**
 * Calibration targets: observed figures the model should reproduce, each with a tolerance,
 * and the distance of a simulation's figures to them. A batch simulator maps parameter points
 * to their simulated figures; the caller may run the batch in parallel on workers.
 */
import { ParamError } from '../params/index.ts';
import type { Point } from '../sampling/index.ts';

/** One observed figure and how far from it a simulation may land and still match it. */
export interface Target {
  /** The observed value, in the figure's own units. */
  observed: number;
  /** The accepted absolute deviation, > 0, in the same units (e.g. the data's uncertainty). */
  tolerance: number;
}

/** Targets by name; a simulation returns a value for each name. */
export type Targets = Readonly<Record<string, Target>>;

/** Simulated figures by target name. */
export type Simulated = Readonly<Record<string, number>>;

/**
 * The simulated figures at each of `points`, in order. It may run them in parallel and return
 * a promise. With a stochastic model, use common random numbers (the same seeds at every point).
 */
export type BatchSimulator = (points: Point[]) => readonly Simulated[] | Promise<readonly Simulated[]>;

/** A distance of simulated figures to the targets: ≥ 0, and ≤ 1 means "matches". */
export type Distance = (simulated: Simulated, targets: Targets) => number;

/**
 * The largest deviation in tolerances, max_j |sim_j − obs_j| / tol_j: ≤ 1 exactly when every
 * figure is within its tolerance. A missing or non-finite figure is infinitely far.
 */
export function toleranceDistance(simulated: Simulated, targets: Targets): number {
  let d = 0;
  for (const [name, { observed, tolerance }] of Object.entries(targets)) {
    const value = simulated?.[name];
    if (!Number.isFinite(value)) return Number.POSITIVE_INFINITY;
    d = Math.max(d, Math.abs(value - observed) / tolerance);
  }
  return d;
}

/**
 * The names of `targets` after checking each has a finite observed value and a tolerance > 0.
 * @throws ParamError naming `targets.name.observed` or `targets.name.tolerance`
 */
export function targetNames(targets: Targets): string[] {
  if (targets === null || typeof targets !== 'object' || Object.keys(targets).length === 0) {
    throw new ParamError('targets', targets, 'at least one target { observed, tolerance }');
  }
  const names = Object.keys(targets);
  for (const name of names) {
    const t = targets[name];
    if (!Number.isFinite(t?.observed)) throw new ParamError(`targets.${name}.observed`, t?.observed, 'a finite number');
    if (!(Number.isFinite(t?.tolerance) && t.tolerance > 0)) {
      throw new ParamError(`targets.${name}.tolerance`, t?.tolerance, 'a finite number > 0');
    }
  }
  return names;
}

/**
 * Runs `simulate` on `points` and checks it returned one result per point.
 * @throws ParamError naming `simulate` when the count is wrong
 */
export async function simulateBatch(simulate: BatchSimulator, points: Point[]): Promise<readonly Simulated[]> {
  const results = await simulate(points);
  if (results?.length !== points.length) {
    throw new ParamError('simulate', results?.length, `${points.length} results, one per point, in order`);
  }
  return results;
}
