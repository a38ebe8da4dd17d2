/**
 * The band series of a replications experiment's charts, read off its mean run (the aggregate
 * with `ci95`): cumulative profit by day and the pooled ("all") revenue LTV curve by age, each
 * the mean with its 95% band. Plain TypeScript (tested without a DOM).
 */
import type { RunResult } from '../../models/index.ts';
import type { BandPoint } from './math.ts';

interface Band {
  lo: Float64Array;
  hi: Float64Array;
}
/** The part of `ci95` these charts read (its shape mirrors the run result's). */
interface Ci95 {
  series?: Record<string, Band | undefined>;
  ltv?: ({ revenue?: Band } | null)[];
}

export interface ReplicationBands {
  /** Cumulative profit (RMB) by day. */
  profit: BandPoint[];
  /** Revenue per lead (RMB) by days since acquisition, the acquisition channels pooled; [] without that curve. */
  ltv: BandPoint[];
}

/** A day's value, null where unobserved (NaN) or missing. */
const valueAt = (values: ArrayLike<number> | undefined, i: number): number | null => {
  const v = values?.[i];
  return v === undefined || !Number.isFinite(v) ? null : v;
};

export function replicationBands(aggregate: RunResult): ReplicationBands {
  const ci = aggregate.ci95 as Ci95 | undefined;
  const profitBand = ci?.series?.profitCumulative;
  const profit = Array.from(aggregate.series.profitCumulative, (mean, day) => ({
    x: day,
    mean,
    lo: valueAt(profitBand?.lo, day),
    hi: valueAt(profitBand?.hi, day),
  }));
  const all = aggregate.ltv.findIndex((c) => c.key === 'all');
  const curve = aggregate.ltv[all];
  const ltvBand = ci?.ltv?.[all]?.revenue;
  const ltv = curve
    ? Array.from(curve.revenue, (_, day) => ({ x: day, mean: valueAt(curve.revenue, day), lo: valueAt(ltvBand?.lo, day), hi: valueAt(ltvBand?.hi, day) }))
    : [];
  return { profit, ltv };
}
