/**
 * One day of the twin (docs/model.md#the-day-in-order), applied to a distribution.
 *
 * The whole population is stepped first: it reads its own totals (yesterday's private
 * domain, eligible referrers, active fans, contacts) and fills the day's `DayMap` (every
 * probability and every rationing share of the day). Once the map is filled the day is a
 * linear map of the distribution, so the same code steps each acquisition cohort for the LTV
 * curve with the map held fixed (mean field: pool-level feedbacks read expected counts).
 *
 * The unit of work is a trust group (variant × window × bin, whose need states share one
 * trust distribution): its trust is mapped and cut once per outcome, and each need state's
 * mass follows with its own purchase chances.
 */
import type { Params } from '../params/schema.ts';
import { CONTACT, EXPOSED, FOLLOWER, GROUP, LAPSED } from '../stages.ts';
import {
  CON,
  EXP0,
  EXP1,
  FOL0,
  FOL1,
  GRP0,
  GRP1,
  LAP0,
  LAP1,
  NEED_NEVER,
  NEED_REFERRED,
  NEED_TODAY,
  UNF0,
  UNF1,
  VARIANTS,
  VARIANT_STAGE,
  VARIANT_THREAD,
  ageNeeds,
  deposit,
  emptySegment,
  groupMass,
  type GroupMass,
  type Layout,
  type Segment,
} from './population.ts';
import { cut, emptyPieces, SERVICE_BINS, SERVICE_GRID, type Pieces } from './trustBins.ts';
import type { Branch, TouchRules } from './touches.ts';
import type { DaySchedule } from './calendar.ts';

/** The probabilities and shares of one day, the same for every agent (and every cohort). */
export interface DayMap {
  schedule: DaySchedule;
  /** Chance a local agent is scanned today. */
  scanned: number;
  /** Share of scanners who become contacts (offlineContactShare × the share that found room). */
  scanContact: number;
  /** Chance a never-reached agent is referred. */
  referred: number;
  /** Paid lead chance of an unaware agent, of a lapsed one. */
  paid: number;
  paidLapsed: number;
  /** Organic lead chance of an unaware agent, of a lapsed one. */
  organic: number;
  organicLapsed: number;
  /** The flywheel's organic multiplier. */
  multiplier: number;
  /** For each segment and trust group, its service probability (the chance of a conversation). */
  service: Float64Array[];
  /** Outcomes of the day for [follower or contact, group member][window] (see `Branch.p`). */
  branches: [Branch[][], Branch[][]];
  /** Share of the day's would-be contacts (DM, conversation) that found room on a list. */
  threadAccepted: number;
  /** Share of the day's group candidates that found a seat. */
  seatAccepted: number;
}

/** Money and counts of one day, in agents (the caller multiplies by the agent weight). */
export interface DayTally {
  orders: number;
  revenue: number;
  margin: number;
  discounts: number;
  /** First orders of referral memberships (each pays the referral reward). */
  referredFirstOrders: number;
  leadsPaid: number;
  leadsOrganic: number;
  leadsReferral: number;
  leadsOffline: number;
  /** Scans on agents not yet in the private domain. */
  effectiveScans: number;
}

export function emptyTally(): DayTally {
  return {
    orders: 0,
    revenue: 0,
    margin: 0,
    discounts: 0,
    referredFirstOrders: 0,
    leadsPaid: 0,
    leadsOrganic: 0,
    leadsReferral: 0,
    leadsOffline: 0,
    effectiveScans: 0,
  };
}

/** Yesterday's totals over the whole population that today's feedbacks read (agents). */
export interface Totals {
  privateMembers: number;
  contacts: number;
  eligibleReferrers: number;
  activeFans: number;
  /** Private-domain agents in each of the 64 service bins. */
  serviceHistogram: Float64Array;
}

const clamp01 = (x: number) => (x <= 0 ? 0 : x >= 1 ? 1 : x);

/** The day's mechanics for one parameter set. */
export class DayStep {
  readonly layout: Layout;
  readonly rules: TouchRules;
  private readonly p: Params;
  /** Agents n and agent weight w. */
  private readonly n: number;
  private readonly w: number;
  private readonly stageMult: Float64Array;
  private readonly promoMult: number;
  /** Scratch, per segment: the day's would-be contacts and group candidates. */
  private readonly threadDemand: Segment[] = [];
  private readonly candidates: Segment[] = [];
  /** Scratch: trust pieces of the three outcomes of a group's day, and masses by need state. */
  private readonly stayPieces: Pieces = emptyPieces();
  private readonly goodPieces: Pieces = emptyPieces();
  private readonly badPieces: Pieces = emptyPieces();
  private readonly needs: Float64Array;
  private readonly scaled: Float64Array;
  /** Contact room left after the day's scans (whole population, filled by `exposure`). */
  private roomAfterScans = 0;
  // The layout's codes as fields: the hot loops read fields and locals, not imported bindings.
  private readonly stageOf = Int32Array.from(VARIANT_STAGE);
  private readonly threadOf = Int32Array.from(VARIANT_THREAD);

