/**
 * Sobol' sensitivity indices from the outputs of a Saltelli design, with the estimators SALib
 * uses (`SALib.analyze.sobol`):
 *
 * - first order, Saltelli et al. (2010), their table 2 (b):
 *   S_j = mean(f(B)·(f(A_B^(j)) − f(A))) / V
 * - total, Jansen (1999), Saltelli et al. (2010) table 2 (f):
 *   ST_j = ½·mean((f(A) − f(A_B^(j)))²) / V
 * - second order (closed, minus the two first orders), Saltelli (2002):
 *   S_jl = mean(f(B_A^(j))·f(A_B^(l)) − f(A)·f(B)) / V − S_j − S_l
 *
 * where V is the (population) variance of the f(A) and f(B) values together. Outputs are
 * centred on their overall mean first, which leaves the indices' expectations unchanged and
 * lowers the first-order estimator's variance (SALib also divides by the standard deviation,
 * which cancels in every ratio).
 *
 * Assumptions: the factors are independent and uniform on their bounds; the output is a
 * deterministic function of the point (with a stochastic model, use common random numbers, the
 * same seed for every point, or the Monte-Carlo noise inflates the total indices).
 *
 * Confidence intervals are bootstrap percentile intervals (Efron & Tibshirani 1993): the N row
 * blocks (A_i, B_i and their mixtures together) are resampled with replacement from a
 * generator seeded by `seed`, and every index is recomputed on each resample. SALib reports a
 * normal-approximation half-width from the same resamples instead. With a (randomised) Sobol'
 * design the rows are not independent, so the interval is conservative.
 */
import { createRng } from '../random/rng.ts';
import { ParamError } from '../params/index.ts';
import {
  bootstrapSettings,
  percentileInterval,
  resampleIndices,
  type BootstrapOptions,
  checkOutputs,
} from '../sampling/index.ts';
import type { SaltelliDesign } from './saltelli.ts';

/** One factor's indices and their bootstrap percentile intervals (fractions of the variance). */
export interface SobolIndex {
  /** First-order index S_j: the share of the output variance due to factor j alone. */
  first: number;
  /** Total index ST_j: the share due to j and all its interactions (ST_j ≥ S_j in theory). */
  total: number;
  firstLo: number;
  firstHi: number;
  totalLo: number;
  totalHi: number;
}

/** A second-order (interaction) index between two factors. */
export interface SobolPair {
  a: string;
  b: string;
  /** S_ab: the share of the variance due to the a–b interaction alone. */
  value: number;
  lo: number;
  hi: number;
}

/** The bootstrap of the intervals: resamples (default 200), confidence (0.95), seed (0). */
export type SobolAnalysisOptions = BootstrapOptions;

/** The design's outputs split into the A, B, A_B^(j) and B_A^(j) columns, centred. */
interface Columns {
  n: number;
  a: Float64Array;
  b: Float64Array;
  ab: Float64Array[];
  ba: Float64Array[];
}

function columnsOf(design: SaltelliDesign, outputs: ArrayLike<number>): Columns {
  const { n, stride, keys } = design;
  const k = keys.length;
  checkOutputs(outputs, design.points.length);
  let mean = 0;
  for (let i = 0; i < outputs.length; i++) mean += outputs[i];
  mean /= outputs.length;
  const column = (offset: number) => {
    const c = new Float64Array(n);
    for (let i = 0; i < n; i++) c[i] = outputs[i * stride + offset] - mean;
    return c;
  };
  return {
    n,
    a: column(0),
    b: column(stride - 1),
    ab: keys.map((_, j) => column(1 + j)),
    ba: design.secondOrder ? keys.map((_, j) => column(1 + k + j)) : [],
  };
}

/** Population variance of the A and B values of the rows in `rows`. */
function varianceOf(c: Columns, rows: Int32Array | null): number {
  const m = rows ? rows.length : c.n;
  let sum = 0;
  let sq = 0;
  for (let t = 0; t < m; t++) {
    const i = rows ? rows[t] : t;
    sum += c.a[i] + c.b[i];
    sq += c.a[i] * c.a[i] + c.b[i] * c.b[i];
  }
  const mean = sum / (2 * m);
  return Math.max(0, sq / (2 * m) - mean * mean);
}

/** S_j and ST_j over the rows in `rows` (all rows when null); 0 when the output is constant. */
function firstAndTotal(c: Columns, j: number, rows: Int32Array | null, variance: number): [number, number] {
  if (!(variance > 0)) return [0, 0];
  const m = rows ? rows.length : c.n;
  const ab = c.ab[j];
  let first = 0;
  let total = 0;
  for (let t = 0; t < m; t++) {
    const i = rows ? rows[t] : t;
    const d = ab[i] - c.a[i];
    first += c.b[i] * d;
    total += d * d;
  }
  return [first / m / variance, (0.5 * total) / m / variance];
}

