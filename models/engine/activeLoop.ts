/**
 * The active loop of a day (docs/model.md#the-day-in-order, step 3): every exposed agent,
 * follower, contact and group member, in memory order: touches → trust (gain, fatigue on the
 * rolling window, or decay toward rest) → at most one order (the need state) → one competing
 * stage transition. Forgetting and lapsing move the agent to its idle pool on the spot; asking
 * to join a group marks it (FLAG_JOIN_PENDING) for the fair resolution after the loop. Kept
 * apart from the rest of the day (engine/simulation.ts) so the hot code is small, compiles
 * sooner and better, and reads everything through locals.
 */
import type { Params } from '../params/schema.ts';
import type { Rng } from '../random/rng.ts';
import { Population, FLAG_HAD_CONTACT, FLAG_JOIN_PENDING } from '../agents/population.ts';
import { CONTACT, EXPOSED, FOLLOWER, GROUP, LAPSED, REFERRAL, STAGE_COUNT, UNAWARE } from '../stages.ts';
import { TRUST_BINS, type ServiceTarget } from '../operations/index.ts';
import type { Recorder } from './recorder.ts';
import { ORDER_NEW_CUSTOMER, ORDER_REFERRAL_CONVERSION, placeOrder } from './orders.ts';

/** What the loop reads and writes. */
export interface ActiveState {
  params: Params;
  population: Population;
  recorder: Recorder;
  rng: Rng;
  /** Filled with today's private-domain agents by trust bin (cleared by the caller). */
  trustHistogram: Int32Array;
}

/** Today's operations, scheduled before the loop. */
export interface Today {
  day: number;
  /** Content pushes sent today. */
  contentPushesToday: number;
  /** Events held in every group today. */
  groupEventsToday: number;
  /** Whether a promotion is announced today. */
  promoToday: boolean;
  /** Who gets a conversation today. */
  target: ServiceTarget;
  /** Whether the merchant runs any group (joining is possible). */
  groupsRun: boolean;
  /** Room left on the staff's contact lists, agents. */
  contactFree: number;
}

/** End-of-day counts of the active agents (stage counts are kept by the recorder's `flow`). */
export interface DayCounts {
  /** Private-domain agents at or above each tier threshold. */
  atLeastAffinity: number;
  atLeastTrueLove: number;
  /** Active fans before today's joins: at or above affinity, or in a group. */
  activeFans: number;
  /** Customers with trust at or above the referral threshold, not lapsed. */
  eligible: number;
  /** Agents who placed their first order ever today. */
  newCustomers: number;
  /** Referred members who placed their first order today (rewards due; already recorded). */
  referralConversions: number;
  /** Agents asking to join a group today (FLAG_JOIN_PENDING set). */
  joinRequests: number;
}

const NIBBLES = 0x0f0f0f0f;
/** Seven days of four bits. */
const WINDOW_MASK = 0x0fffffff;

