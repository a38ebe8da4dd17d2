/**
 * Chart math for the experiments view: histogram bins, ETA, and the band series of a sweep.
 * Plain TypeScript (tested without a DOM). KPI values are formatted by `formatKpi`
 * (src/panels/kpiFormat.ts), as everywhere else.
 */
import { bin } from 'd3';
import type { KpiStats, PointResult } from '../../models/experiments/index.ts';

export interface HistogramBin {
  x0: number;
  x1: number;
  count: number;
}

/** About `bins` equal-width bins over the finite values; one bin when every value is equal. */
export function histogram(values: readonly (number | null)[], bins = 12): HistogramBin[] {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (finite.length === 0) return [];
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  if (lo === hi) return [{ x0: lo, x1: hi, count: finite.length }];
  // Explicit equal widths: d3's default "nice" thresholds can leave a sliver of a first bin.
  const thresholds = Array.from({ length: bins - 1 }, (_, i) => lo + ((i + 1) * (hi - lo)) / bins);
  return bin()
    .domain([lo, hi])
    .thresholds(thresholds)(finite)
    .map((b) => ({ x0: b.x0 ?? lo, x1: b.x1 ?? hi, count: b.length }));
}

/** Seconds left at the pace so far; null before the first finished run. */
export function etaSeconds(done: number, total: number, elapsedMs: number): number | null {
  if (done <= 0 || total <= 0 || done >= total) return done >= total ? 0 : null;
  return Math.round(((elapsedMs / done) * (total - done)) / 1000);
}

/** One point of a line with a band: x, mean and 95% interval. */
export interface BandPoint {
  x: number;
  mean: number | null;
  lo: number | null;
  hi: number | null;
}

/** The band series of one KPI along a coordinate of the points. */
export function bandPoints(points: readonly PointResult[], coord: string, kpi: string): BandPoint[] {
  return points.map((p) => {
    const s: KpiStats = p.stats[kpi];
    return { x: Number(p.coords[coord]), mean: s.mean, lo: s.lo, hi: s.hi };
  });
}
