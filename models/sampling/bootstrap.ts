/**
 * The nonparametric bootstrap (Efron 1979): resample the n rows of a data set with replacement,
 * recompute a statistic on each resample, and read a percentile interval off the sorted
 * replicates (Efron & Tibshirani 1993, ch. 13). The resampled rows come from the injected
 * generator, so the interval is a function of the seed.
 */
import type { Rng } from '../random/rng.ts';
import { checkInteger, checkNumber } from './options.ts';

/** `n` row indices drawn uniformly from 0..n−1 with replacement (n draws from `rng`). */
export function resampleIndices(n: number, rng: Rng, out: Int32Array = new Int32Array(n)): Int32Array {
  for (let i = 0; i < n; i++) out[i] = Math.floor(rng.next() * n);
  return out;
}

/**
 * The p-quantile of ascending `sorted` values, linearly interpolated between order statistics
 * (Hyndman & Fan's type 7, the default of R and NumPy). NaN for no values.
 * @param p in [0, 1]
 */
export function sortedQuantile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * The percentile interval of bootstrap replicates at `level` (e.g. 0.95 → the 2.5% and 97.5%
 * quantiles). Sorts `replicates` in place.
 */
export function percentileInterval(replicates: Float64Array, level: number): [number, number] {
  replicates.sort();
  const tail = (1 - level) / 2;
  return [sortedQuantile(replicates, tail), sortedQuantile(replicates, 1 - tail)];
}

/** How to bootstrap an estimate's interval. */
export interface BootstrapOptions {
  /** Resamples, 0–10000 (default 200; 0 gives an interval equal to the estimate). */
  resamples?: number;
  /** Confidence level of the percentile interval, in (0, 1) (default 0.95). */
  confidence?: number;
  /** Seed of the resampling generator (32-bit unsigned, default 0). */
  seed?: number;
}

/**
 * `options` checked, with the defaults filled in.
 * @throws ParamError naming `resamples` or `confidence`
 */
export function bootstrapSettings(options: BootstrapOptions): Required<BootstrapOptions> {
  return {
    resamples: checkInteger('resamples', options.resamples ?? 200, 0, 10_000),
    confidence: checkNumber('confidence', options.confidence ?? 0.95, 0, 1, { min: true, max: true }),
    seed: options.seed ?? 0,
  };
}
