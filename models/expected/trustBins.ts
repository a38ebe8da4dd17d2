/**
 * Trust as a distribution: the twin's bins.
 *
 * Trust [0, 1] is cut into bins; each bin of each state holds the mass of agents there and
 * the first two moments of their trust (mass × mean, mass × mean square). Every trust update
 * of docs/model.md#trust is affine (a touch τ → τ + g(1 − τ), spam τ → τ(1 − p), a day
 * untouched τ → rest + (τ − rest)(1 − d), an order, good or bad), so a bin's mean and
 * variance map exactly. To move the mass, the twin reads a bin's content as a uniform
 * "cloud" with that mean and variance, maps it, and cuts it at the edges it now straddles:
 * each piece goes to its bin with its own mass, mean and variance, and merges there with
 * what is already in it (the moments add). The first two moments of trust are therefore
 * carried exactly (no numerical diffusion, unlike splitting mass between grid nodes), and
 * mass crosses a threshold smoothly as its cloud does (unlike moving whole bins at once);
 * only the shape within a bin is approximated.
 *
 * Every trust threshold of the model is an edge, so that all the agents of a bin are on the
 * same side of it: the referral threshold, the fan tiers (active fans, the flywheel), the
 * offline floor (`max(τ, trustInitOffline)` is then affine within a bin) and the point where
 * the trust multiplier reaches 0 (so it is linear within a bin). The service histogram's 64
 * equal bins are not edges: clouds are cut onto them when the histogram is read.
 */
import type { Params } from '../params/schema.ts';

/** Equal-width bins of the base grid (before the thresholds are inserted as edges). */
export const BASE_BINS = 16;
/** The service histogram's equal bins (docs/model.md#service). */
export const SERVICE_BINS = 64;
/** Resolution of the lookup table from trust to bin. */
const LOOKUP = 4096;

export interface TrustBins {
  /** Number of bins. */
  count: number;
  /** Edges, count + 1 of them, from 0 to 1 (bin i is [edges[i], edges[i + 1]), the last one includes 1). */
  edges: Float64Array;
  /** The bin of a trust value. */
  of(trust: number): number;
}

/** The pieces a cloud is cut into (at most `MAX_PIECES`; reused, never allocated per call). */
export interface Pieces {
  count: number;
  bin: Int32Array;
  /** Share of the cloud's mass in each piece. */
  share: Float64Array;
  /** Mean and mean square of trust in each piece. */
  mean: Float64Array;
  square: Float64Array;
}

export const MAX_PIECES = 64;

export function emptyPieces(): Pieces {
  return { count: 0, bin: new Int32Array(MAX_PIECES), share: new Float64Array(MAX_PIECES), mean: new Float64Array(MAX_PIECES), square: new Float64Array(MAX_PIECES) };
}

/** Clouds narrower than this are points (one piece). */
const POINT = 1e-12;

/**
 * Cuts the uniform cloud of mean `mean` and variance `variance` (half-width √(3·variance),
 * kept inside [0, 1]) at the bins' edges into `out`.
 */
export function cut(bins: TrustBins, mean: number, variance: number, out: Pieces): void {
  let half = variance > 0 ? Math.sqrt(3 * variance) : 0;
  if (half > mean) half = mean;
  if (half > 1 - mean) half = 1 - mean;
  const lo = mean - half;
  const hi = mean + half;
  const first = bins.of(lo);
  const last = half > POINT ? bins.of(hi) : first;
  if (first === last) {
    out.count = 1;
    out.bin[0] = first;
    out.share[0] = 1;
    out.mean[0] = mean;
    out.square[0] = mean * mean + (half * half) / 3;
    return;
  }
  const edges = bins.edges;
  const width = 2 * half;
  let n = 0;
  for (let b = first; b <= last && n < MAX_PIECES; b++) {
    const a = b === first ? lo : edges[b];
    const z = b === last ? hi : edges[b + 1];
    if (!(z > a)) continue;
    const mid = (a + z) / 2;
    const len = z - a;
    out.bin[n] = b;
    out.share[n] = len / width;
    out.mean[n] = mid;
    out.square[n] = mid * mid + (len * len) / 12;
    n++;
  }
  out.count = n;
  if (n === 0) {
    out.count = 1;
    out.bin[0] = bins.of(mean);
    out.share[0] = 1;
    out.mean[0] = mean;
    out.square[0] = mean * mean + (half * half) / 3;
  }
}

/** The twin's bins for `params`: the base grid plus the model's thresholds. */
export function trustBinsFor(params: Params, base = BASE_BINS): TrustBins {
  const cuts = new Set<number>();
  for (let i = 1; i < base; i++) cuts.add(i / base);
  cuts.add(params.referralTrustThreshold);
  cuts.add(params.tierAffinity);
  cuts.add(params.tierTrueLove);
  if (params.offlineVisitorsDaily > 0) cuts.add(params.trustInitOffline);
  if (params.trustSensitivity > 0) cuts.add(params.trustReference - 1 / (2 * params.trustSensitivity));
  return binsFromCuts([...cuts]);
}

/** Bins whose inner edges are `cuts` (values outside (0, 1) are ignored). */
export function binsFromCuts(cuts: readonly number[]): TrustBins {
  const inner = [...new Set(cuts.filter((c) => c > 0 && c < 1))].sort((a, b) => a - b);
  const edges = Float64Array.from([0, ...inner, 1]);
  const count = edges.length - 1;
  // lookup[c] = the bin holding trust c / LOOKUP; a trust in cell c lies in that bin or in a
  // later one (edges closer than 1/LOOKUP are walked past one at a time).
  const lookup = new Int32Array(LOOKUP + 1);
  let bin = 0;
  for (let c = 0; c <= LOOKUP; c++) {
    const t = c / LOOKUP;
    while (bin < count - 1 && t >= edges[bin + 1]) bin++;
    lookup[c] = bin;
  }
  const last = count - 1;
  const of = (trust: number): number => {
    let b = trust <= 0 ? 0 : trust >= 1 ? last : lookup[Math.floor(trust * LOOKUP)];
    while (b < last && trust >= edges[b + 1]) b++;
    return b;
  };
  return { count, edges, of };
}

/** The service histogram's 64 equal bins (docs/model.md#service). */
export const SERVICE_GRID: TrustBins = binsFromCuts(Array.from({ length: SERVICE_BINS - 1 }, (_, i) => (i + 1) / SERVICE_BINS));
