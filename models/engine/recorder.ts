/**
 * What a run records as it goes: the daily series, and cohort accumulators from which the
 * metrics (CAC, CLV, ROI, LTV curves) are computed after the run. Accumulators are keyed so
 * that right-censoring stays exact:
 * - week cohorts: value by (acquisition week, age) grids, read only up to the age the whole
 *   week has been observed;
 * - channel cohorts: value by (channel, age); the value added at age a is divided by the
 *   agents observed at age a (acquired on days 0..H−1−a), the cohort-analysis convention that
 *   uses every observation and keeps cumulative revenue per user monotone.
 * Values are discounted to the acquisition day at the daily discount rate.
 */
import { CHANNEL_COUNT, STAGE_COUNT, TIER_COUNT, UNAWARE, isPrivate } from '../stages.ts';
import { SPEND_CATEGORIES } from '../output/contract.ts';

export class Recorder {
  readonly horizon: number;
  readonly weeks: number;
  /** (1 + d)^−age. */
  readonly discount: Float64Array;

  // ── Daily series ──
  readonly stages: Float64Array[];
  readonly tiers: Float64Array[];
  readonly impressionsPaid: Float64Array;
  readonly impressionsOrganic: Float64Array;
  readonly leads: Float64Array[];
  readonly customers: Float64Array;
  readonly orders: Float64Array;
  readonly revenue: Float64Array;
  readonly margin: Float64Array;
  readonly discounts: Float64Array;
  readonly spend: Float64Array[];
  readonly profitCumulative: Float64Array;
  readonly organicMultiplier: Float64Array;
  readonly effectiveCac: Float64Array;

  // ── Cohort accumulators ──
  readonly weekSize: Float64Array;
  readonly weekAcquisitionSpend: Float64Array;
  readonly weekFirstRevenue: Float64Array;
  /** (week × horizon + age) → discounted revenue / gross margin / retention cost at that age. */
  readonly weekRevenue: Float64Array;
  readonly weekMargin: Float64Array;
  readonly weekRetention: Float64Array;
  readonly channelSize: Float64Array;
  readonly channelAcquisitionSpend: Float64Array;
  readonly channelFirstRevenue: Float64Array;
  /** (channel × horizon + age) → discounted revenue / gross margin / retention cost at that age. */
  readonly channelRevenue: Float64Array;
  readonly channelMargin: Float64Array;
  readonly channelRetention: Float64Array;
  /** (acquisition day × channels + channel) → agents acquired. */
  readonly sizeByDayChannel: Float64Array;
  /**
   * Private-domain members now by (acquisition day × channels + channel), kept up to date by
   * `flow` as agents enter and leave the private domain (not recounted agent by agent daily).
   */
  readonly privateByCohort: Int32Array;
  /** Stage-to-stage moves over the run: (from × stages + to). */
  readonly flows: Float64Array;
  /** Agents in each stage now, kept up to date by `flow`. */
  readonly stageCounts: Int32Array;

  privateRevenue = 0;
  totalRevenue = 0;

  /** @param population agents in all, every one unaware at the start */
  constructor(horizon: number, dailyDiscountRate: number, population: number) {
    this.horizon = horizon;
    this.weeks = Math.ceil(horizon / 7);
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
    this.margin = series();
    this.discounts = series();
    this.spend = SPEND_CATEGORIES.map(series);
    this.profitCumulative = series();
    this.organicMultiplier = series();
    this.effectiveCac = series();

    this.weekSize = new Float64Array(this.weeks);
    this.weekAcquisitionSpend = new Float64Array(this.weeks);
    this.weekFirstRevenue = new Float64Array(this.weeks);
    this.weekRevenue = new Float64Array(this.weeks * horizon);
    this.weekMargin = new Float64Array(this.weeks * horizon);
    this.weekRetention = new Float64Array(this.weeks * horizon);
    this.channelSize = new Float64Array(CHANNEL_COUNT);
    this.channelAcquisitionSpend = new Float64Array(CHANNEL_COUNT);
    this.channelFirstRevenue = new Float64Array(CHANNEL_COUNT);
    this.channelRevenue = new Float64Array(CHANNEL_COUNT * horizon);
    this.channelMargin = new Float64Array(CHANNEL_COUNT * horizon);
    this.channelRetention = new Float64Array(CHANNEL_COUNT * horizon);
    this.sizeByDayChannel = new Float64Array(horizon * CHANNEL_COUNT);
    this.privateByCohort = new Int32Array(horizon * CHANNEL_COUNT);
    this.flows = new Float64Array(STAGE_COUNT * STAGE_COUNT);
    this.stageCounts = new Int32Array(STAGE_COUNT);
    this.stageCounts[UNAWARE] = population;
  }

