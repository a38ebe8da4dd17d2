/**
 * The expected-value twin: the mean-field (expected) daily evolution of the v2 model,
 * written from docs/model.md and sharing no code with the engine.
 *
 * The population is a distribution over stage × thread × need state × trust bin (see
 * population.ts and trustBins.ts); each day applies the text's day in order to it. Pool-level
 * feedbacks (the cost of a paid lead on the never-reached share, referrals from eligible
 * customers, the flywheel on active fans, service capacity, contact-list room, group seats)
 * read the distribution's expected counts. The LTV curve follows each day's leads as a
 * cohort of its own, stepped with the day's probabilities. What the twin approximates, and
 * where it does not apply, is in `twinLimitations` and docs/model.md#the-expected-value-twin.
 */
import type { Params } from '../params/schema.ts';
import { SPEND_CATEGORIES, type RunResult, type SpendCategory } from '../output/contract.ts';
import { STAGE_COUNT, isPrivate } from '../stages.ts';
import { planOf, scheduleOn, type DaySchedule, type Plan } from './calendar.ts';
import { DayStep, emptyTally, type DayMap, type Totals } from './day.ts';
import { twinLimitations } from './limitations.ts';
import { FOL0, NEED_NEVER, NEED_TODAY, VARIANTS, VARIANT_STAGE, deposit, emptySegment, layoutFor, type Layout, type Segment } from './population.ts';
import { binomial, convolve, dayBranches, remainingGiven, type Pmf, type TouchRules } from './touches.ts';
import { trustBinsFor, SERVICE_BINS } from './trustBins.ts';

export { twinLimitations } from './limitations.ts';

/** The age-structured LTV costs O(H²) cohort-days; beyond this horizon it is not computed. */
export const LTV_MAX_HORIZON = 400;

/**
 * Cohort-cell visits (cohort-days × cells) the LTV may cost when `ltv: 'auto'`: about a
 * second on a quiet machine. Past it, `ltvRevenue` is null.
 */
export const LTV_AUTO_BUDGET = 6e7;

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

export interface TwinOptions {
  /**
   * The LTV curve: 'auto' (default) computes it when H ≤ LTV_MAX_HORIZON and its cost is
   * within LTV_AUTO_BUDGET; true computes it whenever H ≤ LTV_MAX_HORIZON; false never.
   */
  ltv?: boolean | 'auto';
  /** Equal-width trust bins of the base grid (the thresholds are added as edges). */
  bins?: number;
}

/** The run result with the twin's curves attached where it applies, `expected: null` elsewhere. */
export function withExpected(result: RunResult): RunResult {
  if (twinLimitations(result.params).length > 0) return { ...result, expected: null };
  const twin = expectedValue(result.params);
  return { ...result, expected: { ltvRevenue: twin.ltvRevenue, customers: twin.customers } };
}

/** Runs the twin over the horizon. Meaningful where `twinLimitations(params)` is empty. */
export function expectedValue(params: Params, options: TwinOptions = {}): TwinSeries {
  const H = params.horizonDays;
  const plan = planOf(params);
  const conversations = (params.staff * params.conversationsPerStaff) / params.agentWeight;
  const cap = windowCap(params, plan, conversations);
  const layout = layoutFor(trustBinsFor(params, options.bins), params.minRepurchaseGapDays, cap + 1);
  const step = new DayStep(params, layout);
  let population = initialPopulation(params, layout);
  let spare = population.map((s) => emptySegment(layout, s.local));

  const wantLtv = options.ltv ?? 'auto';
  const withLtv = H <= LTV_MAX_HORIZON && (wantLtv === true || (wantLtv === 'auto' && ltvCost(H, layout, population.length) <= LTV_AUTO_BUDGET));

  const series = emptySeries(H, withLtv);
  const fatigue = new FatigueWindow(params, step.rules, cap);

  const cohorts: Segment[][] = [];
  let cohortSpare = population.map((s) => emptySegment(layout, s.local));
  const revenueByAge = new Float64Array(H);
  const leadsByDay = new Float64Array(H);

  for (let t = 0; t < H; t++) {
    const totals = step.totals(population);
    const schedule = scheduleOn(plan, t);
    const map = emptyMap(schedule, layout);
    const tally = emptyTally();
    const capture = withLtv ? population.map((s) => emptySegment(layout, s.local)) : null;
    step.exposure(population, map, true, totals, capture, tally);
    fatigue.fillBranches(map, totals, conversations, layout);
    step.operate(population, spare, map, true, true, tally);
    [population, spare] = [spare, population];

    if (withLtv && capture) {
      const scratch = emptyTally();
      for (let c = 0; c < cohorts.length; c++) {
        const cohortTally = emptyTally();
        step.exposure(cohorts[c], map, false, null, null, scratch);
        step.operate(cohorts[c], cohortSpare, map, false, false, cohortTally);
        [cohorts[c], cohortSpare] = [cohortSpare, cohorts[c]];
        revenueByAge[t - c] += cohortTally.revenue;
      }
      const first = emptyTally();
      const born = capture.map((s) => emptySegment(layout, s.local));
      step.operate(capture, born, map, false, false, first);
      revenueByAge[0] += first.revenue;
      cohorts.push(born);
    }

    record(series, t, params, step, population, tally, schedule);
    series.organicMultiplier[t] = map.multiplier;
    leadsByDay[t] = tally.leadsPaid + tally.leadsOrganic + tally.leadsReferral + tally.leadsOffline;
  }
  if (series.ltvRevenue) fillLtv(series.ltvRevenue, revenueByAge, leadsByDay);
  return series;
}

