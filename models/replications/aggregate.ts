/**
 * Replications: R runs of one scenario (seeds derived from the master seed and the index)
 * reduced to the mean of every number and series, with a mirror object `ci95` holding the
 * 95% confidence interval of each mean ({lo, hi}, Student t). Runs are reduced in index
 * order, so the result never depends on which worker finished first.
 */
import type { Ci95, NumberInterval, RunResult } from '../output/contract.ts';

/** Two-sided 97.5% quantiles of Student's t for df = 1..30; beyond, the normal 1.96. */
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12,
  2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

export function tQuantile975(df: number): number {
  if (df <= 0) return NaN;
  if (df <= 30) return T975[df - 1];
  return 1.96 + 2.4 / df; // close to the exact quantile for df > 30
}

/** Mean and 95% interval of the finite values (nulls and NaN are unobserved, not zero). */
export function meanInterval(values: readonly (number | null)[]): { mean: number | null } & NumberInterval {
  let n = 0;
  let sum = 0;
  for (const v of values) if (v !== null && Number.isFinite(v)) (n++, (sum += v));
  if (n === 0) return { mean: null, lo: null, hi: null };
  const mean = sum / n;
  if (n === 1) return { mean, lo: mean, hi: mean };
  let ss = 0;
  for (const v of values) if (v !== null && Number.isFinite(v)) ss += (v - mean) ** 2;
  const half = tQuantile975(n - 1) * Math.sqrt(ss / (n - 1) / n);
  return { mean, lo: mean - half, hi: mean + half };
}

function reduceSeries(arrays: Float64Array[]): { mean: Float64Array; lo: Float64Array; hi: Float64Array } {
  const length = arrays[0].length;
  const mean = new Float64Array(length);
  const lo = new Float64Array(length);
  const hi = new Float64Array(length);
  const column: number[] = new Array(arrays.length);
  for (let i = 0; i < length; i++) {
    for (let r = 0; r < arrays.length; r++) column[r] = arrays[r][i];
    const m = meanInterval(column);
    mean[i] = m.mean ?? NaN;
    lo[i] = m.lo ?? NaN;
    hi[i] = m.hi ?? NaN;
  }
  return { mean, lo, hi };
}

/** Reduces aligned values of R runs to [mean, ci]; ci is undefined for non-numeric leaves. */
function reduce(values: unknown[]): [unknown, unknown] {
  const first = values[0];
  if (first instanceof Float64Array) {
    const { mean, lo, hi } = reduceSeries(values as Float64Array[]);
    return [mean, { lo, hi }];
  }
  if (typeof first === 'number' || (first === null && values.some((v) => typeof v === 'number'))) {
    const { mean, lo, hi } = meanInterval(values as (number | null)[]);
    return [mean, { lo, hi }];
  }
  if (Array.isArray(first)) {
    const means: unknown[] = [];
    const cis: unknown[] = [];
    for (let i = 0; i < first.length; i++) {
      const [m, c] = reduce(values.map((v) => (v as unknown[])[i]));
      means.push(m);
      cis.push(c ?? null);
    }
    return [means, cis];
  }
  if (first !== null && typeof first === 'object') {
    const mean: Record<string, unknown> = {};
    const ci: Record<string, unknown> = {};
    for (const key of Object.keys(first)) {
      const [m, c] = reduce(values.map((v) => (v as Record<string, unknown>)[key]));
      mean[key] = m;
      if (c !== undefined) ci[key] = c;
    }
    return [mean, ci];
  }
  return [first, undefined];
}

/** The mean of runs (in index order) with `ci95`. Params and seed are the master's. */
export function aggregateRuns(runs: readonly RunResult[], masterSeed: number): RunResult {
  if (runs.length === 0) throw new Error('aggregateRuns: no runs');
  const [summary, summaryCi] = reduce(runs.map((r) => r.summary));
  const [series, seriesCi] = reduce(runs.map((r) => r.series));
  const [cohorts, cohortsCi] = reduce(runs.map((r) => r.cohorts));
  const [ltv, ltvCi] = reduce(runs.map((r) => r.ltv));
  const [flows, flowsCi] = reduce(runs.map((r) => r.flows));
  return {
    version: runs[0].version,
    seed: masterSeed >>> 0,
    replications: runs.length,
    params: runs[0].params,
    summary: summary as RunResult['summary'],
    series: series as RunResult['series'],
    cohorts: cohorts as RunResult['cohorts'],
    ltv: ltv as RunResult['ltv'],
    flows: flows as RunResult['flows'],
    // `reduce` mirrors each value's shape, which is what `Interval<T>` describes.
    ci95: { summary: summaryCi, series: seriesCi, cohorts: cohortsCi, ltv: ltvCi, flows: flowsCi } as Ci95,
  };
}