  constructor(params: Params, layout: Layout) {
    this.p = params;
    this.layout = layout;
    this.w = params.agentWeight;
    this.n = params.population / params.agentWeight;
    this.stageMult = new Float64Array(6);
    this.stageMult[EXPOSED] = params.stageMultExposed;
    this.stageMult[FOLLOWER] = params.stageMultFollower;
    this.stageMult[CONTACT] = params.stageMultContact;
    this.stageMult[GROUP] = params.stageMultGroup;
    this.stageMult[LAPSED] = params.stageMultLapsed;
    this.promoMult = 1 + params.couponUplift * params.couponDepth;
    this.needs = new Float64Array(layout.J);
    this.scaled = new Float64Array(layout.J);
    this.rules = {
      trustGain: params.trustGain,
      fatiguePenalty: params.fatiguePenalty,
      fatigueExitRate: params.fatigueExitRate,
      fatigueTolerance: params.fatigueTolerance,
      trustDecay: params.trustDecay,
      trustRest: params.trustRest,
      followerReach: params.followerReach,
      groupEngagement: params.groupEngagement,
    };
  }

  /** The trust multiplier m(τ) = max(0, 1 + 2s(τ − τ_ref)). */
  multiplier(trust: number): number {
    const m = 1 + 2 * this.p.trustSensitivity * (trust - this.p.trustReference);
    return m > 0 ? m : 0;
  }

  /** Contact-list capacity in agents: ⌊staff × contactCapPerStaff / w⌋. */
  contactCapacity(): number {
    return Math.floor((this.p.staff * this.p.contactCapPerStaff) / this.w);
  }

  /** Group seats in agents: ⌊groups × groupCapacity / w⌋. */
  seats(): number {
    return Math.floor((this.p.groups * this.p.groupCapacity) / this.w);
  }

