/**
 * What a run records as it goes: the daily series (in real people and RMB: every agent event
 * counts `weight` people), and cohort accumulators from which the metrics (CAC, CLV, ROI, LTV
 * curves, repurchase) are computed after the run (docs/model.md#metrics). Accumulators are
 * keyed so that right-censoring stays exact:
 * - by cohort = (membership day × channels + channel): leads, customers, acquisition spend,
 *   opex, and the repurchase counts, which the metrics pool into weeks and channels;
 * - week cohorts (acquisition channels only, `existing` left out): value by (acquisition
 *   week, age) grids, read only up to the age the whole week has been observed;
 * - channel cohorts: value by (channel, age); the value added at age a is divided by the
 *   leads observed at age a (acquired on days 0..H−1−a), the cohort-analysis convention that
 *   uses every observation and keeps cumulative value per lead monotone.
 * Values are discounted to the acquisition day at the daily discount rate.
 */
import { CHANNEL_COUNT, EXISTING, STAGE_COUNT, TIER_COUNT, UNAWARE, isPrivate } from '../stages.ts';
import { SPEND_CATEGORIES } from '../output/contract.ts';

/** The repurchase windows, days after the first order (docs/model.md#metrics). */
export const REPURCHASE_WINDOWS = [90, 180] as const;

export class Recorder {
  readonly horizon: number;
  readonly weeks: number;
  /** People per agent. */
  readonly weight: number;
  /** (1 + d)^−age. */
  readonly discount: Float64Array;

  // ── Daily series (real units) ──
  readonly stages: Float64Array[];
  readonly tiers: Float64Array[];
  readonly impressionsPaid: Float64Array;
  readonly impressionsOrganic: Float64Array;
  readonly leads: Float64Array[];
  readonly customers: Float64Array;
  readonly orders: Float64Array;
  readonly revenue: Float64Array;
  readonly privateRevenue: Float64Array;
  readonly margin: Float64Array;
  readonly discounts: Float64Array;
  readonly spend: Float64Array[];
  readonly profitCumulative: Float64Array;
  readonly organicMultiplier: Float64Array;
  readonly effectiveCac: Float64Array;

  // ── By cohort (membership day × channels + channel) ──
  /** Leads (agents). */
  readonly cohortLeads: Float64Array;
  /** Members who ordered in their membership (agents). */
  readonly cohortCustomers: Float64Array;
  /** Acquisition spend, RMB. */
  readonly cohortAcquisitionSpend: Float64Array;
  /** Opex attributed, RMB (undiscounted). */
  readonly cohortOpex: Float64Array;
  /** Revenue and margin of first orders in the membership, RMB (discounted). */
  readonly cohortFirstRevenue: Float64Array;
  readonly cohortFirstMargin: Float64Array;
  /** Per repurchase window: customers whose first order leaves the window observed, and those who ordered again in it. */
  readonly cohortRepurchaseEligible: Float64Array[];
  readonly cohortRepurchased: Float64Array[];

  // ── By age ──
  /** (week × horizon + age) → discounted revenue / gross margin / opex at that age. */
  readonly weekRevenue: Float64Array;
  readonly weekMargin: Float64Array;
  readonly weekOpex: Float64Array;
  /** (channel × horizon + age) → the same. */
  readonly channelRevenue: Float64Array;
  readonly channelMargin: Float64Array;
  readonly channelOpex: Float64Array;

  /**
   * Private-domain members now by cohort (agents), kept up to date by `flow` as agents enter
   * and leave the private domain (not recounted agent by agent daily).
   */
  readonly privateByCohort: Int32Array;
  /** Stage-to-stage moves over the run: (from × stages + to), agents. */
  readonly flows: Float64Array;
  /** Agents in each stage now, kept up to date by `flow`. */
  readonly stageCounts: Int32Array;
  /** Opex spent on days when nobody was in the private domain to attribute it to, RMB. */
  unattributedOpex = 0;

  /** @param agents agents in all, every one unaware at the start */
  constructor(horizon: number, dailyDiscountRate: number, agents: number, weight: number) {
    this.horizon = horizon;
    this.weeks = Math.ceil(horizon / 7);
    this.weight = weight;
    this.discount = new Float64Array(horizon);
    for (let age = 0; age < horizon; age++) this.discount[age] = Math.pow(1 + dailyDiscountRate, -age);
    const series = () => new Float64Array(horizon);
    this.stages = Array.from({ length: STAGE_COUNT }, series);
    this.tiers = Array.from({ length: TIER_COUNT }, series);
    this.impressionsPaid = series();
    this.impressionsOrganic = series();
    this.leads = Array.from({ length: CHANNEL_COUNT }, series);
    this.customers = series();
    this.orders = series();
    this.revenue = series();
    this.privateRevenue = series();
    this.margin = series();
    this.discounts = series();
    this.spend = SPEND_CATEGORIES.map(series);
    this.profitCumulative = series();
    this.organicMultiplier = series();
    this.effectiveCac = series();

    const byCohort = () => new Float64Array(horizon * CHANNEL_COUNT);
    this.cohortLeads = byCohort();
    this.cohortCustomers = byCohort();
    this.cohortAcquisitionSpend = byCohort();
    this.cohortOpex = byCohort();
    this.cohortFirstRevenue = byCohort();
    this.cohortFirstMargin = byCohort();
    this.cohortRepurchaseEligible = REPURCHASE_WINDOWS.map(byCohort);
    this.cohortRepurchased = REPURCHASE_WINDOWS.map(byCohort);

    this.weekRevenue = new Float64Array(this.weeks * horizon);
    this.weekMargin = new Float64Array(this.weeks * horizon);
    this.weekOpex = new Float64Array(this.weeks * horizon);
    this.channelRevenue = new Float64Array(CHANNEL_COUNT * horizon);
    this.channelMargin = new Float64Array(CHANNEL_COUNT * horizon);
    this.channelOpex = new Float64Array(CHANNEL_COUNT * horizon);
    this.privateByCohort = new Int32Array(horizon * CHANNEL_COUNT);
    this.flows = new Float64Array(STAGE_COUNT * STAGE_COUNT);
    this.stageCounts = new Int32Array(STAGE_COUNT);
    this.stageCounts[UNAWARE] = agents;
  }

