import { describe, expect, it } from 'vitest';
import { simulate, SLICES, SPEND_CATEGORIES, ACQUISITION_SPEND, OPERATING_SPEND } from '../../../models/index.ts';
import { breakEvenDay, costPer, paybackDay, profitByMonth, ratio, sliceValues } from '../../../models/metrics/index.ts';
import { smallParams } from '../helpers.ts';

const total = (a: ArrayLike<number>) => Array.from(a).reduce((x, y) => x + y, 0);

describe('metric identities', () => {
  const result = simulate(smallParams({ offlineVisitorsDaily: 100, offlineLocalShare: 0.2, referralReward: 20, initialFollowerShare: 0.02, agentWeight: 2, population: 10_000 }), 8);
  const channels = result.cohorts.filter((c) => c.kind === 'channel' && c.channel !== 'all');
  const weeks = result.cohorts.filter((c) => c.kind === 'week');
  const all = result.cohorts.find((c) => c.key === 'all')!;
  const spendOf = (keys: readonly string[]) => keys.reduce((sum, key) => sum + total(result.series.spend[key as keyof typeof result.series.spend]), 0);

  it('has CAC × M and CAC per customer × customers equal to acquisition spend, and no CAC for what is free', () => {
    for (const cohort of result.cohorts) {
      if (cohort.acquisitionSpend === 0 || cohort.size === 0) expect(cohort.cacPerLead).toBeNull();
      else expect(cohort.cacPerLead! * cohort.size).toBeCloseTo(cohort.acquisitionSpend, 6);
      if (cohort.acquisitionSpend === 0 || cohort.customers === 0) expect(cohort.cacPerCustomer).toBeNull();
      else expect(cohort.cacPerCustomer! * cohort.customers).toBeCloseTo(cohort.acquisitionSpend, 6);
    }
    expect(result.cohorts.find((c) => c.key === 'organic')!.cacPerLead).toBeNull();
    expect(result.cohorts.find((c) => c.key === 'existing')!.cacPerLead).toBeNull();
  });

  it('has revenue ROI = CLV / CAC per lead at every slice, and first-order ROI = first-order value / CAC per customer', () => {
    for (const cohort of result.cohorts) {
      for (const slice of SLICES) {
        const clv = cohort.clv[slice];
        if (slice === 'first') {
          // Money spent and nobody bought is a first-order ROI of 0, not a missing one.
          if (cohort.acquisitionSpend === 0) expect(cohort.roi.first).toBeNull();
          else if (cohort.customers === 0) expect(cohort.roi.first).toBe(0);
          else expect(cohort.roi.first).toBeCloseTo(clv! / cohort.cacPerCustomer!, 10);
        } else if (clv === null || cohort.cacPerLead === null) expect(cohort.roi[slice]).toBeNull();
        else expect(cohort.roi[slice]).toBeCloseTo(clv / cohort.cacPerLead, 10);
      }
    }
  });

  it('has margin ROI = margin CLV / (CAC per lead + opex per lead) at the day slices', () => {
    const curve = result.ltv.find((c) => c.key === 'all')!;
    for (const slice of ['d7', 'd30', 'd60', 'd90'] as const) {
      const age = Number(slice.slice(1)) - 1;
      expect(all.roiMargin[slice]).toBeCloseTo(all.clvMargin[slice]! / (all.cacPerLead! + curve.opex[age]), 10);
    }
  });

  it('reads the first-order slice as the value of a first order, at most the list price', () => {
    for (const cohort of result.cohorts.filter((c) => c.customers > 0)) {
      expect(cohort.clv.first!).toBeGreaterThan(0);
      expect(cohort.clv.first!).toBeLessThanOrEqual(result.params.orderValue + 1e-9);
      expect(cohort.clvMargin.first!).toBeLessThanOrEqual(cohort.clv.first! * result.params.grossMargin + 1e-9);
    }
  });

  it('attributes all acquisition spend to channel cohorts and to week cohorts alike', () => {
    const acquisition = spendOf(ACQUISITION_SPEND);
    expect(acquisition).toBeGreaterThan(0);
    expect(total(channels.map((c) => c.acquisitionSpend))).toBeCloseTo(acquisition, 6);
    expect(total(weeks.map((c) => c.acquisitionSpend))).toBeCloseTo(acquisition, 6);
    expect(all.acquisitionSpend).toBeCloseTo(acquisition, 6);
    expect(result.summary.acquisitionSpend).toBeCloseTo(acquisition, 6);
  });

  it('attributes the operating cost to the cohorts it served', () => {
    // Existing followers are in the private domain from day 0, so every day's opex has members to carry it.
    expect(total(channels.map((c) => c.opex))).toBeCloseTo(spendOf(OPERATING_SPEND), 4);
    expect(result.summary.opex).toBeCloseTo(spendOf(OPERATING_SPEND), 6);
  });

  it('counts every lead once in the channel cohorts, and the acquisition leads once in the week cohorts', () => {
    const leads = total(Object.values(result.series.leads).map(total));
    const existing = total(result.series.leads.existing);
    expect(total(channels.map((c) => c.size))).toBe(leads);
    expect(total(weeks.map((c) => c.size))).toBe(leads - existing);
    expect(all.size).toBe(leads - existing);
    expect(result.summary.leads).toBe(all.size);
  });

  it('sums the spend categories to the spend, and reads profit as margin less spend', () => {
    const spend = spendOf(SPEND_CATEGORIES);
    expect(result.summary.spend).toBeCloseTo(spend, 4);
    expect(spendOf(ACQUISITION_SPEND) + spendOf(OPERATING_SPEND)).toBeCloseTo(spend, 6);
    const last = result.series.profitCumulative.length - 1;
    expect(result.series.profitCumulative[last]).toBeCloseTo(total(result.series.margin) - spend, 4);
    expect(result.summary.profit).toBe(result.series.profitCumulative[last]);
    expect(total(result.summary.profitByMonth)).toBeCloseTo(result.summary.profit, 4);
    expect(result.summary.profitByMonth).toHaveLength(Math.ceil(result.params.horizonDays / 30));
  });

  it('books revenue as list price less coupons, and private revenue as part of it', () => {
    const orders = total(result.series.orders);
    expect(total(result.series.revenue) + total(result.series.discounts)).toBeCloseTo(orders * result.params.orderValue, 4);
    expect(total(result.series.privateRevenue)).toBeLessThanOrEqual(total(result.series.revenue));
    expect(result.summary.privateShareOfRevenue).toBeCloseTo(total(result.series.privateRevenue) / total(result.series.revenue), 12);
  });

  it('counts customers in real people: new customers are leads who ordered, everyone who ordered includes existing followers', () => {
    expect(result.summary.newCustomers).toBe(all.customers);
    expect(result.summary.customers).toBeGreaterThanOrEqual(result.summary.newCustomers - result.cohorts.find((c) => c.key === 'existing')!.customers);
    expect(result.summary.customers % result.params.agentWeight).toBe(0);
    expect(result.summary.leadToSaleRate).toBeCloseTo(all.customers / all.size, 12);
  });
});

