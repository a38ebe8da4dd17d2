/**
 * The twin's output: expected daily series in real people and RMB, read off the
 * distribution at the end of each day.
 */
import type { Params } from '../params/schema.ts';
import { SPEND_CATEGORIES, type SpendCategory } from '../output/contract.ts';
import { STAGE_COUNT, isPrivate } from '../stages.ts';
import type { DaySchedule } from './calendar.ts';
import type { DayStep, DayTally } from './day.ts';
import { VARIANTS, VARIANT_STAGE, groupMass, type GroupMass, type Segment } from './population.ts';

/** Expected daily series, in real people and RMB (the contract's units). */
export interface TwinSeries {
  /** People per stage per day, in the contract's STAGES order; they sum to N every day. */
  stages: Float64Array[];
  /** People who have ever ordered, cumulative. */
  customers: Float64Array;
  /** Private-domain people in each fan tier (passer-by, affinity, true love), the contract's TIERS order. */
  tiers: Float64Array[];
  orders: Float64Array;
  /** Revenue paid (list price less coupons), RMB a day. */
  revenue: Float64Array;
  /** Gross margin after coupons, RMB a day. */
  margin: Float64Array;
  /** Coupon value given away, RMB a day. */
  discounts: Float64Array;
  /** Lead events a day, the four acquisition channels together (existing followers are not leads). */
  leads: Float64Array;
  leadsByChannel: { paid: Float64Array; organic: Float64Array; referral: Float64Array; offline: Float64Array };
  /** Spend by category, RMB a day. */
  spend: Record<SpendCategory, Float64Array>;
  /** Margin − spend, cumulative, RMB. */
  profitCumulative: Float64Array;
  /** The flywheel's organic multiplier each day. */
  organicMultiplier: Float64Array;
  /**
   * Expected cumulative revenue per lead by age (0 … H − 1), the acquisition channels pooled,
   * right-censored as docs/model.md#cohorts-and-slices says; null when not computed.
   */
  ltvRevenue: Float64Array | null;
}

export function emptySeries(H: number, withLtv: boolean): TwinSeries {
  const f = () => new Float64Array(H);
  return {
    stages: Array.from({ length: STAGE_COUNT }, f),
    customers: f(),
    tiers: [f(), f(), f()],
    orders: f(),
    revenue: f(),
    margin: f(),
    discounts: f(),
    leads: f(),
    leadsByChannel: { paid: f(), organic: f(), referral: f(), offline: f() },
    spend: Object.fromEntries(SPEND_CATEGORIES.map((c) => [c, f()])) as Record<SpendCategory, Float64Array>,
    profitCumulative: f(),
    organicMultiplier: f(),
    ltvRevenue: withLtv ? f() : null,
  };
}

/** The day's outputs in people and RMB. */
export function record(
  series: TwinSeries,
  t: number,
  params: Params,
  step: DayStep,
  population: Segment[],
  tally: DayTally,
  schedule: DaySchedule,
): void {
  const w = params.agentWeight;
  const { K, W, bins } = step.layout;
  let privateAgents = 0;
  let customers = 0;
  const stages = new Float64Array(STAGE_COUNT);
  const tiers = new Float64Array(3);
  const sums: GroupMass = { mass: 0, bought: 0 };
  for (const segment of population) {
    stages[0] += segment.fresh;
    const moment = segment.moment;
    for (let v = 0; v < VARIANTS; v++) {
      const stage = VARIANT_STAGE[v];
      const inPrivate = isPrivate(stage);
      for (let c = 0; c < W; c++) {
        for (let k = 0; k < K; k++) {
          const g = (v * W + c) * K + k;
          const { mass, bought } = groupMass(step.layout, segment, g, sums);
          customers += bought;
          if (!(mass > 0)) continue;
          stages[stage] += mass;
          if (!inPrivate) continue;
          privateAgents += mass;
          const mean = moment[g] / mass;
          const affinity = bins.edges[k] >= params.tierAffinity || mean >= params.tierAffinity ? 1 : 0;
          const love = bins.edges[k] >= params.tierTrueLove || mean > params.tierTrueLove ? 1 : 0;
          tiers[affinity + love] += mass;
        }
      }
    }
  }
  for (let i = 0; i < STAGE_COUNT; i++) series.stages[i][t] = stages[i] * w;
  for (let i = 0; i < 3; i++) series.tiers[i][t] = tiers[i] * w;
  series.customers[t] = customers * w;
  series.orders[t] = tally.orders * w;
  series.revenue[t] = tally.revenue * w;
  series.margin[t] = tally.margin * w;
  series.discounts[t] = tally.discounts * w;
  series.leadsByChannel.paid[t] = tally.leadsPaid * w;
  series.leadsByChannel.organic[t] = tally.leadsOrganic * w;
  series.leadsByChannel.referral[t] = tally.leadsReferral * w;
  series.leadsByChannel.offline[t] = tally.leadsOffline * w;
  series.leads[t] = (tally.leadsPaid + tally.leadsOrganic + tally.leadsReferral + tally.leadsOffline) * w;
  const spend = series.spend;
  spend.ads[t] = params.paidBudgetDaily;
  spend.referral[t] = params.referralReward * tally.referredFirstOrders * w;
  spend.offline[t] = params.offlineScanCost * tally.effectiveScans * w;
  spend.content[t] = params.pushCost * (schedule.content + schedule.promotions);
  spend.groups[t] = params.groupEventCost * params.groups * schedule.events;
  spend.staff[t] = params.staff * params.staffCostDaily;
  spend.members[t] = params.memberCostDaily * privateAgents * w;
  spend.fixed[t] = params.privateFixedCostDaily;
  let total = 0;
  for (const c of SPEND_CATEGORIES) total += spend[c][t];
  series.profitCumulative[t] = (t > 0 ? series.profitCumulative[t - 1] : 0) + series.margin[t] - total;
}