/** S_jl over the rows in `rows`, given the first-order indices of j and l on the same rows. */
function secondOrderOf(
  c: Columns,
  j: number,
  l: number,
  rows: Int32Array | null,
  variance: number,
  sj: number,
  sl: number,
): number {
  if (!(variance > 0)) return 0;
  const m = rows ? rows.length : c.n;
  let v = 0;
  for (let t = 0; t < m; t++) {
    const i = rows ? rows[t] : t;
    v += c.ba[j][i] * c.ab[l][i] - c.a[i] * c.b[i];
  }
  return v / m / variance - sj - sl;
}

/**
 * Each resample's row indices, in order, from one generator seeded by `seed`; the same seed
 * gives the same resamples to the first-order, total and second-order analyses.
 */
function* resamples(n: number, count: number, seed: number): Generator<Int32Array> {
  const rng = createRng(seed);
  const rows = new Int32Array(n);
  for (let r = 0; r < count; r++) yield resampleIndices(n, rng, rows);
}

/**
 * First-order and total Sobol' indices of each factor, with bootstrap percentile intervals.
 * @param outputs the model's output at each design point, in the design's order
 * @throws ParamError when the outputs do not match the design or are not finite
 */
export function sobolIndices(
  design: SaltelliDesign,
  outputs: ArrayLike<number>,
  options: SobolAnalysisOptions = {},
): Record<string, SobolIndex> {
  const { resamples: count, confidence, seed } = bootstrapSettings(options);
  const c = columnsOf(design, outputs);
  const k = design.keys.length;
  const variance = varianceOf(c, null);
  const firsts = Array.from({ length: k }, () => new Float64Array(count));
  const totals = Array.from({ length: k }, () => new Float64Array(count));
  let r = 0;
  for (const rows of resamples(c.n, count, seed)) {
    const v = varianceOf(c, rows);
    for (let j = 0; j < k; j++) [firsts[j][r], totals[j][r]] = firstAndTotal(c, j, rows, v);
    r++;
  }
  const result: Record<string, SobolIndex> = {};
  design.keys.forEach((key, j) => {
    const [first, total] = firstAndTotal(c, j, null, variance);
    const [firstLo, firstHi] = count > 0 ? percentileInterval(firsts[j], confidence) : [first, first];
    const [totalLo, totalHi] = count > 0 ? percentileInterval(totals[j], confidence) : [total, total];
    result[key] = { first, total, firstLo, firstHi, totalLo, totalHi };
  });
  return result;
}

/**
 * Second-order Sobol' indices of every pair of factors (a before b in key order), with
 * bootstrap percentile intervals. Needs a design made with `secondOrder: true`.
 * @throws ParamError for a first-order-only design or outputs that do not match it
 */
export function sobolSecondOrder(
  design: SaltelliDesign,
  outputs: ArrayLike<number>,
  options: SobolAnalysisOptions = {},
): SobolPair[] {
  if (!design.secondOrder) throw new ParamError('design.secondOrder', false, 'a design made with secondOrder: true');
  const { resamples: count, confidence, seed } = bootstrapSettings(options);
  const c = columnsOf(design, outputs);
  const k = design.keys.length;
  const pairs: [number, number][] = [];
  for (let j = 0; j < k; j++) for (let l = j + 1; l < k; l++) pairs.push([j, l]);
  const replicates = pairs.map(() => new Float64Array(count));
  const firstOrders = (rows: Int32Array | null, v: number) =>
    Array.from({ length: k }, (_, j) => firstAndTotal(c, j, rows, v)[0]);
  let r = 0;
  for (const rows of resamples(c.n, count, seed)) {
    const v = varianceOf(c, rows);
    const s = firstOrders(rows, v);
    pairs.forEach(([j, l], p) => (replicates[p][r] = secondOrderOf(c, j, l, rows, v, s[j], s[l])));
    r++;
  }
  const variance = varianceOf(c, null);
  const s = firstOrders(null, variance);
  return pairs.map(([j, l], p) => {
    const value = secondOrderOf(c, j, l, null, variance, s[j], s[l]);
    const [lo, hi] = count > 0 ? percentileInterval(replicates[p], confidence) : [value, value];
    return { a: design.keys[j], b: design.keys[l], value, lo, hi };
  });
}
