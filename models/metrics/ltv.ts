/**
 * LTV curves, the toolkit's headline: cumulative value per acquired user against days since
 * acquisition, per channel (and all channels) and per 4-week acquisition block.
 */
import type { Recorder } from '../engine/recorder.ts';
import { CHANNELS, type LtvCurve } from '../output/contract.ts';
import { CHANNEL_COUNT } from '../stages.ts';
import { cac } from './clv.ts';
import { channelCurves, weekBlockCurves } from './curves.ts';

export function ltvCurves(rec: Recorder): LtvCurve[] {
  const curves: LtvCurve[] = [];
  const all = Array.from({ length: CHANNEL_COUNT }, (_, c) => c);
  const pooled = channelCurves(rec, all);
  const spend = rec.channelAcquisitionSpend.reduce((a, b) => a + b, 0);
  curves.push({ key: 'all', kind: 'channel', size: pooled.size, cac: cac(spend, pooled.size), revenue: pooled.revenue, margin: pooled.margin });
  // Fixed shape (every channel, every 4-week block) so replications align one to one.
  for (let channel = 0; channel < CHANNEL_COUNT; channel++) {
    const c = channelCurves(rec, [channel]);
    curves.push({
      key: CHANNELS[channel],
      kind: 'channel',
      size: c.size,
      cac: cac(rec.channelAcquisitionSpend[channel], c.size),
      revenue: c.revenue,
      margin: c.margin,
    });
  }
  for (let month = 0; 4 * month < rec.weeks; month++) {
    const from = 4 * month;
    const to = Math.min(rec.weeks - 1, from + 3);
    const c = weekBlockCurves(rec, from, to);
    let spendBlock = 0;
    for (let w = from; w <= to; w++) spendBlock += rec.weekAcquisitionSpend[w];
    curves.push({
      key: `m${String(month + 1).padStart(2, '0')}`,
      kind: 'month',
      size: c.size,
      cac: cac(spendBlock, c.size),
      revenue: c.revenue,
      margin: c.margin,
    });
  }
  return curves;
}