describe('metric functions', () => {
  it.each([
    [100, 4, 25],
    [0, 10, null],
    [50, 0, null],
  ])('costPer(%d, %d) = %s (nothing spent is free, not 0)', (spend, count, expected) => {
    expect(costPer(spend, count)).toBe(expected);
  });

  it.each([
    [10, 5, 2],
    [10, 0, null],
    [null, 5, null],
    [10, null, null],
  ])('ratio(%s, %s) = %s', (a, b, expected) => {
    expect(ratio(a, b)).toBe(expected);
  });

  it('reads slice dK at age K−1 and leaves unobserved slices null', () => {
    const curve = Float64Array.from({ length: 40 }, (_, age) => age + 1);
    const slices = sliceValues(3, curve);
    expect(slices.first).toBe(3);
    expect(slices.d7).toBe(7);
    expect(slices.d30).toBe(30);
    expect(slices.d60).toBeNull();
  });

  it('finds payback as the first age margin less opex covers CAC per lead', () => {
    const margin = Float64Array.from([-1, 2, 5, 9, 12]);
    const opex = Float64Array.from([0, 0, 1, 3, 4]);
    expect(paybackDay(margin, opex, 4)).toBe(2);
    expect(paybackDay(margin, opex, 6.5)).toBe(4);
    expect(paybackDay(margin, opex, 100)).toBeNull();
    expect(paybackDay(margin, opex, null)).toBeNull();
  });

  it('finds break-even as the first day profit is back at zero after a loss', () => {
    expect(breakEvenDay(Float64Array.from([-5, -3, 0, 4]))).toBe(2);
    expect(breakEvenDay(Float64Array.from([1, 2, 3]))).toBeNull();
    expect(breakEvenDay(Float64Array.from([-1, -2]))).toBeNull();
  });

  it('splits cumulative profit into 30-day months, the last one shorter', () => {
    const cumulative = Float64Array.from({ length: 65 }, (_, day) => day + 1);
    expect(profitByMonth(cumulative)).toEqual([30, 30, 5]);
  });
});