  /** An agent acquired on `day` through `channel`. */
  acquired(day: number, channel: number): void {
    this.weekSize[(day / 7) | 0]++;
    this.channelSize[channel]++;
    this.sizeByDayChannel[day * CHANNEL_COUNT + channel]++;
    this.leads[channel][day]++;
  }

  /**
   * One order by an agent acquired on `acquiredDay` through `channel`, placed on `day`.
   * @param first whether it is the agent's first order
   * @param inPrivate whether the agent was a follower, contact or group member
   */
  purchase(
    day: number,
    acquiredDay: number,
    channel: number,
    price: number,
    grossMargin: number,
    discount: number,
    first: boolean,
    inPrivate: boolean,
  ): void {
    const age = day - acquiredDay;
    const factor = this.discount[age];
    const value = price * factor;
    const marginValue = grossMargin * factor;
    const horizon = this.horizon;
    const week = (acquiredDay / 7) | 0;
    this.weekRevenue[week * horizon + age] += value;
    this.weekMargin[week * horizon + age] += marginValue;
    this.channelRevenue[channel * horizon + age] += value;
    this.channelMargin[channel * horizon + age] += marginValue;
    if (first) {
      this.weekFirstRevenue[week] += value;
      this.channelFirstRevenue[channel] += value;
    }
    this.orders[day]++;
    this.revenue[day] += price;
    this.margin[day] += grossMargin;
    this.discounts[day] += discount;
    this.totalRevenue += price;
    if (inPrivate) this.privateRevenue += price;
  }

  /**
   * Shares `cost` of private-domain operations on `day` over today's members, by cohort, in
   * `privateByCohort` (cost per member-day).
   */
  allocateRetention(day: number, cost: number, members: number): void {
    const counts = this.privateByCohort;
    const horizon = this.horizon;
    const perMember = members > 0 ? cost / members : 0;
    for (let acquiredDay = 0; acquiredDay <= day; acquiredDay++) {
      for (let channel = 0; channel < CHANNEL_COUNT; channel++) {
        const index = acquiredDay * CHANNEL_COUNT + channel;
        const n = counts[index];
        if (n === 0) continue;
        const age = day - acquiredDay;
        const value = n * perMember * this.discount[age];
        this.weekRetention[((acquiredDay / 7) | 0) * horizon + age] += value;
        this.channelRetention[channel * horizon + age] += value;
      }
    }
  }

  /** Acquisition spend on `day` attributed to `channel` (and to the day's week cohort). */
  acquisitionSpend(day: number, channel: number, amount: number): void {
    if (amount === 0) return;
    this.channelAcquisitionSpend[channel] += amount;
    this.weekAcquisitionSpend[(day / 7) | 0] += amount;
  }

  /**
   * An agent of cohort `cohort` (acquisition day × channels + channel) moves from stage `from`
   * to `to`: counted in the flows and the stage counts, and in `privateByCohort` when it
   * enters or leaves the private domain.
   */
  flow(from: number, to: number, cohort: number): void {
    this.flows[from * STAGE_COUNT + to]++;
    this.stageCounts[from]--;
    this.stageCounts[to]++;
    const wasPrivate = isPrivate(from);
    if (wasPrivate !== isPrivate(to)) this.privateByCohort[cohort] += wasPrivate ? -1 : 1;
  }
}
