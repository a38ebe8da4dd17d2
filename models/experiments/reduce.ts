/**
 * Reduction: indexed run outputs (KPI records) become the experiment's result. Runs are
 * always reduced in index order, so neither the pool size nor the order in which workers
 * finished can change a single bit of the result.
 */
import { meanInterval } from '../replications/aggregate.ts';
import type { Experiment } from './definition.ts';
import { experimentPoints, expandRuns, type Coords } from './expand.ts';
import { KPI_KEYS, kpiSpec, type KpiRecord } from './kpis.ts';

export const RESULT_FORMAT = 'siyu-lab/experiment';
export const RESULT_VERSION = 1;

/** What a worker returns for one run spec. */
export interface RunOutput {
  index: number;
  kpis: KpiRecord;
}

/** One run in the result: where it sits in the experiment, its seed and its KPIs. */
export interface RunRecord {
  index: number;
  point: number;
  replication: number;
  seed: number;
  kpis: KpiRecord;
}

/** A KPI over the replications of one point: mean with 95% interval, spread and percentiles. */
export interface KpiStats {
  /** Replications with an observed value. */
  n: number;
  mean: number | null;
  lo: number | null;
  hi: number | null;
  sd: number | null;
  min: number | null;
  p10: number | null;
  p50: number | null;
  p90: number | null;
  max: number | null;
}

export interface PointResult {
  point: number;
  coords: Coords;
  stats: Record<string, KpiStats>;
}

export interface TornadoBar {
  key: string;
  low: number;
  high: number;
  /** Mean KPI with the parameter at its low and high value, and the interval of each. */
  lowStats: KpiStats;
  highStats: KpiStats;
  /** |high mean − low mean|, the bar's length: bars are sorted by it, longest first. */
  swing: number;
}

export interface BestShare {
  /** Best share by the mean KPI. */
  byMean: { point: number; share: number; value: number } | null;
  /** Best share by a pessimistic percentile of the replications (risk-aware). */
  byPercentile: { point: number; share: number; value: number; percentile: number } | null;
}

export interface PairedDifference {
  kpi: string;
  /** Replications where both A and B observed the KPI. */
  n: number;
  meanA: number | null;
  meanB: number | null;
  /** Mean of B − A over replications, with the 95% interval of that mean (paired). */
  diff: number | null;
  lo: number | null;
  hi: number | null;
}

export interface ExperimentResult {
  format: typeof RESULT_FORMAT;
  version: typeof RESULT_VERSION;
  definition: Experiment;
  points: PointResult[];
  runs: RunRecord[];
  /** The headline KPI's analysis for the kinds that have one. */
  tornado?: TornadoBar[];
  best?: BestShare;
  paired?: PairedDifference[];
}

