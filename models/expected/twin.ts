/**
 * The expected-value twin: the agent model's daily chain computed exactly in expectation
 * (mean field) for the homogeneous case, in which every agent's trust is the same constant:
 * equal initial trust on every channel, no gain, decay or fatigue, no bad-experience loss,
 * and enough group seats never to bind. In that case an agent's future depends only on its
 * stage and three flags (ever acquired, had a one-to-one contact, ever bought), so the
 * population is a distribution over those 48 states and each day is the same sequence of
 * steps as `engine/simulation.ts`, applied to probabilities instead of agents. Pool-level
 * feedbacks (CAC rising as the market depletes, referrals from customers, the flywheel) read
 * expected counts, so the twin is the mean-field limit: exact for N → ∞, and within
 * Monte-Carlo error of the agent model's mean at the populations the tests use.
 */
import type { Params } from '../params/schema.ts';
import type { RunResult } from '../output/contract.ts';
import { paidExposure, organicExposure, referralProbability, storeVisitors } from '../channels/index.ts';
import { conversationProbability, promotionUplift } from '../operations/index.ts';
import { eventsOnDay } from '../engine/schedule.ts';
import { trustMultiplier } from '../trust/trust.ts';
import { CONTACT, EXPOSED, FOLLOWER, GROUP, LAPSED, STAGE_COUNT, UNAWARE } from '../stages.ts';

/** Why the twin does not apply to `params` (empty when it does). */
export function twinLimitations(params: Params): string[] {
  const reasons: string[] = [];
  const inits = [params.trustInitPaid, params.trustInitOrganic, params.trustInitOffline, params.trustInitReferral];
  if (params.trustSensitivity > 0 && inits.some((t) => t !== inits[0])) reasons.push('initial trust differs by channel');
  if (params.trustGain > 0) reasons.push('trustGain > 0');
  if (params.trustDecay > 0) reasons.push('trustDecay > 0');
  if (params.fatiguePenalty > 0 || params.fatigueExitRate > 0) reasons.push('fatigue is on');
  if (params.badExperienceRate > 0 && params.badExperienceLoss > 0) reasons.push('bad experiences cut trust');
  if (params.groupInviteRate > 0 && params.groups * params.groupCapacity < params.population) reasons.push('group seats can run out');
  return reasons;
}

/** Expected daily series of the homogeneous chain. */
export interface TwinSeries {
  stages: Float64Array[];
  customers: Float64Array;
  orders: Float64Array;
  revenue: Float64Array;
  margin: Float64Array;
  leads: Float64Array;
  /**
   * Expected cumulative revenue per acquired user by age over all channels (the LTV curve
   * 'all', same observation convention as the agents' curve), or null past `LTV_MAX_HORIZON`.
   */
  ltvRevenue: Float64Array | null;
}

/** The age-structured LTV costs O(H²) day maps; beyond this horizon it is not computed. */
export const LTV_MAX_HORIZON = 400;

const STATES = STAGE_COUNT * 8;
const index = (stage: number, acquired: number, contact: number, bought: number) =>
  stage * 8 + acquired * 4 + contact * 2 + bought;
const FRESH = index(UNAWARE, 0, 0, 0);
const SCANNABLE = [UNAWARE, EXPOSED, LAPSED] as const;
const ACTIVE = [EXPOSED, FOLLOWER, CONTACT, GROUP] as const;

/** One day's probabilities, read off the whole population, applied alike to every part of it. */
interface DayMap {
  scanned: number;
  referred: number;
  paid: number;
  organic: number;
  lapsedBack: number;
  serviceChance: number;
  promoToday: boolean;
}

interface DayOutcome {
  next: Float64Array;
  orders: number;
  revenue: number;
  margin: number;
}

/**
 * One day of the chain for a distribution `x` (any part of the population: the chain is
 * linear once the day's probabilities are fixed), in the agents' order: offline scans,
 * referrals, paid, organic, lapsed re-exposure, then purchases and one transition, then
 * lapsed purchases.
 */
