/**
 * Per-lead cumulative value curves for cohorts, from the recorder's accumulators, honest
 * about right-censoring: a curve is NaN at ages its cohort has not been fully observed.
 */
import type { Recorder } from '../engine/recorder.ts';
import { CHANNEL_COUNT } from '../stages.ts';

/** Per-lead cumulative revenue, gross margin and opex by age, and the cohort's leads (people). */
export interface CohortCurves {
  size: number;
  revenue: Float64Array;
  margin: Float64Array;
  opex: Float64Array;
}

/**
 * Curves for a set of channels pooled (one channel, or all). The value added at age a is
 * shared over the leads observed at age a (acquired on days 0..H−1−a), and the curve is the
 * running sum of those per-lead increments; NaN from the first age nobody was observed.
 */
export function channelCurves(rec: Recorder, channels: readonly number[]): CohortCurves {
  const H = rec.horizon;
  const revenue = new Float64Array(H);
  const margin = new Float64Array(H);
  const opex = new Float64Array(H);
  const leadsUpTo = new Float64Array(H);
  let running = 0;
  for (let day = 0; day < H; day++) {
    for (const channel of channels) running += rec.cohortLeads[day * CHANNEL_COUNT + channel];
    leadsUpTo[day] = running * rec.weight;
  }
  let rev = 0;
  let mar = 0;
  let cost = 0;
  for (let age = 0; age < H; age++) {
    const observed = leadsUpTo[H - 1 - age];
    if (observed === 0) {
      revenue.fill(NaN, age);
      margin.fill(NaN, age);
      opex.fill(NaN, age);
      break;
    }
    for (const channel of channels) {
      const index = channel * H + age;
      rev += rec.channelRevenue[index] / observed;
      mar += rec.channelMargin[index] / observed;
      cost += rec.channelOpex[index] / observed;
    }
    revenue[age] = rev;
    margin[age] = mar;
    opex[age] = cost;
  }
  return { size: leadsUpTo[H - 1], revenue, margin, opex };
}

/**
 * Curves for acquisition weeks `fromWeek`..`toWeek` pooled (all acquisition channels, the
 * `existing` cohort left out): defined up to the age at which the last acquisition day of the
 * block has been observed.
 */
export function weekBlockCurves(rec: Recorder, fromWeek: number, toWeek: number, channels: readonly number[]): CohortCurves {
  const H = rec.horizon;
  const revenue = new Float64Array(H).fill(NaN);
  const margin = new Float64Array(H).fill(NaN);
  const opex = new Float64Array(H).fill(NaN);
  const firstDay = 7 * fromWeek;
  const lastDay = Math.min(7 * toWeek + 6, H - 1);
  let size = 0;
  for (let day = firstDay; day <= lastDay; day++) for (const channel of channels) size += rec.cohortLeads[day * CHANNEL_COUNT + channel];
  size *= rec.weight;
  if (size === 0) return { size, revenue, margin, opex };
  const maxAge = H - 1 - lastDay;
  let rev = 0;
  let mar = 0;
  let cost = 0;
  for (let age = 0; age <= maxAge; age++) {
    for (let week = fromWeek; week <= toWeek; week++) {
      const index = week * H + age;
      rev += rec.weekRevenue[index];
      mar += rec.weekMargin[index];
      cost += rec.weekOpex[index];
    }
    revenue[age] = rev / size;
    margin[age] = mar / size;
    opex[age] = cost / size;
  }
  return { size, revenue, margin, opex };
}
