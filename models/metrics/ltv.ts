/**
 * LTV curves, the toolkit's headline: cumulative value per lead against days since
 * acquisition, per acquisition channel (and `all`, and `existing`) and per 4-week acquisition
 * block, each with its own cost per lead so payback is read against the cohort's own CAC.
 */
import type { Recorder } from '../engine/recorder.ts';
import { CHANNELS, type LtvCurve } from '../output/contract.ts';
import { CHANNEL_COUNT } from '../stages.ts';
import { costPer } from './clv.ts';
import { ACQUISITION_CODES } from './cohorts.ts';
import { channelCurves, weekBlockCurves, type CohortCurves } from './curves.ts';

function curve(key: string, kind: LtvCurve['kind'], c: CohortCurves, spend: number): LtvCurve {
  return { key, kind, size: c.size, cacPerLead: costPer(spend, c.size), revenue: c.revenue, margin: c.margin, opex: c.opex };
}

function spendOf(rec: Recorder, from: number, to: number, channels: readonly number[]): number {
  let sum = 0;
  for (let day = from; day <= to; day++) for (const channel of channels) sum += rec.cohortAcquisitionSpend[day * CHANNEL_COUNT + channel];
  return sum;
}

export function ltvCurves(rec: Recorder): LtvCurve[] {
  const last = rec.horizon - 1;
  const curves: LtvCurve[] = [curve('all', 'channel', channelCurves(rec, ACQUISITION_CODES), spendOf(rec, 0, last, ACQUISITION_CODES))];
  // Fixed shape (every channel, every 4-week block) so replications align one to one.
  for (let channel = 0; channel < CHANNEL_COUNT; channel++) {
    curves.push(curve(CHANNELS[channel], 'channel', channelCurves(rec, [channel]), spendOf(rec, 0, last, [channel])));
  }
  for (let month = 0; 4 * month < rec.weeks; month++) {
    const from = 4 * month;
    const to = Math.min(rec.weeks - 1, from + 3);
    const c = weekBlockCurves(rec, from, to, ACQUISITION_CODES);
    curves.push(curve(`m${String(month + 1).padStart(2, '0')}`, 'month', c, spendOf(rec, 7 * from, Math.min(7 * to + 6, last), ACQUISITION_CODES)));
  }
  return curves;
}
