/**
 * Per-user cumulative value curves for cohorts, from the recorder's accumulators, honest
 * about right-censoring: a curve is NaN at ages its cohort has not been fully observed.
 */
import type { Recorder } from '../engine/recorder.ts';
import { CHANNEL_COUNT } from '../stages.ts';

/** Per-user cumulative revenue and margin-net-of-retention by age, and the cohort size. */
export interface CohortCurves {
  size: number;
  revenue: Float64Array;
  margin: Float64Array;
}

/**
 * Curves for a set of channels pooled (one channel, or all). The value added at age a is
 * shared over the agents observed at age a (acquired on days 0..H−1−a), and the curve is
 * the running sum of those per-user increments; NaN from the first age nobody was observed.
 */
export function channelCurves(rec: Recorder, channels: readonly number[]): CohortCurves {
  const H = rec.horizon;
  const revenue = new Float64Array(H);
  const margin = new Float64Array(H);
  const sizeUpTo = new Float64Array(H);
  let running = 0;
  for (let day = 0; day < H; day++) {
    for (const channel of channels) running += rec.sizeByDayChannel[day * CHANNEL_COUNT + channel];
    sizeUpTo[day] = running;
  }
  let rev = 0;
  let net = 0;
  for (let age = 0; age < H; age++) {
    const observed = sizeUpTo[H - 1 - age];
    if (observed === 0) {
      revenue.fill(NaN, age);
      margin.fill(NaN, age);
      break;
    }
    for (const channel of channels) {
      const index = channel * H + age;
      rev += rec.channelRevenue[index] / observed;
      net += (rec.channelMargin[index] - rec.channelRetention[index]) / observed;
    }
    revenue[age] = rev;
    margin[age] = net;
  }
  let size = 0;
  for (const channel of channels) size += rec.channelSize[channel];
  return { size, revenue, margin };
}

/**
 * Curves for acquisition weeks `fromWeek`..`toWeek` pooled: defined up to the age at which
 * the last acquisition day of the block has been observed.
 */
export function weekBlockCurves(rec: Recorder, fromWeek: number, toWeek: number): CohortCurves {
  const H = rec.horizon;
  const revenue = new Float64Array(H).fill(NaN);
  const margin = new Float64Array(H).fill(NaN);
  let size = 0;
  for (let w = fromWeek; w <= toWeek; w++) size += rec.weekSize[w];
  const lastDay = Math.min(7 * toWeek + 6, H - 1);
  const maxAge = H - 1 - lastDay;
  if (size === 0) return { size, revenue, margin };
  let rev = 0;
  let net = 0;
  for (let age = 0; age <= maxAge; age++) {
    for (let w = fromWeek; w <= toWeek; w++) {
      const index = w * H + age;
      rev += rec.weekRevenue[index];
      net += rec.weekMargin[index] - rec.weekRetention[index];
    }
    revenue[age] = rev / size;
    margin[age] = net / size;
  }
  return { size, revenue, margin };
}
