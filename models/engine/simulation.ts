/**
 * The day step of the agent model (docs/model.md#the-day-in-order). A pure function of
 * (params, seed): the generator is created from the seed here and threaded through every
 * sampler; nothing reads a clock or global source of randomness.
 *
 * One day, in order:
 *  1. Operations scheduled today (pushes, promotion, group events, service targeting), and
 *     the seats and contact lists free.
 *  2. Exposure, from the idle pools, in a fixed channel order: offline scans, referrals, paid,
 *     organic. Each samples only the agents it touches.
 *  3. The active loop (exposed, follower, contact, group): touches → trust → at most one
 *     order → one competing stage transition; forgetting and lapsing move the agent to its
 *     idle pool on the spot (a swap that never skips or revisits an agent), asking to join a
 *     group marks it for step 4 (activeLoop.ts).
 *  4. Group joins, fairly, into the seats free after everyone has moved.
 *  5. Purchases by lapsed agents (sampled from their pool).
 *  6. Costs, opex attribution to cohorts, and the day's series.
 * The loop is the separate `stepDay`; `run` drives it (with progress and cancellation).
 */
import type { Params } from '../params/schema.ts';
import { agentCount } from '../params/schema.ts';
import { createRng, type Rng } from '../random/rng.ts';
import { IndexBuffer, bernoulliPositions, binomial, randomIndex } from '../random/samplers.ts';
import {
  Population,
  FLAG_ACQUIRED,
  FLAG_CHANNEL_MASK,
  FLAG_HAD_CONTACT,
  FLAG_JOIN_PENDING,
  FLAG_LOCAL,
  GROUP_CUSTOMER_90,
  NO_DAY,
} from '../agents/population.ts';
import {
  CONTACT,
  EXISTING,
  EXPOSED,
  FOLLOWER,
  GROUP,
  LAPSED,
  OFFLINE,
  ORGANIC,
  PAID,
  REFERRAL,
  STAGE_COUNT,
  UNAWARE,
} from '../stages.ts';
import {
  agentScanProbability,
  localAgents,
  organicExposure,
  paidExposure,
  referralProbability,
  storeVisitors,
} from '../channels/index.ts';
import {
  TRUST_BINS,
  contactCapacity,
  contentPushesPerMonthSent,
  dayCosts,
  groupSeats,
  promotionsPerMonthSent,
  serviceTarget,
} from '../operations/index.ts';
import { decayedTrust } from '../trust/trust.ts';
import { eventsOnDay } from './schedule.ts';
import { Recorder } from './recorder.ts';
import { visitActive } from './activeLoop.ts';
import { ORDER_NEW_CUSTOMER, ORDER_REFERRAL_CONVERSION, placeOrder } from './orders.ts';
import { OPERATING_SPEND, SPEND_CATEGORIES } from '../output/contract.ts';

/** Thrown by `run` when its signal is cancelled. */
export class CancelledError extends Error {
  constructor() {
    super('simulation cancelled');
    this.name = 'CancelledError';
  }
}

export interface RunOptions {
  /** Called every few days with (days done, horizon). */
  onProgress?: (done: number, total: number) => void;
  /** Set `cancelled` to stop the run at the next day boundary. */
  signal?: { cancelled: boolean };
}

export class Simulation {
  readonly params: Params;
  readonly seed: number;
  readonly population: Population;
  readonly recorder: Recorder;
  /** The next day to simulate. */
  day = 0;

  private readonly rng: Rng;
  private readonly picked = new IndexBuffer();
  private readonly agents: number;
  private readonly weight: number;
  private readonly localCount: number;
  /** Agents never a lead of any channel (the pool paid depletion is measured on). */
  private neverReached: number;

  // Counts at the end of the previous day, read by today's exposure and operations.
  private privateMembers = 0;
  private activeFans = 0;
  private eligibleReferrers = 0;
  private customers = 0;
  private profit = 0;
  /** Yesterday's private-domain agents by trust bin, for trust-targeted service. */
  private readonly trustHistogram = new Int32Array(TRUST_BINS);

  /**
   * @param options.trackIdentity keep stable agent ids (`population.slotOf`) for views that
   *   follow individual agents; it changes no number the model produces.
   */
  constructor(params: Params, seed: number, options: { trackIdentity?: boolean } = {}) {
    this.params = params;
    this.seed = seed >>> 0;
    this.rng = createRng(this.seed);
    this.agents = agentCount(params);
    this.weight = params.agentWeight;
    this.population = new Population(this.agents, options);
    this.recorder = new Recorder(params.horizonDays, params.discountRateDaily, this.agents, this.weight);
    this.neverReached = this.agents;
    // The local pool: the first slots (agents are exchangeable; the flag moves with the agent).
    this.localCount = localAgents(params, this.agents);
    for (let slot = 0; slot < this.localCount; slot++) this.population.flags[slot] = FLAG_LOCAL;
    this.seedExistingFollowers();
  }