export function visitActive(state: ActiveState, today: Today): DayCounts {
  const { params, population: pop, recorder: rec, rng, trustHistogram } = state;
  const { day, contentPushesToday, groupEventsToday, promoToday, target, groupsRun } = today;
  let contactFree = today.contactFree;
  const stageArr = pop.stage;
  const flagsArr = pop.flags;
  const trustArr = pop.trust;
  const purchasesArr = pop.purchases;
  const lastOrderArr = pop.lastOrderDay;
  const ringArr = pop.touchRing;
  const lastTouchArr = pop.lastTouchDay;
  const acquiredArr = pop.acquiredDay;
  const w = params.agentWeight;

  const reach = params.followerReach;
  const engagement = params.groupEngagement;
  const gain = params.trustGain;
  const gainPurchase = params.trustGainPurchase;
  const decay = params.trustDecay;
  const rest = params.trustRest;
  const reference = params.trustReference;
  const slope = 2 * params.trustSensitivity;
  const penalty = params.fatiguePenalty;
  const tolerance = params.fatigueTolerance;
  const keepAfterExcess = 1 - params.fatigueExitRate;
  const firstRate = params.firstPurchaseRate;
  const repeatRate = params.purchaseRate;
  const gap = params.minRepurchaseGapDays;
  const window = params.attributionDays;
  const stageMult = new Float64Array(STAGE_COUNT);
  stageMult[EXPOSED] = params.stageMultExposed;
  stageMult[FOLLOWER] = params.stageMultFollower;
  stageMult[CONTACT] = params.stageMultContact;
  stageMult[GROUP] = params.stageMultGroup;
  const promoMult = 1 + params.couponUplift * params.couponDepth;
  const touchConversion = params.touchConversion;
  const closeRate = params.serviceCloseRate;
  const badRate = params.badExperienceRate;
  const badKeep = 1 - params.badExperienceLoss;
  const orderValue = params.orderValue;
  const depth = params.couponDepth;
  const promoPrice = orderValue * (1 - depth);
  const promoMargin = orderValue * (params.grossMargin - depth);
  const listMargin = orderValue * params.grossMargin;
  const referralReward = w * params.referralReward;
  const followRate = params.followRate;
  const forgetRate = params.forgetRate;
  const unfollowRate = params.unfollowRate;
  const leaveRate = params.groupLeaveRate;
  const joinRate = groupsRun ? params.groupInviteRate : 0;
  const dmRate = params.dmRate;
  const affinity = params.tierAffinity;
  const trueLove = params.tierTrueLove;
  const referThreshold = params.referralTrustThreshold;
  const randomService = target.chance > 0;
  const serviceBin = target.bin;
  const serviceFraction = target.fraction;

  // A quiet visit's bound on its transitions, by stage, without touches (so without fatigue
  // or a conversation): base + slope × trust multiplier.
  const quietBase = new Float64Array(STAGE_COUNT);
  const quietSlope = new Float64Array(STAGE_COUNT);
  quietBase[EXPOSED] = forgetRate;
  quietSlope[EXPOSED] = followRate;
  quietBase[FOLLOWER] = unfollowRate;
  quietBase[CONTACT] = unfollowRate;
  quietBase[GROUP] = unfollowRate + leaveRate;
  quietSlope[FOLLOWER] = joinRate + (contactFree > 0 ? dmRate : 0);
  quietSlope[CONTACT] = joinRate;

  // Counted without branches on trust (it varies agent to agent, so branches mispredict):
  // private agents at or above each tier threshold (the rule of `tierOf`, trust/trust.ts),
  // and group members below affinity.
  let atLeastAffinity = 0;
  let atLeastTrueLove = 0;
  let groupBelowAffinity = 0;
  let eligible = 0;
  let newCustomers = 0;
  let referralConversions = 0;
  let joinRequests = 0;

  // Random targeting: conversations land on private-domain agents independently with
  // `chance`, so the gap to the next one is geometric and a countdown replaces a draw for
  // every agent.
  const serviceChance = target.chance;
  const serviceLogQ = serviceChance > 0 && serviceChance < 1 ? Math.log1p(-serviceChance) : 0;
  let untilService = randomService ? serviceGap(rng, serviceChance, serviceLogQ) : Infinity;

  // Active slots in memory order. An agent who forgets swaps with the first active slot
  // (already visited) and the loop moves on; one who lapses swaps with the last active slot
  // (not yet visited), which is then visited in its place.
  let agent = pop.unawareEnd;
  while (agent < pop.activeEnd) {
    const stage = stageArr[agent];
    let trust = trustArr[agent];
    const inPrivate = stage >= FOLLOWER;

    // Touches today, then trust.
    let content = 0;
    let promoSeen = 0;
    let serviced = 0;
    if (inPrivate) {
      // Added, not branched on: each outcome is a coin toss that a branch would mispredict.
      for (let k = 0; k < contentPushesToday; k++) content += +(rng.next() < reach);
      if (stage === GROUP) for (let k = 0; k < groupEventsToday; k++) content += +(rng.next() < engagement);
      if (promoToday) promoSeen = +(rng.next() < reach);
      if (randomService) {
        if (untilService === 0) {
          serviced = 1;
          untilService = serviceGap(rng, serviceChance, serviceLogQ);
        } else untilService--;
      } else if (serviceBin < TRUST_BINS) {
        let bin = (trust * TRUST_BINS) | 0;
        if (bin >= TRUST_BINS) bin = TRUST_BINS - 1;
        if (bin > serviceBin || (bin === serviceBin && rng.next() < serviceFraction)) serviced = 1;
      }
    }
    const touches = content + promoSeen + serviced;
    let excess = 0;
    if (touches > 0) {
      // The rolling window: shift yesterday's nibbles along, drop what is 7 days old.
      const since = day - lastTouchArr[agent];
      let ring = since >= 7 ? 0 : (ringArr[agent] << (since << 2)) & WINDOW_MASK;
      const pairs = (ring & NIBBLES) + ((ring >>> 4) & NIBBLES);
      let count = Math.imul(pairs, 0x01010101) >>> 24;
      for (let k = 0; k < touches; k++) {
        count++;
        if (count <= tolerance) trust += gain * (1 - trust);
        else {
          trust -= penalty * trust;
          excess++;
        }
      }
      ring |= touches > 15 ? 15 : touches;
      ringArr[agent] = ring;
      lastTouchArr[agent] = day;
    } else {
      trust += decay * (rest - trust);
    }

    // The need state, then at most one order.
    let multiplier = 1 + slope * (trust - reference);
    if (multiplier < 0) multiplier = 0;
    const bought = purchasesArr[agent] > 0;
    const canBuy = !bought || day - lastOrderArr[agent] >= gap;
    const buy = canBuy ? (bought ? repeatRate : firstRate) * stageMult[stage] * multiplier * (promoSeen ? promoMult : 1) : 0;
    // One uniform decides the order, then (rescaled to [0, 1), independent of it) the stage
    // transition below: one draw where two were.
    let u = rng.next();
    // Most visits are quiet: no touch today, and u clears every order and transition
    // threshold. Their sum bounds them all (widened for rounding), so a quiet visit skips the
    // tests below with the same draws and the same outcome.
    let next = stage;
    if (touches > 0 || u < (buy + quietBase[stage] + quietSlope[stage] * multiplier) * (1 + 1e-9) + 1e-12) {
      let order = buy < 1 ? buy : 1;
      if (canBuy && touches > 0) {
        let none = 1 - order;
        const seen = content + promoSeen;
        if (seen > 0) {
          const perTouch = touchConversion * multiplier;
          const miss = perTouch < 1 ? 1 - perTouch : 0;
          for (let k = 0; k < seen; k++) none *= miss;
        }
        if (serviced) {
          const close = closeRate * multiplier;
          none *= close < 1 ? 1 - close : 0;
        }
        order = 1 - none;
      }
      if (u < order) {
        u /= order;
        const attributed = day - lastTouchArr[agent] < window;
        const result = placeOrder(pop, rec, agent, day, promoSeen ? promoPrice : orderValue,
          promoSeen ? promoMargin : listMargin, promoSeen ? orderValue - promoPrice : 0, attributed);
        if (result & ORDER_NEW_CUSTOMER) newCustomers++;
        if (result & ORDER_REFERRAL_CONVERSION) {
          referralConversions++;
          rec.acquisitionSpend(acquiredArr[agent], REFERRAL, referralReward);
        }
        if (rng.next() < badRate) trust *= badKeep;
        else trust += gainPurchase * (1 - trust);
      } else if (order > 0) u = (u - order) / (1 - order);

      // One competing transition.
      if (stage === EXPOSED) {
        const follow = followRate * multiplier;
        if (u < follow) next = FOLLOWER;
        else if (u < follow + forgetRate) next = UNAWARE;
      } else {
        const fatigueExit = excess > 0 ? 1 - Math.pow(keepAfterExcess, excess) : 0;
        if (stage === GROUP) {
          const leave = 1 - (1 - leaveRate) * (1 - fatigueExit);
          if (u < unfollowRate) next = LAPSED;
          else if (u < unfollowRate + leave) next = flagsArr[agent] & FLAG_HAD_CONTACT ? CONTACT : FOLLOWER;
        } else {
          const unfollow = 1 - (1 - unfollowRate) * (1 - fatigueExit);
          const join = joinRate * multiplier;
          const dm = stage === FOLLOWER && serviced === 0 && contactFree > 0 ? dmRate * multiplier : 0;
          if (u < unfollow) next = LAPSED;
          else if (u < unfollow + join) {
            flagsArr[agent] |= FLAG_JOIN_PENDING;
            joinRequests++;
          } else if (u < unfollow + join + dm || (serviced && stage === FOLLOWER && contactFree > 0)) {
            next = CONTACT;
            if (--contactFree === 0) quietSlope[FOLLOWER] = joinRate;
          }
        }
      }
    }
    if (trust < 0) trust = 0;
    else if (trust > 1) trust = 1;
    trustArr[agent] = trust;

    if (next !== stage) {
      rec.flow(stage, next, pop.cohortOf(agent));
      stageArr[agent] = next;
      if (next === CONTACT) flagsArr[agent] |= FLAG_HAD_CONTACT;
      else if (next === UNAWARE) {
        pop.idleSince[pop.activeToUnaware(agent)] = day;
        agent++;
        continue;
      } else if (next === LAPSED) {
        pop.idleSince[pop.activeToLapsed(agent)] = day;
        continue;
      }
    }

    // End-of-day bookkeeping for agents still active.
    if (next !== EXPOSED) {
      const fan = +(trust >= affinity);
      atLeastAffinity += fan;
      atLeastTrueLove += +(trust >= trueLove);
      groupBelowAffinity += +(next === GROUP) & (fan ^ 1);
      let bin = (trust * TRUST_BINS) | 0;
      if (bin >= TRUST_BINS) bin = TRUST_BINS - 1;
      trustHistogram[bin]++;
    }
    eligible += +(trust >= referThreshold) & +(purchasesArr[agent] > 0);
    agent++;
  }

  return {
    atLeastAffinity,
    atLeastTrueLove,
    activeFans: atLeastAffinity + groupBelowAffinity,
    eligible,
    newCustomers,
    referralConversions,
    joinRequests,
  };
}

/**
 * Agents to skip before the next conversation: Geometric(chance), from log(1 − chance).
 * A function of its own, not a closure made per call: V8 deoptimises the hot loop when a call
 * site sees a new closure ("wrong call target").
 */
function serviceGap(rng: Rng, chance: number, logQ: number): number {
  return chance >= 1 ? 0 : chance > 0 ? Math.floor(Math.log(1 - rng.next()) / logQ) : Infinity;
}