/** Cohort-cell visits of the age-structured LTV. */
function ltvCost(H: number, layout: Layout, segments: number): number {
  return ((H * (H + 1)) / 2) * layout.cells * segments;
}

/**
 * The LTV curve's right-censoring: the revenue added at age a is divided by the leads of
 * days 0 … H − 1 − a (the ones observed at that age); the curve is the running sum.
 */
function fillLtv(out: Float64Array, revenueByAge: Float64Array, leadsByDay: Float64Array): void {
  const H = out.length;
  const observedThrough = new Float64Array(H);
  let running = 0;
  for (let c = 0; c < H; c++) observedThrough[c] = running += leadsByDay[c];
  let cumulative = 0;
  for (let a = 0; a < H; a++) {
    const observed = observedThrough[H - 1 - a];
    cumulative += observed > 0 ? revenueByAge[a] / observed : NaN;
    out[a] = cumulative;
  }
}

/** Day 0: the existing followers (trust `trustInitOrganic`) and everyone else never reached. */
function initialPopulation(params: Params, layout: Layout): Segment[] {
  const n = params.population / params.agentWeight;
  const existing = Math.round(params.initialFollowerShare * n);
  const offline = params.offlineVisitorsDaily > 0 && params.offlineScanRate > 0;
  const localAgents = offline ? Math.round(params.offlineLocalShare * n) : 0;
  const parts = offline && localAgents < n ? [
    { local: true, size: localAgents },
    { local: false, size: n - localAgents },
  ] : [{ local: offline, size: n }];
  return parts.map(({ local, size }) => {
    const segment = emptySegment(layout, local);
    const followers = (existing * size) / n;
    segment.fresh = size - followers;
    if (followers > 0) deposit(layout, segment, FOL0, NEED_NEVER, params.trustInitOrganic, followers);
    return segment;
  });
}

/** A day's map before the pools and the touches fill it. */
function emptyMap(schedule: DaySchedule, layout: Layout): DayMap {
  return {
    schedule,
    scanned: 0,
    scanContact: 0,
    referred: 0,
    paid: 0,
    paidLapsed: 0,
    organic: 0,
    organicLapsed: 0,
    multiplier: 1,
    serviceIndex: new Int32Array(layout.K),
    branches: [[], []],
    threadAccepted: 1,
    seatAccepted: 1,
  };
}

/**
 * The service probabilities and the day's touch outcomes for each window state (see
 * touches.ts), with the share of each class's window that leaves it tonight.
 */
class FatigueWindow {
  /** Each past day's touch distribution for a follower or contact, and for a group member. */
  private readonly plain: Pmf[] = [];
  private readonly member: Pmf[] = [];

  constructor(
    private readonly params: Params,
    private readonly rules: TouchRules,
    private readonly cap: number,
  ) {}