  get done(): boolean {
    return this.day >= this.params.horizonDays;
  }

  /** Runs the remaining days. */
  run(options: RunOptions = {}): this {
    const horizon = this.params.horizonDays;
    while (this.day < horizon) {
      if (options.signal?.cancelled) throw new CancelledError();
      this.stepDay();
      if (options.onProgress && (this.day % 16 === 0 || this.day === horizon)) options.onProgress(this.day, horizon);
    }
    return this;
  }

  /** The existing private domain: `initialFollowerShare` of the agents follow at day 0 (cohort `existing`). */
  private seedExistingFollowers(): void {
    const pop = this.population;
    const count = Math.round(this.params.initialFollowerShare * pop.size);
    for (let k = 0; k < count; k++) {
      this.lead(randomIndex(this.rng, pop.unawareEnd), EXISTING, FOLLOWER, this.params.trustInitOrganic, 0);
    }
    this.privateMembers = count;
    if (this.params.trustInitOrganic >= this.params.tierAffinity) this.activeFans = count;
    for (let k = 0; k < count; k++) this.trustHistogram[Math.min(TRUST_BINS - 1, (this.params.trustInitOrganic * TRUST_BINS) | 0)]++;
  }

  /**
   * Unaware agent in `slot` → active `stage` as a lead of `channel`: a new membership of the
   * day's cohort. Someone who forgot keeps their decayed trust (at least `trust` for offline).
   * @returns the agent's new slot
   */
  private lead(slot: number, channel: number, stage: number, trust: number, day: number): number {
    const pop = this.population;
    const agent = pop.unawareToActive(slot);
    const flags = pop.flags[agent];
    if (flags & FLAG_ACQUIRED) {
      const p = this.params;
      const decayed = decayedTrust(pop.trust[agent], p.trustRest, p.trustDecay, day - pop.idleSince[agent]);
      pop.trust[agent] = channel === OFFLINE ? Math.max(decayed, trust) : decayed;
    } else {
      pop.trust[agent] = trust;
      this.neverReached--;
    }
    this.startMembership(agent, flags, channel, stage, day);
    this.recorder.flow(UNAWARE, stage, pop.cohortOf(agent));
    return agent;
  }

  /** A lapsed agent (at `slot`) drawn in again as a lead of `channel`; returns its new slot. */
  private relead(slot: number, channel: number, stage: number, trustFloor: number, day: number): number {
    const pop = this.population;
    const p = this.params;
    const agent = pop.lapsedToActive(slot);
    const decayed = decayedTrust(pop.trust[agent], p.trustRest, p.trustDecay, day - pop.idleSince[agent]);
    pop.trust[agent] = Math.max(decayed, trustFloor);
    this.startMembership(agent, pop.flags[agent], channel, stage, day);
    this.recorder.flow(LAPSED, stage, pop.cohortOf(agent));
    return agent;
  }

  private startMembership(agent: number, flags: number, channel: number, stage: number, day: number): void {
    const pop = this.population;
    pop.stage[agent] = stage;
    pop.flags[agent] = (flags & ~FLAG_CHANNEL_MASK) | channel | FLAG_ACQUIRED | (stage === CONTACT ? FLAG_HAD_CONTACT : 0);
    pop.acquiredDay[agent] = day;
    pop.memberOrders[agent] = 0;
    pop.firstOrderDay[agent] = NO_DAY;
    this.recorder.lead(day, channel);
  }

  /** Exposes the unaware agents each with `probability` as leads of `channel`; returns the leads. */
  private exposeUnaware(probability: number, channel: number, trust: number, day: number): number {
    const pop = this.population;
    const picked = this.picked;
    bernoulliPositions(this.rng, pop.unawareEnd, probability, picked);
    // Highest slot first: each move swaps with the last unaware slot, which is then never a
    // selected slot still waiting.
    for (let k = picked.length - 1; k >= 0; k--) this.lead(picked.data[k], channel, EXPOSED, trust, day);
    return picked.length;
  }

  /** Draws lapsed agents each with `probability` back in as exposed leads of `channel`. */
  private exposeLapsed(probability: number, channel: number, day: number): number {
    const pop = this.population;
    if (!(probability > 0) || pop.lapsedCount === 0) return 0;
    bernoulliPositions(this.rng, pop.lapsedCount, probability, this.picked);
    // Lowest slot first: each move swaps with the first lapsed slot, never a waiting one.
    const firstLapsed = pop.activeEnd;
    for (let k = 0; k < this.picked.length; k++) this.relead(firstLapsed + this.picked.data[k], channel, EXPOSED, 0, day);
    return this.picked.length;
  }