function applyDay(x: Float64Array, map: DayMap, params: Params, tm: number): DayOutcome {
  const y = Float64Array.from(x);
  const move = (from: number, to: number, mass: number) => {
    y[from] -= mass;
    y[to] += mass;
  };
  if (map.scanned > 0) {
    for (const stage of SCANNABLE)
      for (let a = 0; a < 2; a++)
        for (let c = 0; c < 2; c++)
          for (let b = 0; b < 2; b++) {
            const from = index(stage, a, c, b);
            const mass = x[from] * map.scanned;
            if (mass === 0) continue;
            move(from, index(CONTACT, 1, 1, b), mass * params.offlineContactShare);
            move(from, index(FOLLOWER, 1, c, b), mass * (1 - params.offlineContactShare));
          }
  }
  if (map.referred > 0) move(FRESH, index(EXPOSED, 1, 0, 0), y[FRESH] * map.referred);
  for (const p of [map.paid, map.organic]) {
    if (!(p > 0)) continue;
    for (let s = 0; s < 8; s++) move(UNAWARE * 8 + s, EXPOSED * 8 + (s | 4), y[UNAWARE * 8 + s] * p);
  }
  for (let s = 0; s < 8; s++) move(LAPSED * 8 + s, EXPOSED * 8 + s, y[LAPSED * 8 + s] * map.lapsedBack);

  const z = new Float64Array(STATES);
  for (let s = 0; s < 8; s++) {
    z[UNAWARE * 8 + s] += y[UNAWARE * 8 + s];
    z[LAPSED * 8 + s] += y[LAPSED * 8 + s];
  }
  const out: DayOutcome = { next: z, orders: 0, revenue: 0, margin: 0 };
  const stageMult = [0, params.stageMultExposed, params.stageMultFollower, params.stageMultContact, params.stageMultGroup];
  const promoDepth = map.promoToday ? params.couponDepth : 0;
  for (const stage of ACTIVE) {
    const inPrivate = stage !== EXPOSED;
    const buy = Math.min(1, params.purchaseRate * stageMult[stage] * tm * (inPrivate && map.promoToday ? promotionUplift(params) : 1));
    const service = inPrivate ? map.serviceChance : 0;
    const close = Math.min(1, params.serviceCloseRate * tm);
    const ordersPerAgent = buy + service * close;
    const noOrder = (1 - buy) * (1 - service * close);
    const price = params.orderValue * (inPrivate ? 1 - promoDepth : 1);
    const unitMargin = params.orderValue * (params.grossMargin - (inPrivate ? promoDepth : 0));
    for (let a = 0; a < 2; a++)
      for (let c = 0; c < 2; c++)
        for (let b = 0; b < 2; b++) {
          const mass = y[index(stage, a, c, b)];
          if (mass === 0) continue;
          out.orders += mass * ordersPerAgent;
          out.revenue += mass * ordersPerAgent * price;
          out.margin += mass * ordersPerAgent * unitMargin;
          // Split by whether the agent has bought by now, then apply the transition.
          if (b === 1) transition(z, stage, a, c, 1, mass, service, params, tm);
          else {
            transition(z, stage, a, c, 0, mass * noOrder, service, params, tm);
            transition(z, stage, a, c, 1, mass * (1 - noOrder), service, params, tm);
          }
        }
  }
  // Lapsed agents (including today's) buy through public channels, trust not applied.
  const lapsedBuy = Math.min(1, params.purchaseRate * params.stageMultLapsed);
  for (let a = 0; a < 2; a++)
    for (let c = 0; c < 2; c++)
      for (let b = 0; b < 2; b++) {
        const from = index(LAPSED, a, c, b);
        const mass = z[from];
        out.orders += mass * lapsedBuy;
        out.revenue += mass * lapsedBuy * params.orderValue;
        out.margin += mass * lapsedBuy * params.orderValue * params.grossMargin;
        if (b === 0) {
          z[from] -= mass * lapsedBuy;
          z[index(LAPSED, a, c, 1)] += mass * lapsedBuy;
        }
      }
  return out;
}

/**
 * The run result with the twin's curves attached when the twin applies to its parameters,
 * and `expected: null` otherwise.
 */
