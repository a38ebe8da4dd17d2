/**
 * The active loop of a day: every exposed agent, follower, contact and group member, in
 * memory order: touches → trust (gain, decay, fatigue) → purchases → one competing stage
 * transition, with exits to the idle pools made on the spot. Kept apart from the rest of the
 * day (engine/simulation.ts) so the hot code is small, compiles sooner and better, and reads
 * everything through locals.
 */
import type { Params } from '../params/schema.ts';
import type { Rng } from '../random/rng.ts';
import {
  Population,
  FLAG_EVER_GROUP,
  FLAG_HAD_CONTACT,
} from '../agents/population.ts';
import { CONTACT, EXPOSED, FOLLOWER, GROUP, LAPSED, STAGE_COUNT, UNAWARE } from '../stages.ts';
import { promotionUplift } from '../operations/index.ts';
import type { Recorder } from './recorder.ts';
import { placeOrder } from './orders.ts';

/** What the loop reads and writes. */
export interface ActiveState {
  params: Params;
  population: Population;
  recorder: Recorder;
  rng: Rng;
  /** Agents who have ever bought, before today. */
  customers: number;
}

/** Today's operations, scheduled before the loop. */
export interface Today {
  day: number;
  pushesToday: number;
  groupEventsToday: number;
  promoToday: boolean;
  /** Chance that one private-domain agent gets a conversation today. */
  serviceChance: number;
  /** Group seats still free. */
  seatsFree: number;
}

/**
 * End-of-day counts of the private-domain agents still active, by trust, and customers so far.
 * (Stage counts are kept by the recorder's `flow` as agents move.)
 */
export interface DayCounts {
  tierPasserby: number;
  tierAffinity: number;
  tierTrueLove: number;
  activeFans: number;
  eligible: number;
  customers: number;
}

