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
}

const STATES = STAGE_COUNT * 8;
const index = (stage: number, acquired: number, contact: number, bought: number) =>
  stage * 8 + acquired * 4 + contact * 2 + bought;

/** Runs the twin over the horizon. Meaningful when `twinLimitations(params)` is empty. */
export function expectedValue(params: Params): TwinSeries {
  const H = params.horizonDays;
  const N = params.population;
  const out: TwinSeries = {
    stages: Array.from({ length: STAGE_COUNT }, () => new Float64Array(H)),
    customers: new Float64Array(H),
    orders: new Float64Array(H),
    revenue: new Float64Array(H),
    margin: new Float64Array(H),
    leads: new Float64Array(H),
  };
  // With trust constant, every agent's trust is the initial trust (equal on all channels, or
  // irrelevant when the sensitivity is 0 and no threshold separates channels).
  const trust = params.trustInitPaid;
  const tm = trustMultiplier(params.trustSensitivity, trust);
  let x = new Float64Array(STATES);
  const existing = Math.round(params.initialFollowerShare * N);
  x[index(UNAWARE, 0, 0, 0)] = N - existing;
  x[index(FOLLOWER, 1, 0, 0)] += existing;
  let privateMembers = existing;
  let activeFans = existing > 0 && params.trustInitOrganic >= params.tierAffinity ? existing : 0;
  let eligible = 0;
  const isFan = trust >= params.tierAffinity;
  const canRefer = trust >= params.referralTrustThreshold;

  const move = (y: Float64Array, from: number, to: number, mass: number) => {
    y[from] -= mass;
    y[to] += mass;
  };

  for (let day = 0; day < H; day++) {
    const y = Float64Array.from(x);
    let leads = 0;
    const promoToday = eventsOnDay(params.promotionsPerMonth / 30, day) > 0;
    const serviceChance = conversationProbability(params, privateMembers);

    // Offline scans: an agent is scanned at least once with 1 − (1 − rate/N)^visitors.
    const scanned = 1 - Math.pow(1 - params.offlineScanRate / N, storeVisitors(params));
    if (scanned > 0) {
      for (const stage of [UNAWARE, EXPOSED, LAPSED]) {
        for (let a = 0; a < 2; a++)
          for (let c = 0; c < 2; c++)
            for (let b = 0; b < 2; b++) {
              const from = index(stage, a, c, b);
              const mass = x[from] * scanned;
              if (mass === 0) continue;
              if (stage === UNAWARE && a === 0) leads += mass;
              move(y, from, index(CONTACT, 1, 1, b), mass * params.offlineContactShare);
              move(y, from, index(FOLLOWER, 1, c, b), mass * (1 - params.offlineContactShare));
            }
      }
    }
    // Referrals: each never-reached agent is hit with 1 − (1 − r/N)^eligible.
    const referred = 1 - Math.pow(1 - referralProbability(params) / N, eligible);
    const fresh = index(UNAWARE, 0, 0, 0);
    if (referred > 0) {
      const mass = y[fresh] * referred;
      move(y, fresh, index(EXPOSED, 1, 0, 0), mass);
      leads += mass;
    }
    // Paid, then organic, over the unaware pool as it stands.
    let unaware = 0;
    for (let s = 0; s < 8; s++) unaware += y[index(UNAWARE, 0, 0, 0) + s];
    const paid = paidExposure(params, unaware, N);
    const organicProb = (p: number) => {
      for (let a = 0; a < 2; a++)
        for (let c = 0; c < 2; c++)
          for (let b = 0; b < 2; b++) {
            const from = index(UNAWARE, a, c, b);
            const mass = y[from] * p;
            if (a === 0) leads += mass;
            move(y, from, index(EXPOSED, 1, c, b), mass);
          }
    };
    organicProb(paid.leadProbability);
    const organic = organicExposure(params, activeFans, N);
    organicProb(organic.leadProbability);
    const lapsedBack = -Math.expm1(-params.lapsedReexposure * (paid.hazard + organic.hazard));
    for (let s = 0; s < 8; s++) move(y, LAPSED * 8 + s, EXPOSED * 8 + s, y[LAPSED * 8 + s] * lapsedBack);

    // The active step: purchases (independent of the transition), then one transition.
    const z = new Float64Array(STATES);
    for (let s = 0; s < 8; s++) {
      z[UNAWARE * 8 + s] += y[UNAWARE * 8 + s];
      z[LAPSED * 8 + s] += y[LAPSED * 8 + s];
    }
    const stageMult = [0, params.stageMultExposed, params.stageMultFollower, params.stageMultContact, params.stageMultGroup];
    const promoDepth = promoToday ? params.couponDepth : 0;
    for (const stage of [EXPOSED, FOLLOWER, CONTACT, GROUP]) {
      const inPrivate = stage !== EXPOSED;
      const buy = Math.min(1, params.purchaseRate * stageMult[stage] * tm * (inPrivate && promoToday ? promotionUplift(params) : 1));
      const service = inPrivate ? serviceChance : 0;
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
            out.orders[day] += mass * ordersPerAgent;
            out.revenue[day] += mass * ordersPerAgent * price;
            out.margin[day] += mass * ordersPerAgent * unitMargin;
            // Split by whether the agent has bought by now, then apply the transition.
            const parts: [number, number][] = b === 1 ? [[1, mass]] : [[0, mass * noOrder], [1, mass * (1 - noOrder)]];
            for (const [bought, m] of parts) transition(z, stage, a, c, bought, m, service, params, tm);
          }
    }
    // Lapsed agents (including today's) buy through public channels, trust not applied.
    const lapsedBuy = Math.min(1, params.purchaseRate * params.stageMultLapsed);
    for (let a = 0; a < 2; a++)
      for (let c = 0; c < 2; c++)
        for (let b = 0; b < 2; b++) {
          const mass = z[index(LAPSED, a, c, b)];
          out.orders[day] += mass * lapsedBuy;
          out.revenue[day] += mass * lapsedBuy * params.orderValue;
          out.margin[day] += mass * lapsedBuy * params.orderValue * params.grossMargin;
          if (b === 0) move(z, index(LAPSED, a, c, 0), index(LAPSED, a, c, 1), mass * lapsedBuy);
        }

    x = z;
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
    out.leads[day] = leads;
  }
  return out;
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
  const at = (s: number, c = contact) => index(s, acquired, c, bought);
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const events = (thresholds: [number, number][]) => {
    let previous = 0;
    let cumulative = 0;
    let used = 0;
    for (const [p, target] of thresholds) {
      cumulative += p;
      const share = clamp(cumulative) - clamp(previous);
      previous = cumulative;
      z[target] += mass * share;
      used += share;
    }
    return used;
  };
  if (stage === EXPOSED) {
    const used = events([
      [params.followRate * tm, at(FOLLOWER)],
      [params.forgetRate, index(UNAWARE, 1, contact, bought)],
    ]);
    z[at(EXPOSED)] += mass * (1 - used);
    return;
  }
  if (stage === GROUP) {
    const used = events([
      [params.unfollowRate, at(LAPSED)],
      [params.groupLeaveRate, contact ? at(CONTACT) : at(FOLLOWER)],
    ]);
    z[at(GROUP)] += mass * (1 - used);
    return;
  }
  const join = params.groupInviteRate * tm;
  if (stage === CONTACT) {
    const used = events([
      [params.unfollowRate, at(LAPSED)],
      [join, at(GROUP)],
    ]);
    z[at(CONTACT)] += mass * (1 - used);
    return;
  }
  // Follower: not serviced → DM may open a contact; serviced → a contact unless another event.
  const unserved = mass * (1 - service);
  const served = mass * service;
  const follower = (m: number, dm: number, rest: number) => {
    let previous = 0;
    let cumulative = 0;
    let used = 0;
    for (const [p, target] of [
      [params.unfollowRate, at(LAPSED)],
      [join, at(GROUP)],
      [dm, at(CONTACT, 1)],
    ] as [number, number][]) {
      cumulative += p;
      const share = clamp(cumulative) - clamp(previous);
      previous = cumulative;
      z[target] += m * share;
      used += share;
    }
    z[rest] += m * (1 - used);
  };
  follower(unserved, params.dmRate * tm, at(FOLLOWER));
  follower(served, 0, at(CONTACT, 1));
}
