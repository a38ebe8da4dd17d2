/**
 * What the chart grid hands each chart: the headline LTV curves (the pooled curve and one per
 * channel that acquired anyone) with their replication bands, picked from a run result.
 */
import type { LtvCurve, RunResult } from '../../models/index.ts';
import type { LtvMetric } from '../charts/index.ts';

export interface Band {
  lo: Float64Array;
  hi: Float64Array;
}

/** Indices of the curves the LTV chart shows: channel curves (and 'all') with users. */
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

function isBand(value: unknown): value is Band {
  const band = value as Partial<Band> | null | undefined;
  return band?.lo instanceof Float64Array && band.hi instanceof Float64Array;
}

/** The 95% band of each headline curve (replications > 1), aligned with `headlineCurves`; [] otherwise. */
export function headlineBands(result: RunResult, metric: LtvMetric): Band[] {
  const ci = (result.ci95 as { ltv?: unknown[] } | undefined)?.ltv;
  if (!Array.isArray(ci)) return [];
  const bands = headlineCurveIndices(result).map((i) => (ci[i] as Record<string, unknown> | null | undefined)?.[metric]);
  return bands.every(isBand) ? bands : [];
}