export function withExpected(result: RunResult): RunResult {
  if (twinLimitations(result.params).length > 0) return { ...result, expected: null };
  const twin = expectedValue(result.params);
  return { ...result, expected: { ltvRevenue: twin.ltvRevenue, customers: twin.customers } };
}

/** Runs the twin over the horizon. Meaningful when `twinLimitations(params)` is empty. */
export function expectedValue(params: Params): TwinSeries {
  const H = params.horizonDays;
  const N = params.population;
  const withLtv = H <= LTV_MAX_HORIZON;
  const out: TwinSeries = {
    stages: Array.from({ length: STAGE_COUNT }, () => new Float64Array(H)),
    customers: new Float64Array(H),
    orders: new Float64Array(H),
    revenue: new Float64Array(H),
    margin: new Float64Array(H),
    leads: new Float64Array(H),
    ltvRevenue: withLtv ? new Float64Array(H) : null,
  };
  // With trust constant, every agent's trust is the initial trust (equal on all channels, or
  // irrelevant when the sensitivity is 0 and no threshold separates channels).
  const trust = params.trustInitPaid;
  const tm = trustMultiplier(params.trustSensitivity, trust);
  const isFan = trust >= params.tierAffinity;
  const canRefer = trust >= params.referralTrustThreshold;
  const existing = Math.round(params.initialFollowerShare * N);

  // The whole population, and (for the LTV) the part acquired on each day: cohort 0 starts
  // with the existing followers.
  let x: Float64Array = new Float64Array(STATES);
  x[FRESH] = N - existing;
  x[index(FOLLOWER, 1, 0, 0)] += existing;
  const cohorts: Float64Array[] = [];
  const cohortSize = new Float64Array(H);
  const revenueByCohortAge: Float64Array[] = [];
  if (withLtv) {
    const first = new Float64Array(STATES);
    first[index(FOLLOWER, 1, 0, 0)] = existing;
    cohorts.push(first);
    cohortSize[0] = existing;
    revenueByCohortAge.push(new Float64Array(H));
  }

  let privateMembers = existing;
  let activeFans = existing > 0 && params.trustInitOrganic >= params.tierAffinity ? existing : 0;
  let eligible = 0;
  for (let day = 0; day < H; day++) {
    // The day's probabilities, from yesterday's totals and the pool as exposure proceeds.
    const scanned = 1 - Math.pow(1 - params.offlineScanRate / N, storeVisitors(params));
    const referred = 1 - Math.pow(1 - referralProbability(params) / N, eligible);
    let unaware = 0;
    for (let s = 0; s < 8; s++) unaware += x[UNAWARE * 8 + s] * (1 - scanned);
    unaware -= x[FRESH] * (1 - scanned) * referred;
    const paid = paidExposure(params, unaware, N);
    const organic = organicExposure(params, activeFans, N);
    const map: DayMap = {
      scanned,
      referred,
      paid: paid.leadProbability,
      organic: organic.leadProbability,
      lapsedBack: -Math.expm1(-params.lapsedReexposure * (paid.hazard + organic.hazard)),
      serviceChance: conversationProbability(params, privateMembers),
      promoToday: eventsOnDay(params.promotionsPerMonth / 30, day) > 0,
    };

    const whole = applyDay(x, map, params, tm);
    out.leads[day] = x[FRESH] - whole.next[FRESH];
    out.orders[day] = whole.orders;
    out.revenue[day] = whole.revenue;
    out.margin[day] = whole.margin;

    if (withLtv) {
      // Existing cohorts age a day; today's leads (the fresh mass that left) join cohort `day`.
      for (let c = 0; c < cohorts.length; c++) {
        const step = applyDay(cohorts[c], map, params, tm);
        cohorts[c] = step.next;
        revenueByCohortAge[c][day - c] += step.revenue;
      }
      const fresh = new Float64Array(STATES);
      fresh[FRESH] = x[FRESH];
      const newcomers = applyDay(fresh, map, params, tm);
      newcomers.next[FRESH] = 0;
      if (day === 0) {
        for (let s = 0; s < STATES; s++) cohorts[0][s] += newcomers.next[s];
        revenueByCohortAge[0][0] += newcomers.revenue;
      } else {
        cohorts.push(newcomers.next);
        revenueByCohortAge.push(new Float64Array(H));
        revenueByCohortAge[day][0] += newcomers.revenue;
      }
      cohortSize[day] += out.leads[day];
    }

    x = whole.next;
    privateMembers = 0;
    activeFans = 0;
    eligible = 0;
    for (let stage = 0; stage < STAGE_COUNT; stage++) {
      for (let s = 0; s < 8; s++) {
        const mass = x[stage * 8 + s];
        out.stages[stage][day] += mass;
        if (s & 1) out.customers[day] += mass;
        if (stage === FOLLOWER || stage === CONTACT || stage === GROUP) {
          privateMembers += mass;
          if (stage === GROUP || isFan) activeFans += mass;
        }
        if (stage >= EXPOSED && stage <= GROUP && s & 1 && canRefer) eligible += mass;
      }
    }
  }

  if (out.ltvRevenue) {
    // Each age's revenue over the users observed at that age (acquired on days 0..H−1−age).
    let cumulative = 0;
    let observed = 0;
    let lastCohort = -1;
    for (let age = 0; age < H; age++) {
      const through = H - 1 - age;
      if (lastCohort !== through) {
        observed = 0;
        for (let c = 0; c <= through; c++) observed += cohortSize[c];
        lastCohort = through;
      }
      let revenue = 0;
      for (let c = 0; c <= through; c++) revenue += revenueByCohortAge[c][age];
      cumulative += observed > 0 ? revenue / observed : NaN;
      out.ltvRevenue[age] = cumulative;
    }
  }
  return out;
}