export function visitActive(state: ActiveState, today: Today): DayCounts {
  const { params, population: pop, recorder: rec, rng } = state;
  const { day, pushesToday, groupEventsToday, promoToday, serviceChance } = today;
  let seatsFree = today.seatsFree;
  const week = (day / 7) | 0;
  const stageArr = pop.stage;
  const flagsArr = pop.flags;
  const trustArr = pop.trust;
  const purchasesArr = pop.purchases;
  const touchCountArr = pop.touchCount;
  const touchWeekArr = pop.touchWeek;

  const reach = params.followerReach;
  const engagement = params.groupEngagement;
  const gain = params.trustGain;
  const decay = params.trustDecay;
  const penalty = params.fatiguePenalty;
  const tolerance = params.fatigueTolerance;
  const keepAfterExcess = 1 - params.fatigueExitRate;
  const sensitivity = params.trustSensitivity;
  const base = 1 - sensitivity;
  const slope = 2 * sensitivity;
  const purchaseRate = params.purchaseRate;
  const stageMult = [0, params.stageMultExposed, params.stageMultFollower, params.stageMultContact, params.stageMultGroup, 0];
  const promoMult = promoToday ? promotionUplift(params) : 1;
  const closeRate = params.serviceCloseRate;
  const badRate = params.badExperienceRate;
  const badKeep = 1 - params.badExperienceLoss;
  const orderValue = params.orderValue;
  const depth = promoToday ? params.couponDepth : 0;
  const promoPrice = orderValue * (1 - depth);
  const promoMargin = orderValue * (params.grossMargin - depth);
  const listMargin = orderValue * params.grossMargin;
  const followRate = params.followRate;
  const forgetRate = params.forgetRate;
  const unfollowRate = params.unfollowRate;
  const leaveRate = params.groupLeaveRate;
  const joinRate = params.groupInviteRate;
  const dmRate = params.dmRate;
  const affinity = params.tierAffinity;
  const trueLove = params.tierTrueLove;
  const referThreshold = params.referralTrustThreshold;

  // A quiet visit's bound on its transitions, by stage, without touches (so without fatigue):
  // base + slope × trust multiplier. Joining a group is possible while seats are free, and the
  // bound drops it when they run out: left in, it sent more followers' and contacts' visits to
  // the full tests while the groups are full, and the default run took ~8% longer (measured).
  const quietBase = new Float64Array(STAGE_COUNT);
  const quietSlope = new Float64Array(STAGE_COUNT);
  quietBase[EXPOSED] = forgetRate;
  quietSlope[EXPOSED] = followRate;
  quietBase[FOLLOWER] = unfollowRate;
  quietBase[CONTACT] = unfollowRate;
  quietBase[GROUP] = unfollowRate + leaveRate;
  quietSlope[FOLLOWER] = (seatsFree > 0 ? joinRate : 0) + dmRate;
  quietSlope[CONTACT] = seatsFree > 0 ? joinRate : 0;

  // Counted without branches on trust (it varies agent to agent, so branches mispredict):
  // private agents at or above each tier threshold (the rule of `tierOf`, trust/trust.ts),
  // and group members below affinity.
  let atLeastAffinity = 0;
  let atLeastTrueLove = 0;
  let groupBelowAffinity = 0;
  let eligible = 0;
  let customers = state.customers;

  // Conversations land on private-domain agents independently with `serviceChance`: the
  // gap to the next one is geometric, so a countdown replaces a draw for every agent.
  const serviceLogQ = serviceChance > 0 && serviceChance < 1 ? Math.log1p(-serviceChance) : 0;
  let untilService = serviceGap(rng, serviceChance, serviceLogQ);

  // Active slots in memory order. An agent who forgets swaps with the first active slot
  // (already visited) and the loop moves on; one who lapses swaps with the last active slot
  // (not yet visited), which is then visited in its place.
  let agent = pop.unawareEnd;
  while (agent < pop.activeEnd) {
    const stage = stageArr[agent];
    let trust = trustArr[agent];
    const inPrivate = stage >= FOLLOWER;

    // Touches today, then trust.
    let touches = 0;
    let serviced = false;
    if (inPrivate) {
      // Added, not branched on: each outcome is a coin toss (reach 0.3, engagement 0.5) that a
      // branch would mispredict about half the time.
      for (let k = 0; k < pushesToday; k++) touches += +(rng.next() < reach);
      if (stage === GROUP) for (let k = 0; k < groupEventsToday; k++) touches += +(rng.next() < engagement);
      if (promoToday) touches += +(rng.next() < reach);
      if (untilService === 0) {
        touches++;
        serviced = true;
        untilService = serviceGap(rng, serviceChance, serviceLogQ);
      } else untilService--;
    }
    let excess = 0;
    if (touches > 0) {
      let count = touchWeekArr[agent] === week ? touchCountArr[agent] : 0;
      for (let k = 0; k < touches; k++) {
        count++;
        if (count <= tolerance) trust += gain * (1 - trust);
        else {
          trust -= penalty * trust;
          excess++;
        }
      }
      touchCountArr[agent] = count > 255 ? 255 : count;
      touchWeekArr[agent] = week;
    } else {
      trust -= decay * trust;
    }

    // Purchases.
    const multiplier = base + slope * trust;
    // One uniform decides the purchase, then (rescaled to [0, 1), independent of it) the
    // stage transition below: one draw where two were.
    let u = rng.next();
    const buy = purchaseRate * stageMult[stage] * multiplier * (inPrivate ? promoMult : 1);
    // Most visits are quiet: no touch today, and u clears every purchase and transition
    // threshold. Their sum bounds them all (widened for rounding), so a quiet visit skips the
    // tests below with the same draws and the same outcome.
    let next = stage;
    if (touches > 0 || u < (buy + quietBase[stage] + quietSlope[stage] * multiplier) * (1 + 1e-9) + 1e-12) {
      let orders = 0;
      if (u < buy) {
        orders = 1;
        u /= buy;
      } else if (buy > 0) u = (u - buy) / (1 - buy);
      if (serviced && rng.next() < closeRate * multiplier) orders++;
      for (let k = 0; k < orders; k++) {
        const price = inPrivate ? promoPrice : orderValue;
        if (placeOrder(pop, rec, agent, day, price, inPrivate ? promoMargin : listMargin, orderValue - price, inPrivate)) customers++;
        if (rng.next() < badRate) trust *= badKeep;
        else trust += gain * (1 - trust);
      }

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
          const join = seatsFree > 0 ? joinRate * multiplier : 0;
          const dm = stage === FOLLOWER && !serviced ? dmRate * multiplier : 0;
          if (u < unfollow) next = LAPSED;
          else if (u < unfollow + join) {
            next = GROUP;
            if (--seatsFree === 0) {
              quietSlope[FOLLOWER] = dmRate;
              quietSlope[CONTACT] = 0;
            }
          } else if (u < unfollow + join + dm) next = CONTACT;
          else if (serviced && stage === FOLLOWER) next = CONTACT;
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
      else if (next === GROUP) flagsArr[agent] |= FLAG_EVER_GROUP;
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
    }
    eligible += +(trust >= referThreshold) & +(purchasesArr[agent] > 0);
    agent++;
  }

  // Every transition of the day is made: the recorder's stage counts are today's.
  const privateCount = rec.stageCounts[FOLLOWER] + rec.stageCounts[CONTACT] + rec.stageCounts[GROUP];
  return {
    tierPasserby: privateCount - atLeastAffinity,
    tierAffinity: atLeastAffinity - atLeastTrueLove,
    tierTrueLove: atLeastTrueLove,
    activeFans: atLeastAffinity + groupBelowAffinity,
    eligible,
    customers,
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
