/**
 * What the chart grid hands each chart: the headline LTV curves (the pooled curve and one per
 * channel that acquired anyone) with their replication bands, picked from a run result.
 */
import type { LtvCurve, RunResult, SeriesInterval } from '../../models/index.ts';
import type { LtvMetric } from '../charts/index.ts';

/** A curve's 95% band: the interval of its mean at each age. */
export type Band = SeriesInterval;

/** Indices of the curves the LTV chart shows: channel curves (and 'all') with leads. */
export function headlineCurveIndices(result: RunResult): number[] {
  const indices: number[] = [];
  result.ltv.forEach((curve, i) => {
    if (curve.kind === 'channel' && curve.size > 0) indices.push(i);
  });
  return indices;
}

export function headlineCurves(result: RunResult): LtvCurve[] {
  return headlineCurveIndices(result).map((i) => result.ltv[i]);
}

/** The 95% band of each headline curve (replications > 1), aligned with `headlineCurves`; [] otherwise. */
export function headlineBands(result: RunResult, metric: LtvMetric): Band[] {
  const ci = result.ci95?.ltv;
  return ci ? headlineCurveIndices(result).map((i) => ci[i][metric]) : [];
}
