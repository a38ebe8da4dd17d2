/**
 * Weekly binning of daily money series for the spend/revenue bars. Bins are consecutive runs
 * of `width` days from day 0; a horizon that is not a whole number of weeks ends in a
 * partial bin, which is flagged so the chart can say so instead of showing a false dip.
 */
import {
  SPEND_CATEGORIES,
  type DailySeries,
  type SpendCategory,
} from '../../../models/output/contract.ts';

/** One bin of days. */
export interface WeekBin {
  /** 0-based bin number. */
  index: number;
  /** First and last day in the bin (inclusive). */
  firstDay: number;
  lastDay: number;
  /** Fewer than `width` days (the last bin of an uneven horizon). */
  partial: boolean;
}

/** The bins covering `days` days, `width` days each (the last one may be partial). */
export function weekBins(days: number, width = 7): WeekBin[] {
  const bins: WeekBin[] = [];
  for (let index = 0, first = 0; first < days; index++, first += width) {
    const last = Math.min(days, first + width) - 1;
    bins.push({ index, firstDay: first, lastDay: last, partial: last - first + 1 < width });
  }
  return bins;
}

/**
 * Sums of `values` over consecutive bins of `width` days. NaN days are skipped; a bin with
 * no finite day is NaN (unobserved, not zero).
 */
export function binSum(values: ArrayLike<number>, width = 7): Float64Array {
  const out = new Float64Array(Math.ceil(values.length / width));
  for (let b = 0; b < out.length; b++) {
    let sum = 0;
    let seen = false;
    const end = Math.min(values.length, (b + 1) * width);
    for (let i = b * width; i < end; i++) {
      const v = values[i];
      if (Number.isFinite(v)) {
        sum += v;
        seen = true;
      }
    }
    out[b] = seen ? sum : NaN;
  }
  return out;
}

/** Weekly money: spend by category, total spend, revenue and margin per bin, RMB. */
export interface WeeklyMoney {
  bins: WeekBin[];
  spend: Record<SpendCategory, Float64Array>;
  spendTotal: Float64Array;
  revenue: Float64Array;
  margin: Float64Array;
}

/** Bins the money series of a run by week. The number of days is that of `revenue`. */
export function weeklyMoney(
  series: Pick<DailySeries, 'spend' | 'revenue' | 'margin'>,
  width = 7,
): WeeklyMoney {
  const days = series.revenue.length;
  const bins = weekBins(days, width);
  const spend = {} as Record<SpendCategory, Float64Array>;
  const spendTotal = new Float64Array(bins.length);
  for (const category of SPEND_CATEGORIES) {
    const weekly = binSum(series.spend[category].subarray(0, days), width);
    spend[category] = weekly;
    for (let b = 0; b < weekly.length; b++) if (Number.isFinite(weekly[b])) spendTotal[b] += weekly[b];
  }
  return {
    bins,
    spend,
    spendTotal,
    revenue: binSum(series.revenue, width),
    margin: binSum(series.margin.subarray(0, days), width),
  };
}
