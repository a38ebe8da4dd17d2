/**
 * Test helpers for the model: small, fast parameter sets, and a guard that makes hidden
 * nondeterminism (Math.random, Date.now) throw while the model runs.
 */
import { expect } from 'vitest';
import { ParamError, defaultParams, validateParams, type Ci95, type NumberInterval, type Params, type RunResult } from '../../models/index.ts';

/** The default scenario scaled down so a run takes milliseconds. */
export function smallParams(overrides: Partial<Params> = {}): Params {
  return validateParams({ population: 5_000, agentWeight: 1, horizonDays: 120, ...overrides }, defaultParams());
}

/** Runs `fn` with Math.random and Date.now replaced by functions that throw. */
export function withoutNondeterminism<T>(fn: () => T): T {
  const random = Math.random;
  const now = Date.now;
  Math.random = () => {
    throw new Error('Math.random used inside the model');
  };
  Date.now = () => {
    throw new Error('Date.now used inside the model');
  };
  try {
    return fn();
  } finally {
    Math.random = random;
    Date.now = now;
  }
}

/** Index of the stage arrays by name, summed per day. */
export function stageTotals(stages: Record<string, Float64Array>): Float64Array {
  const arrays = Object.values(stages);
  const out = new Float64Array(arrays[0].length);
  for (const a of arrays) for (let i = 0; i < a.length; i++) out[i] += a[i];
  return out;
}

/** The ParamError that `run` throws; fails the test if it throws anything else or nothing. */
export function paramErrorOf(run: () => unknown): ParamError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ParamError);
    return error as ParamError;
  }
  throw new Error('expected a ParamError, but nothing was thrown');
}

/** The `ci95` of a mean of replications; fails the test when the result has none. */
export function ci95Of(result: RunResult): Ci95 {
  if (!result.ci95) throw new Error(`expected a mean of replications with ci95, got ${result.replications} replication(s)`);
  return result.ci95;
}

/** Both ends of an interval; fails the test when the value was not observed. */
export function observed(interval: NumberInterval | undefined): { lo: number; hi: number } {
  if (interval?.lo == null || interval.hi == null) throw new Error(`expected an observed interval, got ${JSON.stringify(interval)}`);
  return { lo: interval.lo, hi: interval.hi };
}