  /** Yesterday's totals, read at the start of a day. */
  totals(population: Segment[]): Totals {
    const { K, W, bins } = this.layout;
    const p = this.p;
    const out: Totals = { privateMembers: 0, contacts: 0, eligibleReferrers: 0, activeFans: 0, serviceHistogram: new Float64Array(SERVICE_BINS) };
    const byTrust = p.serviceTargeting === 'trust';
    const pieces = this.stayPieces;
    const sums: GroupMass = { mass: 0, bought: 0 };
    for (const segment of population) {
      for (let v = EXP0; v < LAP0; v++) {
        const stage = this.stageOf[v];
        for (let c = 0; c < W; c++) {
          for (let k = 0; k < K; k++) {
            const { mass, bought } = groupMass(this.layout, segment, (v * W + c) * K + k, sums);
            if (!(mass > 0)) continue;
            const trust = segment.moment[(v * W + c) * K + k] / mass;
            if (bins.edges[k] >= p.referralTrustThreshold || trust >= p.referralTrustThreshold) out.eligibleReferrers += bought;
            if (stage === EXPOSED) continue;
            out.privateMembers += mass;
            if (stage === CONTACT) out.contacts += mass;
            if (stage === GROUP || bins.edges[k] >= p.tierAffinity || trust >= p.tierAffinity) out.activeFans += mass;
            if (byTrust) {
              // The histogram reads the group's cloud on the 64 equal bins.
              const variance = Math.max(0, segment.square[(v * W + c) * K + k] / mass - trust * trust);
              cut(SERVICE_GRID, trust, variance, pieces);
              for (let q = 0; q < pieces.count; q++) out.serviceHistogram[pieces.bin[q]] += mass * pieces.share[q];
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * Service by trust: each private trust group's chance of a conversation, reading its cloud
   * on the 64-bin histogram with `served` (per histogram bin: 1 above the threshold bin, the
   * share that fills the capacity in it, 0 below), into `service`.
   */
  serviceByGroup(population: Segment[], served: Float64Array, service: Float64Array[]): void {
    const { K, W } = this.layout;
    const pieces = this.stayPieces;
    const sums: GroupMass = { mass: 0, bought: 0 };
    for (let s = 0; s < population.length; s++) {
      const segment = population[s];
      const out = service[s];
      out.fill(0);
      for (let v = FOL0; v < LAP0; v++) {
        for (let ck = 0; ck < W * K; ck++) {
          const g = v * W * K + ck;
          const mass = groupMass(this.layout, segment, g, sums).mass;
          let sigma = 0;
          if (mass > 0) {
            const trust = segment.moment[g] / mass;
            cut(SERVICE_GRID, trust, Math.max(0, segment.square[g] / mass - trust * trust), pieces);
            for (let q = 0; q < pieces.count; q++) sigma += pieces.share[q] * served[pieces.bin[q]];
          } else {
            // An empty group (it may fill today): the chance at its bin's lower edge.
            sigma = served[Math.min(SERVICE_BINS - 1, Math.floor(this.layout.bins.edges[ck % K] * SERVICE_BINS))];
          }
          out[g] = sigma;
        }
      }
    }
  }

  /**
   * Step 2 of the day: offline scans, referrals, paid, organic, each from the pools as they
   * stand. With `fill`, the probabilities are computed from this (whole) population and
   * written into `map`, and the leads stay in it; otherwise the probabilities are read from
   * the map and the leads leave (a cohort's member reached again starts a new membership,
   * in another cohort). `capture` receives copies of the day's leads (the day's cohort).
   */
  exposure(population: Segment[], map: DayMap, fill: boolean, totals: Totals | null, capture: Segment[] | null, tally: DayTally): void {
    const p = this.p;
    if (fill) this.fillScans(population, map, totals);
    if (map.scanned > 0) this.scan(population, map, fill, capture, tally);
    if (fill) {
      const q = clamp01(p.referralRate * (1 + (p.referralRewardBoost * p.referralReward) / p.orderValue));
      const eligible = totals?.eligibleReferrers ?? 0;
      map.referred = eligible > 0 && q > 0 ? -Math.expm1(eligible * Math.log1p(-q / this.n)) : 0;
      for (let s = 0; s < population.length && map.referred > 0; s++) {
        const segment = population[s];
        const mass = segment.fresh * map.referred;
        if (!(mass > 0)) continue;
        segment.fresh -= mass;
        tally.leadsReferral += mass;
        deposit(this.layout, segment, EXP0, NEED_REFERRED, p.trustInitReferral, mass);
        if (capture) deposit(this.layout, capture[s], EXP0, NEED_REFERRED, p.trustInitReferral, mass);
      }
      this.fillPaid(population, map);
    }
    this.reach(population, map.paid, map.paidLapsed, p.trustInitPaid, fill, capture, 'leadsPaid', tally);
    if (fill) {
      // The flywheel reads yesterday's share of active fans.
      const share = (totals?.activeFans ?? 0) / this.n;
      map.multiplier = Math.min(p.flywheelCap, 1 + p.flywheelStrength * share);
      const lambda = (p.organicImpressionsDaily * map.multiplier) / p.population;
      map.organic = -Math.expm1(-p.organicConversion * lambda);
      map.organicLapsed = -Math.expm1(-p.lapsedReexposure * p.organicConversion * lambda);
    }
    this.reach(population, map.organic, map.organicLapsed, p.trustInitOrganic, fill, capture, 'leadsOrganic', tally);
  }

  /** Offline: each visitor's agent-scan (offlineScanRate / w) lands on a uniform local agent. */
  private fillScans(population: Segment[], map: DayMap, totals: Totals | null): void {
    const p = this.p;
    const local = population.find((s) => s.local);
    const localAgents = local ? local.fresh + sum(local.mass) : 0;
    map.scanned = localAgents > 0 && p.offlineVisitorsDaily > 0
      ? -Math.expm1(p.offlineVisitorsDaily * Math.log1p(-Math.min(1, p.offlineScanRate / this.w / localAgents)))
      : 0;
    const room = Math.max(0, this.contactCapacity() - (totals?.contacts ?? 0));
    let demand = 0;
    if (local && map.scanned > 0) {
      let scannable = local.fresh;
      for (const v of [UNF0, UNF1, EXP0, EXP1, LAP0, LAP1]) scannable += this.variantMass(local, v);
      demand = scannable * map.scanned * p.offlineContactShare;
    }
    map.scanContact = p.offlineContactShare * (demand > room ? room / demand : 1);
    this.roomAfterScans = room - Math.min(room, demand);
  }

  /**
   * Scanned local agents who are unaware, exposed or lapsed become followers (or contacts)
   * with trust at least trustInitOffline; the unaware and lapsed are offline leads.
   */
  private scan(population: Segment[], map: DayMap, fill: boolean, capture: Segment[] | null, tally: DayTally): void {
    const L = this.layout;
    const { J, K, W, bins } = L;
    const floor = this.p.trustInitOffline;
    const h = map.scanned;
    const toContact = map.scanContact;
    const floorBin = bins.of(floor);
    for (let s = 0; s < population.length; s++) {
      const segment = population[s];
      if (!segment.local) continue;
      const targets = (isLead: boolean): Segment[] => {
        const out: Segment[] = [];
        if (!isLead || fill) out.push(segment);
        if (isLead && capture) out.push(capture[s]);
        return out;
      };
      if (segment.fresh > 0) {
        const mass = segment.fresh * h;
        segment.fresh -= mass;
        tally.leadsOffline += mass;
        tally.effectiveScans += mass;
        for (const into of targets(true)) {
          deposit(L, into, CON, NEED_NEVER, floor, mass * toContact);
          deposit(L, into, FOL0, NEED_NEVER, floor, mass * (1 - toContact));
        }
      }
      for (const v of [UNF0, UNF1, EXP0, EXP1, LAP0, LAP1]) {
        const isLead = this.stageOf[v] !== EXPOSED;
        const thread = this.threadOf[v];
        const into = targets(isLead);
        for (let k = 0; k < K; k++) {
          const g = v * W * K + k;
          // A bin wholly at or above the floor keeps its trust; one below lands on the floor.
          const kept = bins.edges[k] >= floor;
          const to = kept ? k : floorBin;
          let moved = 0;
          for (let j = 0; j < J; j++) {
            const i = g * J + j;
            const mass = segment.mass[i] * h;
            if (!(mass > 0)) continue;
            segment.mass[i] -= mass;
            moved += mass;
            // A lead starts a new (offline) membership; an exposed scanner keeps its own.
            const need = isLead && j === NEED_REFERRED ? NEED_NEVER : j;
            for (const t of into) {
              t.mass[(CON * W * K + to) * J + need] += mass * toContact;
              t.mass[((FOL0 + thread) * W * K + to) * J + need] += mass * (1 - toContact);
            }
          }
          if (!(moved > 0)) continue;
          tally.effectiveScans += moved;
          if (isLead) tally.leadsOffline += moved;
          const moment = kept ? segment.moment[g] * h : moved * floor;
          const square = kept ? segment.square[g] * h : moved * floor * floor;
          segment.moment[g] -= segment.moment[g] * h;
          segment.square[g] -= segment.square[g] * h;
          for (const t of into) {
            const con = CON * W * K + to;
            const fol = (FOL0 + thread) * W * K + to;
            t.moment[con] += moment * toContact;
            t.square[con] += square * toContact;
            t.moment[fol] += moment * (1 - toContact);
            t.square[fol] += square * (1 - toContact);
          }
        }
      }
    }
  }

  /** Paid: cac (a cost per lead on the never-reached share) or cpm (impressions, click-through). */
  private fillPaid(population: Segment[], map: DayMap): void {
    const p = this.p;
    let never = 0;
    let unaware = 0;
    let lapsed = 0;
    for (const segment of population) {
      never += segment.fresh;
      unaware += segment.fresh + this.variantMass(segment, UNF0) + this.variantMass(segment, UNF1);
      lapsed += this.variantMass(segment, LAP0) + this.variantMass(segment, LAP1);
    }
    const rho = p.lapsedReexposure;
    if (p.paidPricing === 'cac') {
      const cost = p.baseCac * Math.pow(never / this.n, -p.cacElasticity);
      const leads = p.paidBudgetDaily / cost / this.w;
      const pool = unaware + rho * lapsed;
      map.paid = pool > 0 && Number.isFinite(cost) ? clamp01(leads / pool) : 0;
      map.paidLapsed = clamp01(rho * map.paid);
    } else {
      const lambda = (1000 * p.paidBudgetDaily) / p.cpm / p.population;
      map.paid = -Math.expm1(-p.clickThroughRate * lambda);
      map.paidLapsed = -Math.expm1(-rho * p.clickThroughRate * lambda);
    }
  }

  /** Public reach: unaware agents with `pUnaware`, lapsed with `pLapsed`; they keep their trust. */
  private reach(
    population: Segment[],
    pUnaware: number,
    pLapsed: number,
    freshTrust: number,
    fill: boolean,
    capture: Segment[] | null,
    channel: 'leadsPaid' | 'leadsOrganic',
    tally: DayTally,
  ): void {
    if (!(pUnaware > 0) && !(pLapsed > 0)) return;
    const L = this.layout;
    const { J, K, W } = L;
    for (let s = 0; s < population.length; s++) {
      const segment = population[s];
      if (fill && segment.fresh > 0 && pUnaware > 0) {
        const mass = segment.fresh * pUnaware;
        segment.fresh -= mass;
        tally[channel] += mass;
        deposit(L, segment, EXP0, NEED_NEVER, freshTrust, mass);
        if (capture) deposit(L, capture[s], EXP0, NEED_NEVER, freshTrust, mass);
      }
      const into: Segment[] = [];
      if (fill) into.push(segment);
      if (capture) into.push(capture[s]);
      for (const v of [UNF0, UNF1, LAP0, LAP1]) {
        const chance = this.stageOf[v] === LAPSED ? pLapsed : pUnaware;
        if (!(chance > 0)) continue;
        const exposed = EXP0 + this.threadOf[v];
        for (let k = 0; k < K; k++) {
          let moved = 0;
          for (let j = 0; j < J; j++) {
            const i = (v * W * K + k) * J + j;
            const mass = segment.mass[i] * chance;
            if (!(mass > 0)) continue;
            segment.mass[i] -= mass;
            moved += mass;
            // A lead again starts a new membership (no longer a referral one).
            const need = j === NEED_REFERRED ? NEED_NEVER : j;
            for (const t of into) t.mass[(exposed * W * K + k) * J + need] += mass;
          }
          if (!(moved > 0)) continue;
          tally[channel] += moved;
          const g = v * W * K + k;
          const moment = segment.moment[g] * chance;
          const square = segment.square[g] * chance;
          segment.moment[g] -= moment;
          segment.square[g] -= square;
          for (const t of into) {
            t.moment[exposed * W * K + k] += moment;
            t.square[exposed * W * K + k] += square;
          }
        }
      }
    }
  }

  /**
   * Steps 3–5 and the end of the day: the active loop (touches → trust → at most one order
   * → one competing transition), contacts and group joins rationed to the room and the seats
   * free (shares filled from the whole population with `fill`), idle agents' decay, lapsed
   * purchases, and the need states moving a day on. Reads `current`, writes `next` (zeroed
   * here). Unaware agents are dropped when `keepUnaware` is false (a cohort's member who
   * forgot buys nothing until reached again, and then belongs to a new membership).
   */
  operate(current: Segment[], next: Segment[], map: DayMap, fill: boolean, keepUnaware: boolean, tally: DayTally): void {
    const L = this.layout;
    const { J, K, W, ready, bins } = L;
    const p = this.p;
    while (this.threadDemand.length < current.length) {
      this.threadDemand.push(emptySegment(L, false));
      this.candidates.push(emptySegment(L, false));
    }
    const decayA = 1 - p.trustDecay;
    const decayB = p.trustDecay * p.trustRest;
    const goodA = 1 - p.trustGainPurchase;
    const goodB = p.trustGainPurchase;
    const badA = 1 - p.badExperienceLoss;
    const bad = p.badExperienceRate;
    const ov = p.orderValue;
    const promoPrice = ov * (1 - p.couponDepth);
    const promoMargin = ov * (p.grossMargin - p.couponDepth);
    const fullMargin = ov * p.grossMargin;
    const tc = p.touchConversion;
    const close = p.serviceCloseRate;
    const sens = 2 * p.trustSensitivity;
    const ref = p.trustReference;
    const promoMult = this.promoMult;
    const stay = this.stayPieces;
    const good = this.goodPieces;
    const worse = this.badPieces;
    const needs = this.needs;
    const { stageOf, threadOf, stageMult } = this;
    const TODAY = NEED_TODAY;
    const NEVER = NEED_NEVER;
    const REFERRED = NEED_REFERRED;

    for (let s = 0; s < current.length; s++) {
      const cur = current[s];
      const nx = next[s];
      nx.mass.fill(0);
      nx.moment.fill(0);
      nx.square.fill(0);
      nx.fresh = keepUnaware ? cur.fresh : 0;
      nx.local = cur.local;
      const demand = this.threadDemand[s];
      const cand = this.candidates[s];
      for (const a of [demand.mass, demand.moment, demand.square, cand.mass, cand.moment, cand.square]) a.fill(0);
      const cm = cur.mass;

      for (let v = 0; v < VARIANTS; v++) {
        const stage = stageOf[v];
        const thread = threadOf[v];
        const idle = v < EXP0 || v >= LAP0;
        if (v < EXP0 && !keepUnaware) continue;
        const g = stageMult[stage];
        const cls = stage === GROUP ? 1 : 0;
        // Only the private domain has a fatigue window; the others are all at window 0.
        const windows = idle || stage === EXPOSED ? 1 : W;
        for (let c = 0; c < windows; c++) {
          for (let k = 0; k < K; k++) {
            // The group's masses by need state.
            const gi = (v * W + c) * K + k;
            let M = 0;
            for (let j = 0, row = gi * J; j < J; j++) {
              const m = cm[row + j];
              needs[j] = m;
              M += m;
            }
            if (!(M > 0)) continue;
            const tau = cur.moment[gi] / M;
            const spread = Math.max(0, cur.square[gi] / M - tau * tau);
            const first = needs[REFERRED] + needs[NEVER];
            const repeat = needs[ready];
            if (idle) {
              // A day idle: trust decays toward rest (lapsed purchases come after the joins).
              cut(bins, decayA * tau + decayB, decayA * decayA * spread, stay);
              this.spread(nx, v, 0, stay, needs, 1, M);
              continue;
            }
            if (stage === EXPOSED) {
              const t1 = decayA * tau + decayB;
              const v1 = decayA * decayA * spread;
              const m1 = this.multiplier(t1);
              const pFirst = clamp01(p.firstPurchaseRate * g * m1);
              const pRepeat = clamp01(p.purchaseRate * g * m1);
              const ordered = first * pFirst + repeat * pRepeat;
              const referredOrders = needs[REFERRED] * pFirst;
              if (ordered > 0) {
                needs[REFERRED] *= 1 - pFirst;
                needs[NEVER] *= 1 - pFirst;
                needs[ready] *= 1 - pRepeat;
              }
              cut(bins, t1, v1, stay);
              this.exposedMoves(nx, thread, stay, t1, needs, M - ordered, -1, keepUnaware);
              if (ordered > 0) {
                tally.orders += ordered;
                tally.revenue += ordered * ov;
                tally.margin += ordered * fullMargin;
                tally.referredFirstOrders += referredOrders;
                const tg = goodA * t1 + goodB;
                const tb = badA * t1;
                cut(bins, tg, goodA * goodA * v1, good);
                this.exposedMoves(nx, thread, good, tg, needs, ordered * (1 - bad), TODAY, keepUnaware);
                cut(bins, tb, badA * badA * v1, worse);
                this.exposedMoves(nx, thread, worse, tb, needs, ordered * bad, TODAY, keepUnaware);
              }
              continue;
            }
            // Private domain: the day's touches, then at most one order, then one move.
            const branches = map.branches[cls][c];
            const sigma = map.service[s][gi];
            const referredMass = needs[REFERRED];
            for (let b = 0; b < branches.length; b++) {
              const br = branches[b];
              const share = br.p * (br.talk ? sigma : 1 - sigma);
              if (!(share > 0)) continue;
              const t1 = br.a * tau + br.b;
              const v1 = br.a * br.a * spread;
              let pFirst = 0;
              let pRepeat = 0;
              let price = ov;
              let unitMargin = fullMargin;
              if (first > 0 || repeat > 0) {
                const m1 = 1 + sens * (t1 - ref);
                const m = m1 > 0 ? m1 : 0;
                const promo = br.promo ? promoMult : 1;
                const touch = br.content > 0 ? 1 - (1 - clamp01(tc * m)) ** br.content : 0;
                const talk = br.talk ? clamp01(close * m) : 0;
                const other = (1 - touch) * (1 - talk);
                pFirst = 1 - (1 - clamp01(p.firstPurchaseRate * g * m * promo)) * other;
                pRepeat = 1 - (1 - clamp01(p.purchaseRate * g * m * promo)) * other;
                if (br.promo) {
                  price = promoPrice;
                  unitMargin = promoMargin;
                }
              }
              const ordered = share * (first * pFirst + repeat * pRepeat);
              cut(bins, t1, v1, stay);
              this.privateMoves(nx, demand, cand, v, stay, t1, needs, share, pFirst, pRepeat, M * share - ordered, -1, br);
              if (ordered > 0) {
                tally.orders += ordered;
                tally.revenue += ordered * price;
                tally.margin += ordered * unitMargin;
                if (br.promo) tally.discounts += ordered * (ov - promoPrice);
                tally.referredFirstOrders += referredMass * share * pFirst;
                const tg = goodA * t1 + goodB;
                const tb = badA * t1;
                cut(bins, tg, goodA * goodA * v1, good);
                this.privateMoves(nx, demand, cand, v, good, tg, needs, 0, 0, 0, ordered * (1 - bad), TODAY, br);
                cut(bins, tb, badA * badA * v1, worse);
                this.privateMoves(nx, demand, cand, v, worse, tb, needs, 0, 0, 0, ordered * bad, TODAY, br);
              }
            }
          }
        }
      }
    }

    this.resolveThreads(current.length, next, map, fill);
    this.resolveSeats(current.length, next, map, fill);
    this.lapsedPurchases(next, tally);
    for (const nx of next) ageNeeds(L, nx);
  }

  /**
   * Adds a group's mass, shaped as `pieces`, to (variant, window) of a segment: `needs[j] ×
   * factor` agents of each need state, `total × factor` agents in the moments.
   */
  private spread(into: Segment, v: number, c: number, pieces: Pieces, needs: Float64Array, factor: number, total: number): void {
    if (!(factor > 0) || !(total > 0)) return;
    const { J, K, W } = this.layout;
    const group = (v * W + c) * K;
    const mass = into.mass;
    for (let q = 0; q < pieces.count; q++) {
      const k = pieces.bin[q];
      const share = pieces.share[q] * factor;
      const row = (group + k) * J;
      for (let j = 0; j < J; j++) mass[row + j] += needs[j] * share;
      const m = total * share;
      into.moment[group + k] += m * pieces.mean[q];
      into.square[group + k] += m * pieces.square[q];
    }
  }

  /** Adds `mass` agents of one need state, shaped as `pieces`, to (variant, window) of a segment. */
  private spreadOne(into: Segment, v: number, need: number, c: number, pieces: Pieces, mass: number): void {
    if (!(mass > 0)) return;
    const { J, K, W } = this.layout;
    const group = (v * W + c) * K;
    for (let q = 0; q < pieces.count; q++) {
      const k = pieces.bin[q];
      const m = mass * pieces.share[q];
      into.mass[(group + k) * J + need] += m;
      into.moment[group + k] += m * pieces.mean[q];
      into.square[group + k] += m * pieces.square[q];
    }
  }

  /**
   * An exposed agent's competing transition: follow with followRate × m, forget with
   * forgetRate. Moves `total` agents: the need states' `needs` (when `need` < 0) or all of
   * them into one need state.
   */
  private exposedMoves(nx: Segment, thread: number, pieces: Pieces, trust: number, needs: Float64Array, total: number, need: number, keepUnaware: boolean): void {
    if (!(total > 0)) return;
    const follow = clamp01(this.p.followRate * this.multiplier(trust));
    const forget = Math.min(this.p.forgetRate, 1 - follow);
    const rest = 1 - follow - forget;
    if (need < 0) {
      this.spread(nx, FOL0 + thread, 0, pieces, needs, follow, total);
      if (keepUnaware) this.spread(nx, UNF0 + thread, 0, pieces, needs, forget, total);
      this.spread(nx, EXP0 + thread, 0, pieces, needs, rest, total);
      return;
    }
    this.spreadOne(nx, FOL0 + thread, need, 0, pieces, total * follow);
    if (keepUnaware) this.spreadOne(nx, UNF0 + thread, need, 0, pieces, total * forget);
    this.spreadOne(nx, EXP0 + thread, need, 0, pieces, total * rest);
  }

  /**
   * A private agent's competing transition. Follower: unfollow (base + fatigue exits), ask
   * to join, open a thread (dmRate × m, or the rest of the chances after a conversation).
   * Contact: unfollow, ask to join. Group member: unfollow, or leave the group (base +
   * fatigue exits) back to contact or follower. Staying in the private domain carries
   * tomorrow's window; lapsing empties it.
   *
   * Moves `total` agents: when `need` < 0, the group's need states that did not order (each
   * `needs[j] × share`, less the orders `pFirst`, `pRepeat` of those who could buy), else all
   * into one need state.
   */
  private privateMoves(
    nx: Segment,
    demand: Segment,
    cand: Segment,
    v: number,
    pieces: Pieces,
    trust: number,
    needs: Float64Array,
    share: number,
    pFirst: number,
    pRepeat: number,
    total: number,
    need: number,
    br: Branch,
  ): void {
    if (!(total > 0)) return;
    const p = this.p;
    const stage = this.stageOf[v];
    const thread = this.threadOf[v];
    const window = br.window;
    const isGroup = stage === GROUP;
    const unfollow = clamp01(p.unfollowRate + (isGroup ? 0 : br.exit));
    let join = 0;
    let dm = 0;
    let leave = 0;
    if (isGroup) leave = Math.min(p.groupLeaveRate + br.exit, 1 - unfollow);
    else {
      const m = this.multiplier(trust);
      join = Math.min(clamp01(p.groupInviteRate * m), 1 - unfollow);
      if (stage === FOLLOWER) dm = br.talk ? 1 - unfollow - join : Math.min(clamp01(p.dmRate * m), 1 - unfollow - join);
    }
    const rest = 1 - unfollow - join - dm - leave;
    const lapsed = LAP0 + thread;
    const back = thread ? CON : FOL0;
    if (need >= 0) {
      this.spreadOne(nx, lapsed, need, 0, pieces, total * unfollow);
      this.spreadOne(nx, v, need, window, pieces, total * rest);
      if (leave > 0) this.spreadOne(nx, back, need, window, pieces, total * leave);
      if (join > 0) this.spreadOne(cand, v, need, window, pieces, total * join);
      if (dm > 0) this.spreadOne(demand, v, need, window, pieces, total * dm);
      return;
    }
    // The need states that did not order: scale each by its no-order chance, and write all
    // the destinations in one pass over the pieces (the hot path of the day).
    const { J, K, W, ready } = this.layout;
    const scaled = this.scaled;
    const keepFirst = share * (1 - pFirst);
    const keepRepeat = share * (1 - pRepeat);
    for (let j = 0; j < J; j++) scaled[j] = needs[j] * (j === NEED_REFERRED || j === NEED_NEVER ? keepFirst : j === ready ? keepRepeat : share);
    const into = nx.mass;
    const joining = cand.mass;
    const asking = demand.mass;
    const lapsedGroup = lapsed * W * K;
    const hereGroup = (v * W + window) * K;
    const backGroup = (back * W + window) * K;
    for (let q = 0; q < pieces.count; q++) {
      const k = pieces.bin[q];
      const piece = pieces.share[q];
      const mean = pieces.mean[q];
      const square = pieces.square[q];
      const fu = unfollow * piece;
      const fr = rest * piece;
      const fl = leave * piece;
      const fj = join * piece;
      const fd = dm * piece;
      const rowLapsed = (lapsedGroup + k) * J;
      const rowHere = (hereGroup + k) * J;
      const rowBack = (backGroup + k) * J;
      for (let j = 0; j < J; j++) {
        const x = scaled[j];
        into[rowLapsed + j] += x * fu;
        into[rowHere + j] += x * fr;
      }
      if (fl > 0) for (let j = 0; j < J; j++) into[rowBack + j] += scaled[j] * fl;
      if (fj > 0) for (let j = 0; j < J; j++) joining[rowHere + j] += scaled[j] * fj;
      if (fd > 0) for (let j = 0; j < J; j++) asking[rowHere + j] += scaled[j] * fd;
      addMoments(nx, lapsedGroup + k, total * fu, mean, square);
      addMoments(nx, hereGroup + k, total * fr, mean, square);
      if (fl > 0) addMoments(nx, backGroup + k, total * fl, mean, square);
      if (fj > 0) addMoments(cand, hereGroup + k, total * fj, mean, square);
      if (fd > 0) addMoments(demand, hereGroup + k, total * fd, mean, square);
    }
  }

  /** Would-be contacts take the room left on the lists (rationed uniformly); the rest stay followers. */
  private resolveThreads(segments: number, next: Segment[], map: DayMap, fill: boolean): void {
    if (fill) {
      let want = 0;
      for (let s = 0; s < segments; s++) want += sum(this.threadDemand[s].mass);
      map.threadAccepted = want > this.roomAfterScans ? Math.max(0, this.roomAfterScans) / want : 1;
    }
    for (let s = 0; s < segments; s++) {
      for (const v of [FOL0, FOL1]) this.settle(this.threadDemand[s], next[s], v, CON, map.threadAccepted);
    }
  }

  /** Group candidates take the seats free after everyone moved, all if they fit, else a uniform share. */
  private resolveSeats(segments: number, next: Segment[], map: DayMap, fill: boolean): void {
    if (fill) {
      let want = 0;
      let members = 0;
      for (let s = 0; s < segments; s++) {
        want += sum(this.candidates[s].mass);
        members += this.variantMass(next[s], GRP0) + this.variantMass(next[s], GRP1);
      }
      const free = this.seats() - members;
      map.seatAccepted = want > free ? Math.max(0, free) / want : 1;
    }
    for (let s = 0; s < segments; s++) {
      for (const v of [FOL0, FOL1, CON]) {
        this.settle(this.candidates[s], next[s], v, v === CON ? GRP1 : GRP0 + this.threadOf[v], map.seatAccepted);
      }
    }
  }

  /** Moves a scratch variant's agents into `next`: `accepted` of them to `to`, the rest back to `v`. */
  private settle(scratch: Segment, nx: Segment, v: number, to: number, accepted: number): void {
    const { J, K, W } = this.layout;
    const block = J * W * K;
    for (let i = 0; i < block; i++) {
      const mass = scratch.mass[v * block + i];
      if (!(mass > 0)) continue;
      nx.mass[to * block + i] += mass * accepted;
      nx.mass[v * block + i] += mass * (1 - accepted);
    }
    const groups = W * K;
    for (let i = 0; i < groups; i++) {
      const moment = scratch.moment[v * groups + i];
      const square = scratch.square[v * groups + i];
      nx.moment[to * groups + i] += moment * accepted;
      nx.square[to * groups + i] += square * accepted;
      nx.moment[v * groups + i] += moment * (1 - accepted);
      nx.square[v * groups + i] += square * (1 - accepted);
    }
  }

  /** Step 5: lapsed agents buy through public channels with g = stageMultLapsed and m = 1. */
  private lapsedPurchases(next: Segment[], tally: DayTally): void {
    const p = this.p;
    const L = this.layout;
    const { J, K, W, ready, bins } = L;
    const first = clamp01(p.firstPurchaseRate * p.stageMultLapsed);
    const repeat = clamp01(p.purchaseRate * p.stageMultLapsed);
    if (!(first > 0) && !(repeat > 0)) return;
    const goodA = 1 - p.trustGainPurchase;
    const badA = 1 - p.badExperienceLoss;
    const bad = p.badExperienceRate;
    for (const nx of next) {
      for (const v of [LAP0, LAP1]) {
        for (let k = 0; k < K; k++) {
          let M = 0;
          let ordered = 0;
          for (let j = 0; j < J; j++) {
            const i = (v * W * K + k) * J + j;
            const m = nx.mass[i];
            if (!(m > 0)) continue;
            M += m;
            const chance = j === NEED_REFERRED || j === NEED_NEVER ? first : j === ready ? repeat : 0;
            if (!(chance > 0)) continue;
            nx.mass[i] -= m * chance;
            ordered += m * chance;
            if (j === NEED_REFERRED) tally.referredFirstOrders += m * chance;
          }
          if (!(ordered > 0)) continue;
          const g = v * W * K + k;
          const tau = nx.moment[g] / M;
          const second = nx.square[g] / M;
          const spread = Math.max(0, second - tau * tau);
          nx.moment[g] -= ordered * tau;
          nx.square[g] -= ordered * second;
          tally.orders += ordered;
          tally.revenue += ordered * p.orderValue;
          tally.margin += ordered * p.orderValue * p.grossMargin;
          cut(bins, goodA * tau + p.trustGainPurchase, goodA * goodA * spread, this.goodPieces);
          this.spreadOne(nx, v, NEED_TODAY, 0, this.goodPieces, ordered * (1 - bad));
          cut(bins, badA * tau, badA * badA * spread, this.badPieces);
          this.spreadOne(nx, v, NEED_TODAY, 0, this.badPieces, ordered * bad);
        }
      }
    }
  }

  variantMass(segment: Segment, v: number): number {
    const { J, K, W } = this.layout;
    let total = 0;
    const start = v * W * K * J;
    for (let i = start; i < start + W * K * J; i++) total += segment.mass[i];
    return total;
  }
}

/** Adds `mass` agents of mean trust `mean` and mean square `square` to a group's moments. */
function addMoments(into: Segment, group: number, mass: number, mean: number, square: number): void {
  into.moment[group] += mass * mean;
  into.square[group] += mass * square;
}

function sum(a: Float64Array): number {
  let total = 0;
  for (let i = 0; i < a.length; i++) total += a[i];
  return total;
}
