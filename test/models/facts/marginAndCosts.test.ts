/**
 * Stylized fact 6 (docs/model.md#metrics): gross margin and every cost parameter move the
 * headline ROI (margin over fully-loaded cost) and profit, in the direction they should. Money
 * parameters change no behaviour, so on one seed the two runs are the same people buying the
 * same orders, and the difference in profit is exactly the difference in margin or spend.
 */
import { describe, expect, it } from 'vitest';
import { simulate, validateParams, type ParamKey, type Params } from '../../../models/index.ts';
import { scenario } from './paired.ts';

const total = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
/** Offline scans and referrals on, and rewards without their boost, so every cost here is pure cost. */
const base: Params = scenario({ offlineVisitorsDaily: 300, referralRewardBoost: 0, referralTrustThreshold: 0.3, initialFollowerShare: 0.01 }, 50);

const COSTS: [ParamKey, number][] = [
  ['staffCostDaily', 2],
  ['groupEventCost', 2],
  ['pushCost', 2],
  ['memberCostDaily', 4],
  ['privateFixedCostDaily', 2],
  ['offlineScanCost', 3],
  ['referralReward', 3],
];

describe('stylized fact 6: margin and every cost move the headline ROI and profit', () => {
  const before = simulate(base, 5);

  it('raises profit and margin ROI with the gross margin, by exactly the extra margin', () => {
    const after = simulate(validateParams({ grossMargin: base.grossMargin + 0.1 }, base), 5);
    expect(total(after.series.orders)).toBe(total(before.series.orders));
    expect(after.summary.profit - before.summary.profit).toBeCloseTo(total(after.series.margin) - total(before.series.margin), 4);
    expect(after.summary.profit).toBeGreaterThan(before.summary.profit);
    expect(after.summary.roiMargin180!).toBeGreaterThan(before.summary.roiMargin180!);
    expect(after.summary.roi180).toBe(before.summary.roi180); // the revenue ROI is blind to margin
  });

  it.each(COSTS)('lowers profit and margin ROI when %s is %d× as high, by exactly the extra spend', (key, factor) => {
    expect(base[key] as number, `${key} must cost something in the base`).toBeGreaterThan(0);
    const after = simulate(validateParams({ [key]: (base[key] as number) * factor }, base), 5);
    expect(total(after.series.orders), 'the same orders: money changes no behaviour').toBe(total(before.series.orders));
    const extraSpend = after.summary.spend - before.summary.spend;
    expect(extraSpend).toBeGreaterThan(0);
    expect(before.summary.profit - after.summary.profit).toBeCloseTo(extraSpend, 4);
    expect(after.summary.roiMargin180!).toBeLessThan(before.summary.roiMargin180!);
  });
});
