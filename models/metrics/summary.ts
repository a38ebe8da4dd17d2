/**
 * The summary a strategist reads first: blended CAC, CLV and ROI at 180 days, payback,
 * group repurchase rate, lead-to-sale rate, private share of revenue, and run totals.
 */
import type { Recorder } from '../engine/recorder.ts';
import type { Cohort, Summary } from '../output/contract.ts';
import { EXISTING } from '../stages.ts';
import type { Tallies } from './tallies.ts';

const total = (values: Float64Array) => values.reduce((a, b) => a + b, 0);

/** First day cumulative profit is back at or above 0 after being negative; null if never. */
export function breakEvenDay(profitCumulative: Float64Array): number | null {
  let wasNegative = false;
  for (let day = 0; day < profitCumulative.length; day++) {
    if (profitCumulative[day] < 0) wasNegative = true;
    else if (wasNegative) return day;
  }
  return null;
}

export function summarize(rec: Recorder, all: Cohort, tallies: Tallies): Summary {
  let leads = 0;
  rec.leads.forEach((series, channel) => {
    if (channel !== EXISTING) leads += total(series);
  });
  const spend = rec.spend.reduce((sum, series) => sum + total(series), 0);
  const margin = total(rec.margin);
  const H = rec.horizon;
  return {
    blendedCac: all.cac,
    clv180: all.clv.d180,
    clvMargin180: all.clvMargin.d180,
    roi180: all.roi.d180,
    roiMargin180: all.roiMargin.d180,
    paybackDay: all.paybackDay,
    groupRepurchaseRate: tallies.groupCustomers > 0 ? tallies.groupRepeaters / tallies.groupCustomers : null,
    leadToSaleRate: leads > 0 ? tallies.acquiredCustomers / leads : null,
    privateShareOfRevenue: rec.totalRevenue > 0 ? rec.privateRevenue / rec.totalRevenue : null,
    leads,
    customers: rec.customers[H - 1],
    orders: total(rec.orders),
    revenue: total(rec.revenue),
    margin,
    spend,
    profit: rec.profitCumulative[H - 1],
    breakEvenDay: breakEvenDay(rec.profitCumulative),
  };
}
