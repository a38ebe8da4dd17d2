/**
 * Cohorts (同期群, docs/model.md#cohorts-and-slices): by acquisition week (the acquisition
 * channels pooled) and by channel (all weeks), plus `all`, the four acquisition channels
 * pooled; `existing` (followers at day 0) is reported as a channel but never pooled. Each
 * with M, customers, CAC per lead and per customer, revenue and margin CLV at the trade's
 * slices, revenue ROI and margin ROI on fully-loaded cost, windowed repurchase, payback.
 */
import type { Recorder } from '../engine/recorder.ts';
import { ACQUISITION_CHANNELS, CHANNELS, type Channel, type Cohort, type SliceValues, SLICES } from '../output/contract.ts';
import { CHANNEL_COUNT } from '../stages.ts';
import { costPer, paybackDay, ratio, sliceValues } from './clv.ts';
import { channelCurves, weekBlockCurves, type CohortCurves } from './curves.ts';

/** Channel codes of the acquisition channels (the pool `all`). */
export const ACQUISITION_CODES: readonly number[] = ACQUISITION_CHANNELS.map((c) => CHANNELS.indexOf(c));

/** Sum of a by-cohort accumulator over days `from`..`to` and `channels`. */
function sumCohorts(values: Float64Array, from: number, to: number, channels: readonly number[]): number {
  let sum = 0;
  for (let day = from; day <= to; day++) for (const channel of channels) sum += values[day * CHANNEL_COUNT + channel];
  return sum;
}

/** The cohort made of membership days `from`..`to` and `channels`, with their curves. */
function cohort(
  rec: Recorder,
  identity: Pick<Cohort, 'key' | 'kind' | 'channel' | 'startDay'>,
  curves: CohortCurves,
  from: number,
  to: number,
  channels: readonly number[],
): Cohort {
  const w = rec.weight;
  const sum = (values: Float64Array) => sumCohorts(values, from, to, channels);
  const size = curves.size;
  const customers = sum(rec.cohortCustomers) * w;
  const acquisitionSpend = sum(rec.cohortAcquisitionSpend);
  const firstRevenue = sum(rec.cohortFirstRevenue);
  const firstMargin = sum(rec.cohortFirstMargin);
  const cacPerLead = costPer(acquisitionSpend, size);
  const clv = sliceValues(customers > 0 ? firstRevenue / customers : null, curves.revenue);
  const clvMargin = sliceValues(customers > 0 ? firstMargin / customers : null, curves.margin);
  const opexAt = sliceValues(0, curves.opex);
  const roi = {} as SliceValues;
  const roiMargin = {} as SliceValues;
  for (const slice of SLICES) {
    if (slice === 'first') {
      roi.first = acquisitionSpend > 0 ? firstRevenue / acquisitionSpend : null;
      roiMargin.first = acquisitionSpend > 0 ? firstMargin / acquisitionSpend : null;
    } else {
      roi[slice] = ratio(clv[slice], cacPerLead);
      const opex = opexAt[slice];
      roiMargin[slice] = cacPerLead === null || opex === null ? null : ratio(clvMargin[slice], cacPerLead + opex);
    }
  }
  return {
    ...identity,
    size,
    customers,
    acquisitionSpend,
    opex: sum(rec.cohortOpex),
    cacPerLead,
    cacPerCustomer: costPer(acquisitionSpend, customers),
    clv,
    clvMargin,
    roi,
    roiMargin,
    repurchaseRate90: ratio(sum(rec.cohortRepurchased[0]), sum(rec.cohortRepurchaseEligible[0])),
    repurchaseRate180: ratio(sum(rec.cohortRepurchased[1]), sum(rec.cohortRepurchaseEligible[1])),
    paybackDay: paybackDay(curves.margin, curves.opex, cacPerLead),
  };
}

/** The pooled acquisition cohort `all` first, then every channel (even with M = 0, so replications align). */
export function channelCohorts(rec: Recorder): Cohort[] {
  const last = rec.horizon - 1;
  const out: Cohort[] = [
    cohort(rec, { key: 'all', kind: 'channel', channel: 'all', startDay: null }, channelCurves(rec, ACQUISITION_CODES), 0, last, ACQUISITION_CODES),
  ];
  for (let channel = 0; channel < CHANNEL_COUNT; channel++) {
    const name: Channel = CHANNELS[channel];
    out.push(cohort(rec, { key: name, kind: 'channel', channel: name, startDay: null }, channelCurves(rec, [channel]), 0, last, [channel]));
  }
  return out;
}

/** Week cohorts `w01`, `w02`, …: every acquisition week of the horizon, acquisition channels pooled. */
export function weekCohorts(rec: Recorder): Cohort[] {
  const out: Cohort[] = [];
  for (let week = 0; week < rec.weeks; week++) {
    const from = week * 7;
    const to = Math.min(from + 6, rec.horizon - 1);
    out.push(cohort(
      rec,
      { key: `w${String(week + 1).padStart(2, '0')}`, kind: 'week', channel: 'all', startDay: from },
      weekBlockCurves(rec, week, week, ACQUISITION_CODES),
      from,
      to,
      ACQUISITION_CODES,
    ));
  }
  return out;
}

const EVERY_CHANNEL: readonly number[] = Array.from({ length: CHANNEL_COUNT }, (_, channel) => channel);

/** Sum of a by-cohort accumulator over every cohort, `existing` included (customer-level rates). */
export function sumAllCohorts(rec: Recorder, values: Float64Array): number {
  return sumCohorts(values, 0, rec.horizon - 1, EVERY_CHANNEL);
}