  /** Store scans from the local pool; returns the effective scans (agents). */
  private offlineScans(day: number, contactFree: { value: number }): number {
    const params = this.params;
    const pop = this.population;
    const rng = this.rng;
    const rec = this.recorder;
    if (this.localCount === 0) return 0;
    const scans = binomial(rng, storeVisitors(params), agentScanProbability(params));
    let effective = 0;
    for (let k = 0; k < scans; k++) {
      let agent = randomIndex(rng, pop.size);
      while (!(pop.flags[agent] & FLAG_LOCAL)) agent = randomIndex(rng, pop.size);
      const stage = pop.stage[agent];
      if (stage === FOLLOWER || stage === CONTACT || stage === GROUP) continue;
      let target = rng.next() < params.offlineContactShare ? CONTACT : FOLLOWER;
      if (target === CONTACT) {
        if (contactFree.value > 0) contactFree.value--;
        else target = FOLLOWER;
      }
      effective++;
      if (stage === UNAWARE) this.lead(agent, OFFLINE, target, params.trustInitOffline, day);
      else if (stage === LAPSED) this.relead(agent, OFFLINE, target, params.trustInitOffline, day);
      else {
        // Exposed: already a lead of another channel; the scan moves them on.
        pop.trust[agent] = Math.max(pop.trust[agent], params.trustInitOffline);
        pop.stage[agent] = target;
        if (target === CONTACT) pop.flags[agent] |= FLAG_HAD_CONTACT;
        rec.flow(EXPOSED, target, pop.cohortOf(agent));
      }
    }
    return effective;
  }

  /** Resolves today's group join requests into the seats free now, as a uniformly random subset. */
  private resolveJoins(candidates: number, seats: number, day: number): number {
    const pop = this.population;
    const rec = this.recorder;
    const rng = this.rng;
    const flags = pop.flags;
    const affinity = this.params.tierAffinity;
    let free = seats - rec.stageCounts[GROUP];
    let seen = 0;
    let newFansBelowAffinity = 0;
    for (let agent = pop.unawareEnd; agent < pop.activeEnd && seen < candidates; agent++) {
      if (!(flags[agent] & FLAG_JOIN_PENDING)) continue;
      flags[agent] &= ~FLAG_JOIN_PENDING;
      // Selection sampling (Knuth's Algorithm S): admit with (seats left) / (candidates left).
      const admit = free > 0 && (free >= candidates - seen || rng.next() * (candidates - seen) < free);
      seen++;
      if (!admit) continue;
      free--;
      rec.flow(pop.stage[agent], GROUP, pop.cohortOf(agent));
      pop.stage[agent] = GROUP;
      if (pop.joinDay[agent] === NO_DAY) {
        pop.joinDay[agent] = day;
        if (pop.purchases[agent] > 0) pop.groupFlags[agent] |= GROUP_CUSTOMER_90;
      }
      if (pop.trust[agent] < affinity) newFansBelowAffinity++;
    }
    return newFansBelowAffinity;
  }