  fillBranches(map: DayMap, totals: Totals, conversations: number, layout: Layout): void {
    const P = totals.privateMembers;
    const average = conversations <= 0 ? 0 : P > 0 ? Math.min(1, conversations / P) : 1;
    const values = serviceValues(this.params, layout, totals, conversations, average, map.serviceIndex);
    const s = map.schedule;
    const { followerReach, groupEngagement } = this.params;
    // The window (previous six days) is judged with each day's average service probability.
    const cap = this.cap;
    const plainRemaining = remainingGiven(this.plain, cap);
    const memberRemaining = remainingGiven(this.member, cap);
    const plainToday = { content: s.content, promotions: s.promotions, events: 0 };
    map.branches = [
      values.map((sigma) => plainRemaining.map((rest, c) => dayBranches(this.rules, plainToday, sigma, c, rest, cap))),
      values.map((sigma) => memberRemaining.map((rest, c) => dayBranches(this.rules, s, sigma, c, rest, cap))),
    ];
    const pushes = convolve(binomial(s.content + s.promotions, followerReach), Float64Array.of(1 - average, average));
    this.plain.push(pushes);
    this.member.push(convolve(pushes, binomial(s.events, groupEngagement)));
    if (this.plain.length > 6) this.plain.shift();
    if (this.member.length > 6) this.member.shift();
  }
}

/**
 * The window states the twin carries: none when no 7-day window can hold more touches than
 * the tolerance (every touch builds trust), else c₀ = 0 … tolerance + 2, the last lumping
 * the rest (and never more than the touches six days can hold).
 */
export function windowCap(params: Params, plan: Plan, conversations: number): number {
  const daily: number[] = [];
  let most = 0;
  let six = 0;
  for (let t = 0; t < params.horizonDays; t++) {
    const s = scheduleOn(plan, t);
    daily.push(s.content + s.promotions + (params.groups > 0 ? s.events : 0) + (conversations > 0 ? 1 : 0));
    let window = 0;
    for (let d = Math.max(0, t - 6); d <= t; d++) window += daily[d];
    most = Math.max(most, window);
    six = Math.max(six, window - (t >= 6 ? daily[t - 6] : 0));
  }
  if (most <= params.fatigueTolerance) return 0;
  return Math.min(params.fatigueTolerance + 2, six);
}

/**
 * The distinct service probabilities of the day and, in `index`, which one each trust bin
 * has: random, min(1, C / P) for everyone; by trust, from yesterday's 64-bin histogram of
 * private-domain trust, 1 above the bin where the count from the top reaches C, the share
 * that fills C in it, 0 below.
 */
function serviceValues(params: Params, layout: Layout, totals: Totals, conversations: number, average: number, index: Int32Array): number[] {
  const P = totals.privateMembers;
  if (!(params.serviceTargeting === 'trust' && conversations > 0 && P > conversations)) {
    index.fill(0);
    return [average];
  }
  const byServiceBin = new Float64Array(SERVICE_BINS);
  let above = 0;
  let fraction = 0;
  for (let b = SERVICE_BINS - 1; b >= 0; b--) {
    const count = totals.serviceHistogram[b];
    if (above + count >= conversations) {
      fraction = count > 0 ? (conversations - above) / count : 0;
      byServiceBin[b] = fraction;
      break;
    }
    byServiceBin[b] = 1;
    above += count;
  }
  for (let k = 0; k < layout.K; k++) {
    const sigma = byServiceBin[layout.bins.serviceBin[k]];
    index[k] = sigma === 0 ? 0 : sigma === 1 ? 1 : 2;
  }
  return [0, 1, fraction];
}

function emptySeries(H: number, withLtv: boolean): TwinSeries {
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
function record(
  series: TwinSeries,
  t: number,
  params: Params,
  step: DayStep,
  population: Segment[],
  tally: ReturnType<typeof emptyTally>,
  schedule: ReturnType<typeof scheduleOn>,
): void {
  const w = params.agentWeight;
  const { J, K, W, bins } = step.layout;
  let privateAgents = 0;
  for (const segment of population) {
    series.stages[0][t] += segment.fresh * w;
    for (let v = 0; v < VARIANTS; v++) {
      const stage = VARIANT_STAGE[v];
      for (let j = 0; j < J; j++) {
        const start = (v * J + j) * W * K;
        let mass = 0;
        for (let ck = 0; ck < W * K; ck++) {
          const m = segment.mass[start + ck];
          mass += m;
          if (isPrivate(stage) && m > 0) {
            const k = ck % K;
            const mean = segment.moment[start + ck] / m;
            const affinity = bins.edges[k] >= params.tierAffinity || mean >= params.tierAffinity ? 1 : 0;
            const love = bins.edges[k] >= params.tierTrueLove || mean > params.tierTrueLove ? 1 : 0;
            series.tiers[affinity + love][t] += m * w;
          }
        }
        series.stages[stage][t] += mass * w;
        if (j >= NEED_TODAY) series.customers[t] += mass * w;
        if (isPrivate(stage)) privateAgents += mass;
      }
    }
  }
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

