/**
 * The day step of the agent model. A pure function of (params, seed): the generator is
 * created from the seed here and threaded through every sampler; nothing reads a clock or
 * global source of randomness.
 *
 * One day, in order:
 *  1. Operations scheduled today (pushes, group events, promotion day, service capacity).
 *  2. Exposure, from idle pools, in a fixed channel order: offline scans, referrals, paid,
 *     organic, then re-exposure of lapsed agents. Each samples only the agents it touches.
 *  3. The active loop (exposed, follower, contact, group): touches → trust (gain, decay,
 *     fatigue) → purchases → one competing stage transition. An agent who leaves for an idle
 *     pool (forgets, or lapses) is moved there on the spot, by a swap that never skips or
 *     revisits an agent (see engine/activeLoop.ts).
 *  4. Purchases by lapsed agents (sampled from their pool; trust not applied).
 *  5. Costs, retention-cost allocation to cohorts, and the day's series.
 * The loop is the separate `stepDay`; `run` drives it (with progress and cancellation).
 */
import type { Params } from '../params/schema.ts';
import { createRng, type Rng } from '../random/rng.ts';
import { IndexBuffer, bernoulliPositions, binomial, randomIndex } from '../random/samplers.ts';
import {
  Population,
  FLAG_ACQUIRED,
  FLAG_HAD_CONTACT,
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
import { paidExposure, organicExposure, referralProbability, storeVisitors } from '../channels/index.ts';
import {
  conversationProbability,
  dayCosts,
  groupSeats,
  groupsInUse,
  pushesPerDay,
  retentionCost,
} from '../operations/index.ts';
import { decayedTrust } from '../trust/trust.ts';
import { eventsOnDay } from './schedule.ts';
import { Recorder } from './recorder.ts';
import { visitActive } from './activeLoop.ts';
import { placeOrder } from './orders.ts';
import { SPEND_CATEGORIES } from '../output/contract.ts';

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

const SPEND_INDEX = Object.fromEntries(SPEND_CATEGORIES.map((key, index) => [key, index])) as Record<
  (typeof SPEND_CATEGORIES)[number],
  number
>;

export class Simulation {
  readonly params: Params;
  readonly seed: number;
  readonly population: Population;
  readonly recorder: Recorder;
  /** The next day to simulate. */
  day = 0;

  private readonly rng: Rng;
  private readonly picked = new IndexBuffer();

  // Counts at the end of the previous day, read by today's exposure and operations.
  private privateMembers = 0;
  private groupMembers = 0;
  private activeFans = 0;
  private eligibleReferrers = 0;
  private customers = 0;
  private profit = 0;

  /**
   * @param options.trackIdentity keep stable agent ids (`population.slotOf`) for views that
   *   follow individual agents; it changes no number the model produces.
   */
  constructor(params: Params, seed: number, options: { trackIdentity?: boolean } = {}) {
    this.params = params;
    this.seed = seed >>> 0;
    this.rng = createRng(this.seed);
    this.population = new Population(params.population, options);
    this.recorder = new Recorder(params.horizonDays, params.discountRateDaily, params.population);
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

  /** The existing private domain: `initialFollowerShare` of N follow at day 0. */
  private seedExistingFollowers(): void {
    const pop = this.population;
    const count = Math.round(this.params.initialFollowerShare * pop.size);
    for (let k = 0; k < count; k++) {
      this.acquire(randomIndex(this.rng, pop.unawareEnd), EXISTING, FOLLOWER, this.params.trustInitOrganic, 0);
    }
    this.privateMembers = count;
    if (this.params.trustInitOrganic >= this.params.tierAffinity) this.activeFans = count;
  }

  /** Unaware agent in `slot` → active stage; a first-time acquisition founds its cohort. */
  private acquire(slot: number, channel: number, stage: number, trust: number, day: number): void {
    const pop = this.population;
    const agent = pop.unawareToActive(slot);
    pop.stage[agent] = stage;
    pop.trust[agent] = trust;
    pop.flags[agent] = channel | FLAG_ACQUIRED | (stage === CONTACT ? FLAG_HAD_CONTACT : 0);
    pop.acquiredDay[agent] = day;
    this.recorder.acquired(day, channel);
    this.recorder.flow(UNAWARE, stage, pop.cohortOf(agent));
  }

  /** A forgotten (previously acquired) unaware agent is reached again: not a new lead. */
  private remind(slot: number, stage: number, trustFloor: number, day: number): void {
    const pop = this.population;
    const agent = pop.unawareToActive(slot);
    const decayed = decayedTrust(pop.trust[agent], this.params.trustDecay, day - pop.idleSince[agent]);
    pop.trust[agent] = Math.max(decayed, trustFloor);
    pop.stage[agent] = stage;
    if (stage === CONTACT) pop.flags[agent] |= FLAG_HAD_CONTACT;
    this.recorder.flow(UNAWARE, stage, pop.cohortOf(agent));
  }

  /** Exposes unaware agents selected with probability p each; returns new leads. */
  private exposeUnaware(probability: number, channel: number, trust: number, day: number): number {
    const pop = this.population;
    const picked = this.picked;
    bernoulliPositions(this.rng, pop.unawareEnd, probability, picked);
    let leads = 0;
    // Highest slot first: each move swaps with the last unaware slot, which is then never a
    // selected slot still waiting.
    for (let k = picked.length - 1; k >= 0; k--) {
      const slot = picked.data[k];
      if (pop.flags[slot] & FLAG_ACQUIRED) this.remind(slot, EXPOSED, 0, day);
      else {
        this.acquire(slot, channel, EXPOSED, trust, day);
        leads++;
      }
    }
    return leads;
  }

  /** Advances the model by one day. */
  stepDay(): void {
    const params = this.params;
    const pop = this.population;
    const rec = this.recorder;
    const rng = this.rng;
    const day = this.day;
    const N = pop.size;

    // 1. Operations scheduled today.
    const pushesToday = eventsOnDay(pushesPerDay(params), day);
    const groupEventsToday = eventsOnDay(params.groupEventsPerWeek / 7, day);
    const promoToday = eventsOnDay(params.promotionsPerMonth / 30, day) > 0;
    const serviceChance = conversationProbability(params, this.privateMembers);
    const groupsWithMembers = groupsInUse(params, this.groupMembers);
    const seatsFree = groupSeats(params) - this.groupMembers;

    // 2. Exposure.
    // 2a. Offline: each scan is a random person; anyone not yet in the private domain joins it.
    const scans = binomial(rng, storeVisitors(params), params.offlineScanRate);
    for (let k = 0; k < scans; k++) {
      let agent = randomIndex(rng, N);
      const stage = pop.stage[agent];
      const target = rng.next() < params.offlineContactShare ? CONTACT : FOLLOWER;
      if (stage === UNAWARE) {
        if (pop.flags[agent] & FLAG_ACQUIRED) this.remind(agent, target, params.trustInitOffline, day);
        else this.acquire(agent, OFFLINE, target, params.trustInitOffline, day);
      } else if (stage === EXPOSED || stage === LAPSED) {
        if (stage === LAPSED) {
          agent = pop.lapsedToActive(agent);
          pop.trust[agent] = decayedTrust(pop.trust[agent], params.trustDecay, day - pop.idleSince[agent]);
        }
        pop.trust[agent] = Math.max(pop.trust[agent], params.trustInitOffline);
        pop.stage[agent] = target;
        if (target === CONTACT) pop.flags[agent] |= FLAG_HAD_CONTACT;
        rec.flow(stage, target, pop.cohortOf(agent));
      }
    }
    // 2b. Referrals from yesterday's eligible customers; success = a never-reached person.
    const attempts = binomial(rng, this.eligibleReferrers, referralProbability(params));
    let referrals = 0;
    for (let k = 0; k < attempts; k++) {
      const agent = randomIndex(rng, N);
      if (pop.stage[agent] === UNAWARE && !(pop.flags[agent] & FLAG_ACQUIRED)) {
        this.acquire(agent, REFERRAL, EXPOSED, params.trustInitReferral, day);
        referrals++;
      }
    }
    // 2c. Paid, then 2d. organic, each over the unaware pool as it stands.
    const paid = paidExposure(params, pop.unawareEnd, N);
    const paidLeads = this.exposeUnaware(paid.leadProbability, PAID, params.trustInitPaid, day);
    const organic = organicExposure(params, this.activeFans, N);
    this.exposeUnaware(organic.leadProbability, ORGANIC, params.trustInitOrganic, day);
    // 2e. Lapsed agents are re-exposed by the same public reach, less likely.
    const lapsedHazard = params.lapsedReexposure * (paid.hazard + organic.hazard);
    if (lapsedHazard > 0 && pop.lapsedCount > 0) {
      bernoulliPositions(rng, pop.lapsedCount, -Math.expm1(-lapsedHazard), this.picked);
      // Lowest slot first: each move swaps with the first lapsed slot, never a waiting one.
      const firstLapsed = pop.activeEnd;
      for (let k = 0; k < this.picked.length; k++) {
        const agent = pop.lapsedToActive(firstLapsed + this.picked.data[k]);
        pop.trust[agent] = decayedTrust(pop.trust[agent], params.trustDecay, day - pop.idleSince[agent]);
        pop.stage[agent] = EXPOSED;
        rec.flow(LAPSED, EXPOSED, pop.cohortOf(agent));
      }
    }

    // 3. The active loop.
    const counts = visitActive(
      { params, population: pop, recorder: rec, rng, customers: this.customers },
      { day, pushesToday, groupEventsToday, promoToday, serviceChance, seatsFree },
    );
    const { tierPasserby, tierAffinity, tierTrueLove, activeFans, eligible } = counts;
    const stageCounts = rec.stageCounts;
    const followerCount = stageCounts[FOLLOWER];
    const contactCount = stageCounts[CONTACT];
    const groupCount = stageCounts[GROUP];
    let customers = counts.customers;
    const orderValue = params.orderValue;
    const listMargin = orderValue * params.grossMargin;
    const purchaseRate = params.purchaseRate;

    // 4. Lapsed agents buy now and then through public channels (trust not applied).
    const lapsedChance = Math.min(1, purchaseRate * params.stageMultLapsed);
    if (lapsedChance > 0 && pop.lapsedCount > 0) {
      bernoulliPositions(rng, pop.lapsedCount, lapsedChance, this.picked);
      for (let k = 0; k < this.picked.length; k++) {
        if (placeOrder(pop, rec, pop.activeEnd + this.picked.data[k], day, orderValue, listMargin, 0, false)) customers++;
      }
    }

    // 5. Costs and the day's series.
    const privateMembers = followerCount + contactCount + groupCount;
    const costs = dayCosts(params, paid.spend, referrals, groupEventsToday, groupsWithMembers, privateMembers);
    rec.acquisitionSpend(day, PAID, costs.ads);
    rec.acquisitionSpend(day, REFERRAL, costs.referralRewards);
    rec.allocateRetention(day, retentionCost(costs), privateMembers);
    let spendToday = 0;
    for (const key of SPEND_CATEGORIES) {
      rec.spend[SPEND_INDEX[key]][day] = costs[key];
      spendToday += costs[key];
    }
    this.profit += rec.margin[day] - spendToday;
    rec.profitCumulative[day] = this.profit;
    for (let stage = 0; stage < STAGE_COUNT; stage++) rec.stages[stage][day] = stageCounts[stage];
    rec.tiers[0][day] = tierPasserby;
    rec.tiers[1][day] = tierAffinity;
    rec.tiers[2][day] = tierTrueLove;
    rec.impressionsPaid[day] = paid.impressions;
    rec.impressionsOrganic[day] = organic.impressions;
    rec.organicMultiplier[day] = organic.multiplier;
    rec.effectiveCac[day] = paidLeads > 0 ? paid.spend / paidLeads : NaN;
    rec.customers[day] = customers;

    this.customers = customers;
    this.privateMembers = privateMembers;
    this.groupMembers = groupCount;
    this.activeFans = activeFans;
    this.eligibleReferrers = eligible;
    this.day = day + 1;
  }
}
