/**
 * THROWAWAY TEST DATA for the chart math, not a model. Fabricates a small object with the
 * shape of a RunResult from simple closed-form curves, so chart tests do not depend on the
 * engine. None of its numbers mean anything about private-domain traffic.
 */
import { defaultParams } from '../../../models/params/index.ts';
import {
  CHANNELS,
  OUTPUT_VERSION,
  SLICES,
  SLICE_DAYS,
  SPEND_CATEGORIES,
  STAGES,
  TIERS,
  type Channel,
  type Cohort,
  type DailySeries,
  type Flow,
  type LtvCurve,
  type RunResult,
  type SliceValues,
  type SpendCategory,
  type Stage,
  type Tier,
} from '../../../models/output/contract.ts';

function series(days: number, f: (day: number) => number): Float64Array {
  return Float64Array.from({ length: days }, (_, d) => f(d));
}

function record<K extends string>(keys: readonly K[], f: (key: K, index: number) => Float64Array): Record<K, Float64Array> {
  return Object.fromEntries(keys.map((k, i) => [k, f(k, i)])) as Record<K, Float64Array>;
}

/** Daily series for `days` days over a population of `population` (stages sum to it). */
export function fakeSeries(days = 28, population = 1000): DailySeries {
  const stages = record<Stage>(STAGES, (stage, i) =>
    series(days, (d) => (stage === 'unaware' ? 0 : Math.min(20 + i * 5 + d, population / 10))),
  );
  // Unaware holds the rest, so the six arrays sum to the population every day.
  stages.unaware = series(days, (d) => population - STAGES.slice(1).reduce((s, k) => s + stages[k][d], 0));
  const spend = record<SpendCategory>(SPEND_CATEGORIES, (_, i) => series(days, () => i + 1));
  const revenue = series(days, (d) => 10 * d);
  const margin = series(days, (d) => 4 * d);
  let profit = 0;
  const profitCumulative = series(days, (d) => {
    profit += margin[d] - SPEND_CATEGORIES.reduce((s, k) => s + spend[k][d], 0);
    return profit;
  });
  return {
    day: series(days, (d) => d),
    stages,
    tiers: record<Tier>(TIERS, (_, i) => series(days, (d) => (3 - i) * (d + 1))),
    impressions: { paid: series(days, () => 100), organic: series(days, () => 50) },
    leads: record<Channel>(CHANNELS, () => series(days, () => 2)),
    customers: series(days, (d) => d),
    orders: series(days, (d) => d),
    revenue,
    privateRevenue: series(days, (d) => 6 * d),
    margin,
    discounts: series(days, () => 0),
    spend,
    profitCumulative,
    organicMultiplier: series(days, () => 1),
    effectiveCac: series(days, (d) => (d % 7 === 6 ? NaN : 30)),
  };
}

function slices(f: (days: number) => number | null): SliceValues {
  return Object.fromEntries(SLICES.map((s) => [s, f(s === 'first' ? 0 : SLICE_DAYS[s])])) as SliceValues;
}

/** A cohort with CLV growing 1 RMB a day from 10 and CAC `cac`; slices past `observed` days are null. */
export function fakeCohort(over: Partial<Cohort> & Pick<Cohort, 'key' | 'kind'>, cac = 20, observed = 90): Cohort {
  const clv = slices((d) => (d <= observed ? 10 + d : null));
  const clvMargin = slices((d) => (d <= observed ? d - 5 : null));
  const ratio = (s: SliceValues) => slices((d) => {
    const key = SLICES.find((k) => (k === 'first' ? 0 : SLICE_DAYS[k]) === d) ?? 'first';
    const v = s[key];
    return v === null || cac === 0 ? null : v / cac;
  });
  return {
    channel: 'all',
    startDay: null,
    size: 100,
    customers: 20,
    acquisitionSpend: 100 * cac,
    opex: 50,
    cacPerLead: cac === 0 ? null : cac,
    cacPerCustomer: cac === 0 ? null : (100 * cac) / 20,
    clv,
    clvMargin,
    roi: ratio(clv),
    roiMargin: ratio(clvMargin),
    repurchaseRate90: 0.3,
    repurchaseRate180: 0.4,
    paybackDay: 25,
    ...over,
  };
}

/** An LTV curve rising by `slope` RMB a day for `observed` ages, NaN after. */
export function fakeCurve(key: string, days = 28, slope = 2, observed = days): LtvCurve {
  return {
    key,
    kind: 'channel',
    size: 100,
    cacPerLead: 20,
    revenue: series(days, (a) => (a < observed ? slope * (a + 1) : NaN)),
    margin: series(days, (a) => (a < observed ? slope * (a + 1) * 0.4 : NaN)),
    opex: series(days, (a) => (a < observed ? 5 : NaN)),
  };
}

/** Flows with cycles: follower → group → follower, exposed → unaware. */
export const FAKE_FLOWS: Flow[] = [
  { from: 'unaware', to: 'exposed', count: 500 },
  { from: 'exposed', to: 'unaware', count: 200 },
  { from: 'exposed', to: 'follower', count: 150 },
  { from: 'follower', to: 'group', count: 60 },
  { from: 'group', to: 'follower', count: 20 },
  { from: 'follower', to: 'lapsed', count: 30 },
];

/** A whole RunResult-shaped object (test data only). */
export function fakeRunResult(days = 28): RunResult {
  const series = fakeSeries(days);
  return {
    version: OUTPUT_VERSION,
    seed: 1,
    replications: 1,
    params: defaultParams(),
    summary: {
      cacPaidPerLead: 40,
      cacPaidPerCustomer: 200,
      cacBlendedPerCustomer: 100,
      cacFullyLoaded: 125,
      clv180: null,
      clvMargin180: null,
      roi180: null,
      roiMargin180: null,
      paybackDayMargin: 25,
      repurchaseRate90: 0.3,
      repurchaseRate180: 0.4,
      groupRepurchaseRate: 0.5,
      leadToSaleRate: 0.1,
      privateShareOfRevenue: 0.6,
      leads: 100,
      newCustomers: 10,
      customers: 10,
      orders: 12,
      revenue: 1000,
      margin: 400,
      spend: 300,
      acquisitionSpend: 200,
      opex: 100,
      profit: 100,
      profitByMonth: [100],
      breakEvenDay: null,
    },
    series,
    cohorts: [
      fakeCohort({ key: 'w1', kind: 'week', startDay: 7 }),
      fakeCohort({ key: 'paid', kind: 'channel', channel: 'paid' }, 40),
      fakeCohort({ key: 'w0', kind: 'week', startDay: 0 }),
      fakeCohort({ key: 'organic', kind: 'channel', channel: 'organic' }, 0),
    ],
    ltv: [fakeCurve('paid', days, 2), fakeCurve('organic', days, 1, 20)],
    flows: FAKE_FLOWS,
  };
}