/** Linear-interpolated quantile (type 7) of sorted finite values. */
export function quantileSorted(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Stats of one KPI's values over replications (nulls are unobserved, not zero). */
export function kpiStats(values: readonly (number | null)[]): KpiStats {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const sorted = [...finite].sort((a, b) => a - b);
  const { mean, lo, hi } = meanInterval(finite);
  let sd: number | null = null;
  if (mean !== null && finite.length > 1) {
    let ss = 0;
    for (const v of finite) ss += (v - mean) ** 2;
    sd = Math.sqrt(ss / (finite.length - 1));
  }
  return {
    n: finite.length,
    mean,
    lo,
    hi,
    sd,
    min: sorted.length ? sorted[0] : null,
    p10: quantileSorted(sorted, 0.1),
    p50: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
    max: sorted.length ? sorted[sorted.length - 1] : null,
  };
}

/**
 * The experiment's result from its run outputs, in any order (they are placed by index).
 * @throws Error when an index is missing, repeated or out of range
 */
export function reduceExperiment(experiment: Experiment, outputs: readonly RunOutput[]): ExperimentResult {
  const specs = expandRuns(experiment);
  const byIndex: (KpiRecord | undefined)[] = new Array(specs.length);
  for (const output of outputs) {
    if (!Number.isInteger(output.index) || output.index < 0 || output.index >= specs.length) {
      throw new Error(`run index ${output.index} is outside 0–${specs.length - 1}`);
    }
    if (byIndex[output.index] !== undefined) throw new Error(`run ${output.index} appears twice`);
    byIndex[output.index] = output.kpis;
  }
  const runs: RunRecord[] = specs.map((spec) => {
    const kpis = byIndex[spec.index];
    if (kpis === undefined) throw new Error(`run ${spec.index} is missing`);
    const ordered: KpiRecord = {};
    for (const key of KPI_KEYS) ordered[key] = kpis[key] ?? null;
    return { index: spec.index, point: spec.point, replication: spec.replication, seed: spec.seed, kpis: ordered };
  });
  const R = experiment.replications;
  const points: PointResult[] = experimentPoints(experiment).map((point, p) => {
    const slice = runs.slice(p * R, (p + 1) * R);
    const stats: Record<string, KpiStats> = {};
    for (const key of KPI_KEYS) stats[key] = kpiStats(slice.map((run) => run.kpis[key]));
    return { point: p, coords: point.coords, stats };
  });
  const result: ExperimentResult = { format: RESULT_FORMAT, version: RESULT_VERSION, definition: experiment, points, runs };
  if (experiment.kind === 'sensitivity') result.tornado = tornado(result, experiment.kpi);
  if (experiment.kind === 'budgetSplit') result.best = bestShare(result, experiment.kpi, experiment.percentile);
  if (experiment.kind === 'paired') result.paired = pairedDifferences(result);
  return result;
}

/** Tornado bars of a sensitivity result for one KPI, longest swing first (ties by schema order). */
export function tornado(result: ExperimentResult, kpi: string): TornadoBar[] {
  const bars: TornadoBar[] = [];
  const pts = result.points;
  for (let p = 1; p + 1 < pts.length; p += 2) {
    const low = pts[p];
    const high = pts[p + 1];
    const lowStats = low.stats[kpi];
    const highStats = high.stats[kpi];
    const swing = lowStats.mean !== null && highStats.mean !== null ? Math.abs(highStats.mean - lowStats.mean) : 0;
    bars.push({ key: String(low.coords.parameter), low: Number(low.coords.value), high: Number(high.coords.value), lowStats, highStats, swing });
  }
  return bars.map((bar, i) => ({ bar, i })).sort((a, b) => b.bar.swing - a.bar.swing || a.i - b.i).map((x) => x.bar);
}

/**
 * The best paid share of a budget split for one KPI: by the mean, and by the pessimistic
 * percentile of the replications (the `percentile` quantile when higher is better, the
 * `1 − percentile` quantile when lower is better). Ties go to the smaller share.
 */
export function bestShare(result: ExperimentResult, kpi: string, percentile: number): BestShare {
  const higher = (kpiSpec(kpi)?.better ?? 'higher') === 'higher';
  const R = result.definition.replications;
  const better = (a: number, b: number) => (higher ? a > b : a < b);
  let byMean: BestShare['byMean'] = null;
  let byPercentile: BestShare['byPercentile'] = null;
  for (const point of result.points) {
    const share = Number(point.coords.share);
    const mean = point.stats[kpi].mean;
    if (mean !== null && (byMean === null || better(mean, byMean.value))) byMean = { point: point.point, share, value: mean };
    const values = result.runs
      .slice(point.point * R, (point.point + 1) * R)
      .map((run) => run.kpis[kpi])
      .filter((v): v is number => v !== null)
      .sort((a, b) => a - b);
    const q = quantileSorted(values, higher ? percentile : 1 - percentile);
    if (q !== null && (byPercentile === null || better(q, byPercentile.value))) byPercentile = { point: point.point, share, value: q, percentile };
  }
  return { byMean, byPercentile };
}

/** B − A for every KPI over replications run on common random numbers (same seed per index). */
export function pairedDifferences(result: ExperimentResult): PairedDifference[] {
  const R = result.definition.replications;
  const a = result.runs.slice(0, R);
  const b = result.runs.slice(R, 2 * R);
  return KPI_KEYS.map((kpi) => {
    const diffs: number[] = [];
    for (let r = 0; r < R; r++) {
      const va = a[r].kpis[kpi];
      const vb = b[r].kpis[kpi];
      if (va !== null && vb !== null) diffs.push(vb - va);
    }
    const m = meanInterval(diffs);
    return { kpi, n: diffs.length, meanA: result.points[0].stats[kpi].mean, meanB: result.points[1].stats[kpi].mean, diff: m.mean, lo: m.lo, hi: m.hi };
  });
}

/** The per-replication paired differences B − A of one KPI (for a histogram). */
export function pairedDifferenceValues(result: ExperimentResult, kpi: string): number[] {
  const R = result.definition.replications;
  const out: number[] = [];
  for (let r = 0; r < R; r++) {
    const va = result.runs[r].kpis[kpi];
    const vb = result.runs[R + r].kpis[kpi];
    if (va !== null && vb !== null) out.push(vb - va);
  }
  return out;
}