/** Adds `mass × (clamp(cumulative) − clamp(previous))` to z[target]: one threshold band of a uniform. */
function band(z: Float64Array, target: number, mass: number, previous: number, cumulative: number): number {
  const share = Math.min(1, Math.max(0, cumulative)) - Math.min(1, Math.max(0, previous));
  z[target] += mass * share;
  return share;
}

/** One active stage's competing transitions, as thresholds on one uniform (as the agents do). */
function transition(
  z: Float64Array,
  stage: number,
  acquired: number,
  contact: number,
  bought: number,
  mass: number,
  service: number,
  params: Params,
  tm: number,
): void {
  const here = index(stage, acquired, contact, bought);
  const lapsed = index(LAPSED, acquired, contact, bought);
  if (stage === EXPOSED) {
    const follow = params.followRate * tm;
    let used = band(z, index(FOLLOWER, acquired, contact, bought), mass, 0, follow);
    used += band(z, index(UNAWARE, 1, contact, bought), mass, follow, follow + params.forgetRate);
    z[here] += mass * (1 - used);
    return;
  }
  const unfollow = params.unfollowRate;
  if (stage === GROUP) {
    let used = band(z, lapsed, mass, 0, unfollow);
    used += band(z, index(contact ? CONTACT : FOLLOWER, acquired, contact, bought), mass, unfollow, unfollow + params.groupLeaveRate);
    z[here] += mass * (1 - used);
    return;
  }
  const join = params.groupInviteRate * tm;
  const group = index(GROUP, acquired, contact, bought);
  if (stage === CONTACT) {
    let used = band(z, lapsed, mass, 0, unfollow);
    used += band(z, group, mass, unfollow, unfollow + join);
    z[here] += mass * (1 - used);
    return;
  }
  // Follower: not serviced → a DM may open a contact; serviced → a contact unless another event.
  const asContact = index(CONTACT, acquired, 1, bought);
  for (const [m, dm, rest] of [
    [mass * (1 - service), params.dmRate * tm, here],
    [mass * service, 0, asContact],
  ] as const) {
    let used = band(z, lapsed, m, 0, unfollow);
    used += band(z, group, m, unfollow, unfollow + join);
    used += band(z, asContact, m, unfollow + join, unfollow + join + dm);
    z[rest] += m * (1 - used);
  }
}
