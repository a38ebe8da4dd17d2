import { describe, expect, it } from 'vitest';
import { simulate, SLICES, SPEND_CATEGORIES, ACQUISITION_SPEND } from '../../../models/index.ts';
import { breakEvenDay, cac, paybackDay, roi, sliceValues } from '../../../models/metrics/index.ts';
import { smallParams } from '../helpers.ts';

const total = (a: ArrayLike<number>) => Array.from(a).reduce((x, y) => x + y, 0);

describe('metric identities', () => {
  const result = simulate(smallParams({ offlineVisitorsDaily: 100, referralReward: 20, initialFollowerShare: 0.02 }), 8);

  it('has CAC × M equal to acquisition spend for every cohort', () => {
    for (const cohort of result.cohorts) {
      if (cohort.size === 0) expect(cohort.cac).toBeNull();
      else expect(cohort.cac! * cohort.size).toBeCloseTo(cohort.acquisitionSpend, 6);
    }
  });

  it('has ROI = CLV / CAC at every slice', () => {
    for (const cohort of result.cohorts) {
      for (const slice of SLICES) {
        const clv = cohort.clv[slice];
        if (clv === null || cohort.cac === null || cohort.cac === 0) expect(cohort.roi[slice]).toBeNull();
        else expect(cohort.roi[slice]).toBeCloseTo(clv / cohort.cac, 10);
      }
    }
  });

  it('attributes all acquisition spend to channel cohorts and to week cohorts alike', () => {
    const acquisition = ACQUISITION_SPEND.reduce((sum, key) => sum + total(result.series.spend[key]), 0);
    const byChannel = result.cohorts.filter((c) => c.kind === 'channel' && c.channel !== 'all');
    const byWeek = result.cohorts.filter((c) => c.kind === 'week');
    expect(total(byChannel.map((c) => c.acquisitionSpend))).toBeCloseTo(acquisition, 6);
    expect(total(byWeek.map((c) => c.acquisitionSpend))).toBeCloseTo(acquisition, 6);
    expect(result.cohorts.find((c) => c.key === 'all')!.acquisitionSpend).toBeCloseTo(acquisition, 6);
  });

  it('counts every acquired agent once in the channel cohorts and once in the week cohorts', () => {
    const byChannel = total(result.cohorts.filter((c) => c.kind === 'channel' && c.channel !== 'all').map((c) => c.size));
    const byWeek = total(result.cohorts.filter((c) => c.kind === 'week').map((c) => c.size));
    const leads = total(Object.values(result.series.leads).map(total));
    expect(byChannel).toBe(leads);
    expect(byWeek).toBe(leads);
  });

  it('reads profit as margin less spend, cumulated', () => {
    const spend = SPEND_CATEGORIES.reduce((sum, key) => sum + total(result.series.spend[key]), 0);
    const last = result.series.profitCumulative.length - 1;
    expect(result.series.profitCumulative[last]).toBeCloseTo(total(result.series.margin) - spend, 4);
    expect(result.summary.profit).toBe(result.series.profitCumulative[last]);
  });

  it('books revenue as list price less coupons', () => {
    const orders = total(result.series.orders);
    expect(total(result.series.revenue) + total(result.series.discounts)).toBeCloseTo(orders * result.params.orderValue, 4);
  });
});

describe('metric functions', () => {
  it.each([
    [100, 4, 25],
    [0, 10, 0],
    [50, 0, null],
  ])('cac(%d, %d) = %s', (spend, size, expected) => {
    expect(cac(spend, size)).toBe(expected);
  });

  it.each([
    [10, 5, 2],
    [10, 0, null],
    [null, 5, null],
    [10, null, null],
  ])('roi(%s, %s) = %s', (clv, c, expected) => {
    expect(roi(clv, c)).toBe(expected);
  });

  it('reads slice dK at age K−1 and leaves unobserved slices null', () => {
    const curve = Float64Array.from({ length: 40 }, (_, age) => age + 1);
    const slices = sliceValues(3, curve);
    expect(slices.first).toBe(3);
    expect(slices.d7).toBe(7);
    expect(slices.d30).toBe(30);
    expect(slices.d60).toBeNull();
  });

  it('finds payback as the first age margin covers CAC', () => {
    const margin = Float64Array.from([-1, 2, 5, 9, 12]);
    expect(paybackDay(margin, 5)).toBe(2);
    expect(paybackDay(margin, 100)).toBeNull();
    expect(paybackDay(margin, 0)).toBe(0);
    expect(paybackDay(margin, null)).toBeNull();
  });

  it('finds break-even as the first day profit is back at zero after a loss', () => {
    expect(breakEvenDay(Float64Array.from([-5, -3, 0, 4]))).toBe(2);
    expect(breakEvenDay(Float64Array.from([1, 2, 3]))).toBeNull();
    expect(breakEvenDay(Float64Array.from([-1, -2]))).toBeNull();
  });
});