  /** Advances the model by one day. */
  stepDay(): void {
    const params = this.params;
    const pop = this.population;
    const rec = this.recorder;
    const rng = this.rng;
    const day = this.day;
    const w = this.weight;

    // 1. Operations scheduled today.
    const promotionsSent = promotionsPerMonthSent(params);
    const contentPushesToday = eventsOnDay(contentPushesPerMonthSent(params) / 30, day);
    const promoToday = eventsOnDay(promotionsSent / 30, day) > 0;
    const groupsRun = params.groups > 0;
    const groupEventsToday = groupsRun ? eventsOnDay(params.groupEventsPerWeek / 7, day) : 0;
    const target = serviceTarget(params, this.privateMembers, this.trustHistogram);
    const seats = groupSeats(params);
    const contactFree = { value: contactCapacity(params) - rec.stageCounts[CONTACT] };

    // 2. Exposure.
    const effectiveScans = this.offlineScans(day, contactFree);
    // Referrals from yesterday's eligible customers; success = a never-reached person.
    const attempts = binomial(rng, this.eligibleReferrers, referralProbability(params));
    for (let k = 0; k < attempts; k++) {
      const agent = randomIndex(rng, pop.size);
      if (pop.stage[agent] === UNAWARE && !(pop.flags[agent] & FLAG_ACQUIRED)) {
        this.lead(agent, REFERRAL, EXPOSED, params.trustInitReferral, day);
      }
    }
    // Paid, then organic, each over the pools as they stand.
    const paid = paidExposure(params, { unaware: pop.unawareEnd, lapsed: pop.lapsedCount, neverReached: this.neverReached }, pop.size);
    const paidLeads = this.exposeUnaware(paid.unawareProbability, PAID, params.trustInitPaid, day)
      + this.exposeLapsed(paid.lapsedProbability, PAID, day);
    const organic = organicExposure(params, this.activeFans / pop.size);
    this.exposeUnaware(organic.unawareProbability, ORGANIC, params.trustInitOrganic, day);
    this.exposeLapsed(organic.lapsedProbability, ORGANIC, day);

    // 3. The active loop.
    this.trustHistogram.fill(0);
    const counts = visitActive(
      { params, population: pop, recorder: rec, rng, trustHistogram: this.trustHistogram },
      { day, contentPushesToday, groupEventsToday, promoToday, target, groupsRun, contactFree: contactFree.value },
    );
    // 4. Group joins.
    const joinedBelowAffinity = counts.joinRequests > 0 ? this.resolveJoins(counts.joinRequests, seats, day) : 0;

    // 5. Lapsed agents buy now and then through public channels (trust not applied), under the
    // same need state: the pool is thinned at the larger of the two rates, then per agent.
    let newCustomers = counts.newCustomers;
    let referralConversions = counts.referralConversions;
    const firstLapsed = Math.min(1, params.firstPurchaseRate * params.stageMultLapsed);
    const repeatLapsed = Math.min(1, params.purchaseRate * params.stageMultLapsed);
    const lapsedMax = Math.max(firstLapsed, repeatLapsed);
    if (lapsedMax > 0 && pop.lapsedCount > 0) {
      bernoulliPositions(rng, pop.lapsedCount, lapsedMax, this.picked);
      const gap = params.minRepurchaseGapDays;
      const window = params.attributionDays;
      for (let k = 0; k < this.picked.length; k++) {
        const agent = pop.activeEnd + this.picked.data[k];
        const bought = pop.purchases[agent] > 0;
        if (bought && day - pop.lastOrderDay[agent] < gap) continue;
        const rate = bought ? repeatLapsed : firstLapsed;
        if (rate < lapsedMax && rng.next() * lapsedMax >= rate) continue;
        const attributed = day - pop.lastTouchDay[agent] < window;
        const result = placeOrder(pop, rec, agent, day, params.orderValue, params.orderValue * params.grossMargin, 0, attributed);
        if (result & ORDER_NEW_CUSTOMER) newCustomers++;
        if (result & ORDER_REFERRAL_CONVERSION) {
          referralConversions++;
          rec.acquisitionSpend(pop.acquiredDay[agent], REFERRAL, w * params.referralReward);
        }
      }
    }

    // 6. Costs and the day's series.
    const stageCounts = rec.stageCounts;
    const privateMembers = stageCounts[FOLLOWER] + stageCounts[CONTACT] + stageCounts[GROUP];
    const costs = dayCosts(params, {
      adSpend: paid.spend,
      referralConversions: referralConversions * w,
      effectiveScans: effectiveScans * w,
      pushes: contentPushesToday + (promoToday ? 1 : 0),
      groupEvents: groupEventsToday,
      privateMembers: privateMembers * w,
    });
    rec.acquisitionSpend(day, PAID, costs.ads);
    rec.acquisitionSpend(day, OFFLINE, costs.offline);
    let opex = 0;
    for (const key of OPERATING_SPEND) opex += costs[key];
    rec.allocateOpex(day, opex, privateMembers);
    let spendToday = 0;
    for (let k = 0; k < SPEND_CATEGORIES.length; k++) {
      const amount = costs[SPEND_CATEGORIES[k]];
      rec.spend[k][day] = amount;
      spendToday += amount;
    }
    this.profit += rec.margin[day] - spendToday;
    rec.profitCumulative[day] = this.profit;
    for (let stage = 0; stage < STAGE_COUNT; stage++) rec.stages[stage][day] = stageCounts[stage] * w;
    rec.tiers[0][day] = (privateMembers - counts.atLeastAffinity) * w;
    rec.tiers[1][day] = (counts.atLeastAffinity - counts.atLeastTrueLove) * w;
    rec.tiers[2][day] = counts.atLeastTrueLove * w;
    rec.impressionsPaid[day] = paid.impressions;
    rec.impressionsOrganic[day] = organic.impressions;
    rec.organicMultiplier[day] = organic.multiplier;
    rec.effectiveCac[day] = paidLeads > 0 ? paid.spend / (paidLeads * w) : NaN;
    this.customers += newCustomers;
    rec.customers[day] = this.customers * w;

    this.privateMembers = privateMembers;
    this.activeFans = counts.activeFans + joinedBelowAffinity;
    this.eligibleReferrers = counts.eligible;
    this.day = day + 1;
  }
}
