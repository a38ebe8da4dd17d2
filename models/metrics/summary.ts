/**
 * The summary a strategist reads first (docs/model.md#metrics): honest CAC (paid and blended
 * per customer, fully loaded), revenue and margin CLV and ROI at 180 days, profit by month,
 * payback on margin, windowed repurchase, group repurchase after joining, private share by
 * attribution, and run totals.
 */
import type { Recorder } from '../engine/recorder.ts';
import { ACQUISITION_SPEND, OPERATING_SPEND, SPEND_CATEGORIES, type Cohort, type Summary } from '../output/contract.ts';
import { costPer, ratio } from './clv.ts';
import { sumAllCohorts } from './cohorts.ts';
import type { Tallies } from './tallies.ts';

const total = (values: Float64Array) => values.reduce((a, b) => a + b, 0);

/** Days in a month of `profitByMonth`. */
export const MONTH_DAYS = 30;

/** First day cumulative profit is back at or above 0 after being negative; null if never. */
export function breakEvenDay(profitCumulative: Float64Array): number | null {
  let wasNegative = false;
  for (let day = 0; day < profitCumulative.length; day++) {
    if (profitCumulative[day] < 0) wasNegative = true;
    else if (wasNegative) return day;
  }
  return null;
}

/** Profit of each 30-day month from the cumulative series (the last month may be shorter). */
export function profitByMonth(profitCumulative: Float64Array): number[] {
  const months: number[] = [];
  let before = 0;
  for (let end = MONTH_DAYS; end - MONTH_DAYS < profitCumulative.length; end += MONTH_DAYS) {
    const at = profitCumulative[Math.min(end, profitCumulative.length) - 1];
    months.push(at - before);
    before = at;
  }
  return months;
}

/** Spend over the horizon in the given categories. */
function spendIn(rec: Recorder, categories: readonly string[]): number {
  let sum = 0;
  SPEND_CATEGORIES.forEach((category, k) => {
    if (categories.includes(category)) sum += total(rec.spend[k]);
  });
  return sum;
}

/**
 * @param all the pooled acquisition cohort; @param paid the paid channel's cohort
 */
export function summarize(rec: Recorder, all: Cohort, paid: Cohort, tallies: Tallies): Summary {
  const H = rec.horizon;
  const revenue = total(rec.revenue);
  const acquisitionSpend = spendIn(rec, ACQUISITION_SPEND);
  const opex = spendIn(rec, OPERATING_SPEND);
  const profit = rec.profitCumulative[H - 1];
  return {
    cacPaidPerLead: paid.cacPerLead,
    cacPaidPerCustomer: paid.cacPerCustomer,
    cacBlendedPerCustomer: all.cacPerCustomer,
    cacFullyLoaded: all.customers > 0 ? (all.acquisitionSpend + all.opex + rec.unattributedOpex) / all.customers : null,
    clv180: all.clv.d180,
    clvMargin180: all.clvMargin.d180,
    roi180: all.roi.d180,
    roiMargin180: all.roiMargin.d180,
    paybackDayMargin: all.paybackDay,
    repurchaseRate90: ratio(sumAllCohorts(rec, rec.cohortRepurchased[0]), sumAllCohorts(rec, rec.cohortRepurchaseEligible[0])),
    repurchaseRate180: ratio(sumAllCohorts(rec, rec.cohortRepurchased[1]), sumAllCohorts(rec, rec.cohortRepurchaseEligible[1])),
    groupRepurchaseRate: tallies.groupCustomers > 0 ? tallies.groupRepeaters / tallies.groupCustomers : null,
    leadToSaleRate: all.size > 0 ? all.customers / all.size : null,
    privateShareOfRevenue: revenue > 0 ? total(rec.privateRevenue) / revenue : null,
    leads: all.size,
    newCustomers: all.customers,
    customers: rec.customers[H - 1],
    orders: total(rec.orders),
    revenue,
    margin: total(rec.margin),
    spend: acquisitionSpend + opex,
    acquisitionSpend,
    opex,
    profit,
    profitByMonth: profitByMonth(rec.profitCumulative),
    breakEvenDay: breakEvenDay(rec.profitCumulative),
  };
}

export { costPer };