  /** A lead of `channel` on `day`: an agent starts a membership of that day's cohort. */
  lead(day: number, channel: number): void {
    this.cohortLeads[day * CHANNEL_COUNT + channel]++;
    this.leads[channel][day] += this.weight;
  }

  /**
   * One order by a member of cohort (`cohortDay`, `channel`), placed on `day`.
   * @param price, grossMargin, discount per person, RMB
   * @param memberOrdersBefore the member's orders in this membership before this one
   * @param firstOrderDay the day of the membership's first order (this day if it is the first)
   * @param attributed whether the order counts as private-domain revenue
   */
  order(
    day: number,
    cohortDay: number,
    channel: number,
    price: number,
    grossMargin: number,
    discount: number,
    memberOrdersBefore: number,
    firstOrderDay: number,
    attributed: boolean,
  ): void {
    const w = this.weight;
    const age = day - cohortDay;
    const factor = this.discount[age] * w;
    const value = price * factor;
    const marginValue = grossMargin * factor;
    const horizon = this.horizon;
    const week = (cohortDay / 7) | 0;
    const cohort = cohortDay * CHANNEL_COUNT + channel;
    if (channel !== EXISTING) {
      this.weekRevenue[week * horizon + age] += value;
      this.weekMargin[week * horizon + age] += marginValue;
    }
    this.channelRevenue[channel * horizon + age] += value;
    this.channelMargin[channel * horizon + age] += marginValue;
    if (memberOrdersBefore === 0) {
      this.cohortCustomers[cohort]++;
      this.cohortFirstRevenue[cohort] += value;
      this.cohortFirstMargin[cohort] += marginValue;
      for (let k = 0; k < REPURCHASE_WINDOWS.length; k++) {
        if (day <= horizon - 1 - REPURCHASE_WINDOWS[k]) this.cohortRepurchaseEligible[k][cohort]++;
      }
    } else if (memberOrdersBefore === 1) {
      for (let k = 0; k < REPURCHASE_WINDOWS.length; k++) {
        const window = REPURCHASE_WINDOWS[k];
        if (firstOrderDay <= horizon - 1 - window && day - firstOrderDay <= window) this.cohortRepurchased[k][cohort]++;
      }
    }
    const paid = price * w;
    this.orders[day] += w;
    this.revenue[day] += paid;
    this.margin[day] += grossMargin * w;
    this.discounts[day] += discount * w;
    if (attributed) this.privateRevenue[day] += paid;
  }

  /**
   * Shares `cost` of private-domain operations on `day` over today's members (agents), by
   * cohort: the cost of a member-day, carried at the age it was incurred.
   */
  allocateOpex(day: number, cost: number, members: number): void {
    if (cost === 0) return;
    if (members <= 0) {
      this.unattributedOpex += cost;
      return;
    }
    const counts = this.privateByCohort;
    const horizon = this.horizon;
    const perMember = cost / members;
    for (let cohortDay = 0; cohortDay <= day; cohortDay++) {
      const age = day - cohortDay;
      const discount = this.discount[age];
      for (let channel = 0; channel < CHANNEL_COUNT; channel++) {
        const index = cohortDay * CHANNEL_COUNT + channel;
        const n = counts[index];
        if (n === 0) continue;
        const amount = n * perMember;
        this.cohortOpex[index] += amount;
        if (channel !== EXISTING) this.weekOpex[((cohortDay / 7) | 0) * horizon + age] += amount * discount;
        this.channelOpex[channel * horizon + age] += amount * discount;
      }
    }
  }

  /** Acquisition spend on the cohort (`cohortDay`, `channel`), RMB. */
  acquisitionSpend(cohortDay: number, channel: number, amount: number): void {
    if (amount !== 0) this.cohortAcquisitionSpend[cohortDay * CHANNEL_COUNT + channel] += amount;
  }

  /**
   * An agent of cohort `cohort` moves from stage `from` to `to`: counted in the flows and the
   * stage counts, and in `privateByCohort` when it enters or leaves the private domain.
   */
  flow(from: number, to: number, cohort: number): void {
    this.flows[from * STAGE_COUNT + to]++;
    this.stageCounts[from]--;
    this.stageCounts[to]++;
    const wasPrivate = isPrivate(from);
    if (wasPrivate !== isPrivate(to)) this.privateByCohort[cohort] += wasPrivate ? -1 : 1;
  }
}
