/**
 * Cohorts (同期群): by acquisition week (all channels) and by channel (all weeks, plus
 * `all`), each with M, CAC, revenue CLV and margin CLV net of retention cost at the trade's
 * slices, ROI, repurchase rate and payback day.
 */
import type { Recorder } from '../engine/recorder.ts';
import { CHANNELS, type Channel, type Cohort } from '../output/contract.ts';
import { CHANNEL_COUNT } from '../stages.ts';
import { cac, paybackDay, roiValues, sliceValues } from './clv.ts';
import { channelCurves, weekBlockCurves, type CohortCurves } from './curves.ts';
import type { Tallies } from './tallies.ts';

const ALL_CHANNELS = Array.from({ length: CHANNEL_COUNT }, (_, channel) => channel);

function cohort(
  key: string,
  kind: Cohort['kind'],
  channel: Channel | 'all',
  startDay: number | null,
  curves: CohortCurves,
  acquisitionSpend: number,
  firstRevenue: number,
  customers: number,
  repeaters: number,
): Cohort {
  const size = curves.size;
  const cacValue = cac(acquisitionSpend, size);
  const clv = sliceValues(size > 0 ? firstRevenue / size : null, curves.revenue);
  const clvMargin = sliceValues(null, curves.margin);
  // The first-purchase slice of margin CLV is not separated in the accumulators; it is
  // reported as null rather than approximated.
  return {
    key,
    kind,
    channel,
    startDay,
    size,
    acquisitionSpend,
    cac: cacValue,
    clv,
    clvMargin,
    roi: roiValues(clv, cacValue),
    roiMargin: roiValues(clvMargin, cacValue),
    repurchaseRate: customers > 0 ? repeaters / customers : null,
    paybackDay: paybackDay(curves.margin, cacValue),
  };
}

/** Channel cohorts (one per channel that acquired anyone) and the pooled `all` cohort, first. */
export function channelCohorts(rec: Recorder, tallies: Tallies): Cohort[] {
  const sum = (values: Float64Array) => values.reduce((a, b) => a + b, 0);
  const out: Cohort[] = [
    cohort(
      'all',
      'channel',
      'all',
      null,
      channelCurves(rec, ALL_CHANNELS),
      sum(rec.channelAcquisitionSpend),
      sum(rec.channelFirstRevenue),
      sum(tallies.channelCustomers),
      sum(tallies.channelRepeaters),
    ),
  ];
  // Every channel is listed, even with M = 0, so replications align one to one.
  for (let channel = 0; channel < CHANNEL_COUNT; channel++) {
    out.push(
      cohort(
        CHANNELS[channel],
        'channel',
        CHANNELS[channel],
        null,
        channelCurves(rec, [channel]),
        rec.channelAcquisitionSpend[channel],
        rec.channelFirstRevenue[channel],
        tallies.channelCustomers[channel],
        tallies.channelRepeaters[channel],
      ),
    );
  }
  return out;
}

/** Week cohorts `w01`, `w02`, …: every acquisition week of the horizon. */
export function weekCohorts(rec: Recorder, tallies: Tallies): Cohort[] {
  const out: Cohort[] = [];
  for (let week = 0; week < rec.weeks; week++) {
    out.push(
      cohort(
        `w${String(week + 1).padStart(2, '0')}`,
        'week',
        'all',
        week * 7,
        weekBlockCurves(rec, week, week),
        rec.weekAcquisitionSpend[week],
        rec.weekFirstRevenue[week],
        tallies.weekCustomers[week],
        tallies.weekRepeaters[week],
      ),
    );
  }
  return out;
}
