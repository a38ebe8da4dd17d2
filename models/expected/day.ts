/**
 * One day of the twin (docs/model.md#the-day-in-order), applied to a distribution.
 *
 * The whole population is stepped first: it reads its own totals (yesterday's private
 * domain, eligible referrers, active fans, contacts) and fills the day's `DayMap` (every
 * probability and every rationing share of the day). Once the map is filled the day is a
 * linear map of the distribution, so the same code steps each acquisition cohort for the LTV
 * curve with the map held fixed (mean field: pool-level feedbacks read expected counts).
 */
import type { Params } from '../params/schema.ts';
import { CONTACT, EXPOSED, FOLLOWER, GROUP, LAPSED } from '../stages.ts';
import {
  CON,
  EXP0,
  FOL0,
  GRP0,
  LAP0,
  NEED_NEVER,
  NEED_REFERRED,
  NEED_TODAY,
  UNF0,
  VARIANTS,
  VARIANT_STAGE,
  VARIANT_THREAD,
  ageNeeds,
  cellOf,
  deposit,
  transfer,
  type Layout,
  type Segment,
} from './population.ts';
import { cut, emptyPieces, SERVICE_BINS, type Pieces } from './trustBins.ts';
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
  /** Index into `branches[class]` for each trust bin (its service probability). */
  serviceIndex: Int32Array;
  /** Outcomes of the day for [follower or contact, group member][service index][window]. */
  branches: [Branch[][][], Branch[][][]];
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
  /** Agents who entered the private domain today (scans) and who will tomorrow (follows). */
  enteredToday: number;
  enterTomorrow: number;
  /** Agents who joined a group tonight (members from tomorrow). */
  joined: number;
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
    enteredToday: 0,
    enterTomorrow: 0,
    joined: 0,
  };
}

/** Yesterday's totals over the whole population that today's feedbacks read (agents). */
export interface Totals {
  privateMembers: number;
  /** Followers and contacts; group members. */
  plainMembers: number;
  groupMembers: number;
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
  private readonly pieces: Pieces = emptyPieces();
  /** Contact room left after the day's scans (whole population, filled by `exposure`). */
  private roomAfterScans = 0;
  // The layout's codes as fields: the hot loops read locals and fields, not imported bindings.
  private readonly stageOf = Int32Array.from(VARIANT_STAGE);
  private readonly threadOf = Int32Array.from(VARIANT_THREAD);
  private readonly codes = { unf0: UNF0, exp0: EXP0, fol0: FOL0, con: CON, grp0: GRP0, lap0: LAP0, group: GROUP, follower: FOLLOWER, exposed: EXPOSED };

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

  /** Conversations a day in agents: staff × conversationsPerStaff / w. */
  conversations(): number {
    return (this.p.staff * this.p.conversationsPerStaff) / this.w;
  }

  /** Yesterday's totals, read at the start of a day. */
  totals(population: Segment[]): Totals {
    const { J, K, W, bins } = this.layout;
    const p = this.p;
    const out: Totals = {
      privateMembers: 0,
      plainMembers: 0,
      groupMembers: 0,
      contacts: 0,
      eligibleReferrers: 0,
      activeFans: 0,
      serviceHistogram: new Float64Array(SERVICE_BINS),
    };
    const { exp0, lap0, exposed, group } = this.codes;
    for (const segment of population) {
      for (let v = exp0; v < lap0; v++) {
        const stage = this.stageOf[v];
        for (let j = 0; j < J; j++) {
          const bought = j >= NEED_TODAY;
          for (let ik = 0; ik < W * K; ik++) {
            const k = ik % K;
            const i = (v * J + j) * W * K + ik;
            const mass = segment.mass[i];
            if (!(mass > 0)) continue;
            const trust = segment.moment[i] / mass;
            if (bought && (bins.edges[k] >= p.referralTrustThreshold || trust >= p.referralTrustThreshold)) out.eligibleReferrers += mass;
            if (stage === exposed) continue;
            out.privateMembers += mass;
            if (stage === group) out.groupMembers += mass;
            else out.plainMembers += mass;
            if (stage === CONTACT) out.contacts += mass;
            if (stage === group || bins.edges[k] >= p.tierAffinity || trust >= p.tierAffinity) out.activeFans += mass;
            out.serviceHistogram[bins.serviceBin[k]] += mass;
          }
        }
      }
    }
    return out;
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
      if (map.referred > 0) {
        population.forEach((segment, s) => {
          const mass = segment.fresh * map.referred;
          if (!(mass > 0)) return;
          segment.fresh -= mass;
          tally.leadsReferral += mass;
          deposit(this.layout, segment, EXP0, NEED_REFERRED, p.trustInitReferral, mass);
          if (capture) deposit(this.layout, capture[s], EXP0, NEED_REFERRED, p.trustInitReferral, mass);
        });
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
      for (const v of [UNF0, UNF0 + 1, EXP0, EXP0 + 1, LAP0, LAP0 + 1]) scannable += this.variantMass(local, v);
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
    population.forEach((segment, s) => {
      if (!segment.local) return;
      const land = (into: Segment, thread: number, need: number, trust: number, mass: number) => {
        deposit(L, into, CON, need, trust, mass * toContact);
        deposit(L, into, FOL0 + thread, need, trust, mass * (1 - toContact));
      };
      if (segment.fresh > 0) {
        const mass = segment.fresh * h;
        segment.fresh -= mass;
        tally.leadsOffline += mass;
        tally.effectiveScans += mass;
        tally.enteredToday += mass;
        land(segment, 0, NEED_NEVER, floor, mass);
        if (capture) land(capture[s], 0, NEED_NEVER, floor, mass);
      }
      for (const v of [UNF0, UNF0 + 1, EXP0, EXP0 + 1, LAP0, LAP0 + 1]) {
        const isLead = this.stageOf[v] !== EXPOSED;
        const thread = this.threadOf[v];
        for (let j = 0; j < J; j++) {
          // A lead starts a new (offline) membership; an exposed scanner keeps its own.
          const need = isLead && j === NEED_REFERRED ? NEED_NEVER : j;
          for (let k = 0; k < K; k++) {
            const i = (v * J + j) * W * K + k;
            const mass = segment.mass[i] * h;
            if (!(mass > 0)) continue;
            tally.effectiveScans += mass;
            tally.enteredToday += mass;
            if (isLead) tally.leadsOffline += mass;
            const targets: Segment[] = [];
            if (!isLead || fill) targets.push(segment);
            if (isLead && capture) targets.push(capture[s]);
            if (bins.edges[k] >= floor) {
              // Already at or above the floor (a bin is wholly on one side of it): trust kept.
              const share = [toContact, 1 - toContact];
              const dest = [cellOf(L, CON, need, k), cellOf(L, FOL0 + thread, need, k)];
              const moved = { mass, moment: segment.moment[i] * h, square: segment.square[i] * h };
              for (const into of targets)
                for (let d = 0; d < 2; d++) {
                  into.mass[dest[d]] += moved.mass * share[d];
                  into.moment[dest[d]] += moved.moment * share[d];
                  into.square[dest[d]] += moved.square * share[d];
                }
            } else {
              for (const into of targets) land(into, thread, need, floor, mass);
            }
            segment.mass[i] -= mass;
            segment.moment[i] -= segment.moment[i] * h;
            segment.square[i] -= segment.square[i] * h;
          }
        }
      }
    });
  }

  /** Paid: cac (a cost per lead on the never-reached share) or cpm (impressions, click-through). */
  private fillPaid(population: Segment[], map: DayMap): void {
    const p = this.p;
    let never = 0;
    let unaware = 0;
    let lapsed = 0;
    for (const segment of population) {
      never += segment.fresh;
      unaware += segment.fresh + this.variantMass(segment, UNF0) + this.variantMass(segment, UNF0 + 1);
      lapsed += this.variantMass(segment, LAP0) + this.variantMass(segment, LAP0 + 1);
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
    population.forEach((segment, s) => {
      if (fill && segment.fresh > 0 && pUnaware > 0) {
        const mass = segment.fresh * pUnaware;
        segment.fresh -= mass;
        tally[channel] += mass;
        deposit(L, segment, EXP0, NEED_NEVER, freshTrust, mass);
        if (capture) deposit(L, capture[s], EXP0, NEED_NEVER, freshTrust, mass);
      }
      for (const v of [UNF0, UNF0 + 1, LAP0, LAP0 + 1]) {
        const chance = this.stageOf[v] === LAPSED ? pLapsed : pUnaware;
        if (!(chance > 0)) continue;
        const into = EXP0 + this.threadOf[v];
        for (let j = 0; j < J; j++) {
          const need = j === NEED_REFERRED ? NEED_NEVER : j;
          for (let k = 0; k < K; k++) {
            const i = (v * J + j) * W * K + k;
            const m0 = segment.mass[i];
            if (!(m0 > 0)) continue;
            const to = (into * J + need) * W * K + k;
            tally[channel] += m0 * chance;
            if (capture) {
              const c = capture[s];
              c.mass[to] += m0 * chance;
              c.moment[to] += segment.moment[i] * chance;
              c.square[to] += segment.square[i] * chance;
            }
            if (fill) transfer(segment, i, segment, to, chance);
            else {
              segment.mass[i] -= m0 * chance;
              segment.moment[i] -= segment.moment[i] * chance;
              segment.square[i] -= segment.square[i] * chance;
            }
          }
        }
      }
    });
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
      this.threadDemand.push(blank(L.cells));
      this.candidates.push(blank(L.cells));
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
    const pieces = this.pieces;
    const { stageOf, threadOf, stageMult } = this;
    const { exp0, lap0, exposed, group } = this.codes;
    const TODAY = NEED_TODAY;
    const NEVER = NEED_NEVER;
    const REFERRED = NEED_REFERRED;
    const VARIANT_COUNT = VARIANTS;

    current.forEach((cur, s) => {
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
      const cq = cur.moment;
      const cs = cur.square;

      for (let v = 0; v < VARIANT_COUNT; v++) {
        const stage = stageOf[v];
        const thread = threadOf[v];
        const idle = v < exp0 || v >= lap0;
        if (v < exp0 && !keepUnaware) continue;
        const g = stageMult[stage];
        const cls = stage === group ? 1 : 0;
        // Only the private domain has a fatigue window; the others are all at window 0.
        const windows = idle || stage === exposed ? 1 : W;
        for (let j = 0; j < J; j++) {
          const canBuy = j === NEVER || j === REFERRED || j === ready;
          const rate = j === ready ? p.purchaseRate : p.firstPurchaseRate;
          for (let c = 0; c < windows; c++) {
          const row = ((v * J + j) * W + c) * K;
          for (let k = 0; k < K; k++) {
            const i = row + k;
            const M = cm[i];
            if (!(M > 0)) continue;
            const tau = cq[i] / M;
            const spread = Math.max(0, cs[i] / M - tau * tau);
            if (idle) {
              // A day idle: trust decays toward rest (lapsed purchases come after the joins).
              cut(bins, decayA * tau + decayB, decayA * decayA * spread, pieces);
              addPieces(nx, row, M, pieces);
              continue;
            }
            if (stage === exposed) {
              const t1 = decayA * tau + decayB;
              const v1 = decayA * decayA * spread;
              const pOrder = canBuy ? clamp01(rate * g * this.multiplier(t1)) : 0;
              this.exposedMoves(nx, thread, j, M * (1 - pOrder), t1, v1, keepUnaware, tally);
              if (pOrder > 0) {
                const ordered = M * pOrder;
                tally.orders += ordered;
                tally.revenue += ordered * ov;
                tally.margin += ordered * fullMargin;
                if (j === REFERRED) tally.referredFirstOrders += ordered;
                this.exposedMoves(nx, thread, TODAY, ordered * (1 - bad), goodA * t1 + goodB, goodA * goodA * v1, keepUnaware, tally);
                this.exposedMoves(nx, thread, TODAY, ordered * bad, badA * t1, badA * badA * v1, keepUnaware, tally);
              }
              continue;
            }
            // Private domain: the day's touches, then at most one order, then one move.
            const branches = map.branches[cls][map.serviceIndex[k]][c];
            for (let b = 0; b < branches.length; b++) {
              const br = branches[b];
              const mass = M * br.p;
              if (!(mass > 0)) continue;
              const t1 = br.a * tau + br.b;
              const v1 = br.a * br.a * spread;
              let pOrder = 0;
              if (canBuy) {
                const m1 = 1 + sens * (t1 - ref);
                const m = m1 > 0 ? m1 : 0;
                const base = clamp01(rate * g * m * (br.promo ? promoMult : 1));
                const touch = br.content > 0 ? 1 - (1 - clamp01(tc * m)) ** br.content : 0;
                const talk = br.talk ? clamp01(close * m) : 0;
                pOrder = 1 - (1 - base) * (1 - touch) * (1 - talk);
              }
              this.privateMoves(nx, demand, cand, v, j, mass * (1 - pOrder), t1, v1, br);
              if (pOrder > 0) {
                const ordered = mass * pOrder;
                tally.orders += ordered;
                if (br.promo) {
                  tally.revenue += ordered * promoPrice;
                  tally.margin += ordered * promoMargin;
                  tally.discounts += ordered * (ov - promoPrice);
                } else {
                  tally.revenue += ordered * ov;
                  tally.margin += ordered * fullMargin;
                }
                if (j === REFERRED) tally.referredFirstOrders += ordered;
                this.privateMoves(nx, demand, cand, v, TODAY, ordered * (1 - bad), goodA * t1 + goodB, goodA * goodA * v1, br);
                this.privateMoves(nx, demand, cand, v, TODAY, ordered * bad, badA * t1, badA * badA * v1, br);
              }
            }
          }
          }
        }
      }
    });

    this.resolveThreads(current.length, next, map, fill);
    this.resolveSeats(current.length, next, map, fill, tally);
    this.lapsedPurchases(next, tally);
    for (const nx of next) ageNeeds(L, nx);
  }

  /** Would-be contacts take the room left on the lists (rationed uniformly); the rest stay followers. */
  private resolveThreads(segments: number, next: Segment[], map: DayMap, fill: boolean): void {
    const { J, K, W } = this.layout;
    if (fill) {
      let want = 0;
      for (let s = 0; s < segments; s++) want += sum(this.threadDemand[s].mass);
      map.threadAccepted = want > this.roomAfterScans ? Math.max(0, this.roomAfterScans) / want : 1;
    }
    const a = map.threadAccepted;
    for (let s = 0; s < segments; s++) {
      const d = this.threadDemand[s];
      const nx = next[s];
      for (const v of [FOL0, FOL0 + 1]) {
        for (let j = 0; j < J; j++) {
          for (let ck = 0; ck < W * K; ck++) {
            const i = (v * J + j) * W * K + ck;
            if (!(d.mass[i] > 0)) continue;
            const to = (CON * J + j) * W * K + ck;
            transferShare(d, i, nx, to, a);
            transferShare(d, i, nx, i, 1 - a);
          }
        }
      }
    }
  }

  /** Group candidates take the seats free after everyone moved, all if they fit, else a uniform share. */
  private resolveSeats(segments: number, next: Segment[], map: DayMap, fill: boolean, tally: DayTally): void {
    const { J, K, W } = this.layout;
    if (fill) {
      let want = 0;
      let members = 0;
      for (let s = 0; s < segments; s++) {
        want += sum(this.candidates[s].mass);
        members += this.variantMass(next[s], GRP0) + this.variantMass(next[s], GRP0 + 1);
      }
      const free = this.seats() - members;
      map.seatAccepted = want > free ? Math.max(0, free) / want : 1;
      tally.joined += want * map.seatAccepted;
    }
    const a = map.seatAccepted;
    for (let s = 0; s < segments; s++) {
      const c = this.candidates[s];
      const nx = next[s];
      for (const v of [FOL0, FOL0 + 1, CON]) {
        const into = v === CON ? GRP0 + 1 : GRP0 + this.threadOf[v];
        for (let j = 0; j < J; j++) {
          for (let ck = 0; ck < W * K; ck++) {
            const i = (v * J + j) * W * K + ck;
            if (!(c.mass[i] > 0)) continue;
            transferShare(c, i, nx, (into * J + j) * W * K + ck, a);
            transferShare(c, i, nx, i, 1 - a);
          }
        }
      }
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
    const pieces = this.pieces;
    for (const nx of next) {
      for (const v of [LAP0, LAP0 + 1]) {
        const today = (v * J + NEED_TODAY) * W * K;
        for (const j of [NEED_REFERRED, NEED_NEVER, ready]) {
          const chance = j === ready ? repeat : first;
          if (!(chance > 0)) continue;
          for (let k = 0; k < K; k++) {
            const i = (v * J + j) * W * K + k;
            const M = nx.mass[i];
            if (!(M > 0)) continue;
            const tau = nx.moment[i] / M;
            const spread = Math.max(0, nx.square[i] / M - tau * tau);
            const ordered = M * chance;
            nx.mass[i] -= ordered;
            nx.moment[i] -= ordered * tau;
            nx.square[i] -= ordered * (spread + tau * tau);
            tally.orders += ordered;
            tally.revenue += ordered * p.orderValue;
            tally.margin += ordered * p.orderValue * p.grossMargin;
            if (j === NEED_REFERRED) tally.referredFirstOrders += ordered;
            cut(bins, goodA * tau + p.trustGainPurchase, goodA * goodA * spread, pieces);
            addPieces(nx, today, ordered * (1 - bad), pieces);
            cut(bins, badA * tau, badA * badA * spread, pieces);
            addPieces(nx, today, ordered * bad, pieces);
          }
        }
      }
    }
  }

  /** An exposed agent's competing transition: follow with followRate × m, forget with forgetRate. */
  private exposedMoves(nx: Segment, thread: number, need: number, mass: number, trust: number, spread: number, keepUnaware: boolean, tally: DayTally): void {
    if (!(mass > 0)) return;
    const { J, K, W, bins } = this.layout;
    const follow = clamp01(this.p.followRate * this.multiplier(trust));
    const forget = Math.min(this.p.forgetRate, 1 - follow);
    const codes = this.codes;
    const pieces = this.pieces;
    cut(bins, trust, spread, pieces);
    // Rows at window 0 (outside the private domain nobody is touched).
    const offset = need * W * K;
    const block = J * W * K;
    addPieces(nx, (codes.fol0 + thread) * block + offset, mass * follow, pieces);
    tally.enterTomorrow += mass * follow;
    if (keepUnaware) addPieces(nx, (codes.unf0 + thread) * block + offset, mass * forget, pieces);
    addPieces(nx, (codes.exp0 + thread) * block + offset, mass * (1 - follow - forget), pieces);
  }

  /**
   * A private agent's competing transition. Follower: unfollow (base + fatigue exits), ask
   * to join, open a thread (dmRate × m, or the rest of the chances after a conversation).
   * Contact: unfollow, ask to join. Group member: unfollow, or leave the group (base +
   * fatigue exits) back to contact or follower.
   */
  private privateMoves(nx: Segment, demand: Segment, cand: Segment, v: number, need: number, mass: number, trust: number, spread: number, br: Branch): void {
    if (!(mass > 0)) return;
    const { J, K, W, bins } = this.layout;
    const p = this.p;
    const codes = this.codes;
    const pieces = this.pieces;
    cut(bins, trust, spread, pieces);
    const block = J * W * K;
    // Staying in the private domain carries tomorrow's window; lapsing empties it.
    const offset = need * W * K;
    const here = v * block + offset + br.window * K;
    const stage = this.stageOf[v];
    const thread = this.threadOf[v];
    const isGroup = stage === codes.group;
    const unfollow = clamp01(p.unfollowRate + (isGroup ? 0 : br.exit));
    addPieces(nx, (codes.lap0 + thread) * block + offset, mass * unfollow, pieces);
    if (isGroup) {
      const leave = Math.min(p.groupLeaveRate + br.exit, 1 - unfollow);
      addPieces(nx, (thread ? codes.con : codes.fol0) * block + offset + br.window * K, mass * leave, pieces);
      addPieces(nx, here, mass * (1 - unfollow - leave), pieces);
      return;
    }
    const m = this.multiplier(trust);
    const join = Math.min(clamp01(p.groupInviteRate * m), 1 - unfollow);
    const dm = stage === codes.follower ? (br.talk ? 1 - unfollow - join : Math.min(clamp01(p.dmRate * m), 1 - unfollow - join)) : 0;
    addPieces(cand, here, mass * join, pieces);
    addPieces(demand, here, mass * dm, pieces);
    addPieces(nx, here, mass * (1 - unfollow - join - dm), pieces);
  }

  variantMass(segment: Segment, v: number): number {
    const { J, K, W } = this.layout;
    let total = 0;
    const start = v * J * W * K;
    for (let i = start; i < start + J * W * K; i++) total += segment.mass[i];
    return total;
  }
}

/** Adds `mass` agents shaped as `pieces` to the bins of one row (variant × need) of a segment. */
function addPieces(into: Segment, row: number, mass: number, pieces: Pieces): void {
  if (!(mass > 0)) return;
  for (let q = 0; q < pieces.count; q++) {
    const i = row + pieces.bin[q];
    const m = mass * pieces.share[q];
    into.mass[i] += m;
    into.moment[i] += m * pieces.mean[q];
    into.square[i] += m * pieces.square[q];
  }
}

/** Adds a share of a scratch cell to a cell of a segment (the scratch is read, not emptied). */
function transferShare(from: Segment, i: number, to: Segment, j: number, share: number): void {
  if (!(share > 0)) return;
  to.mass[j] += from.mass[i] * share;
  to.moment[j] += from.moment[i] * share;
  to.square[j] += from.square[i] * share;
}

function blank(cells: number): Segment {
  return { local: false, fresh: 0, mass: new Float64Array(cells), moment: new Float64Array(cells), square: new Float64Array(cells) };
}

function sum(a: Float64Array): number {
  let total = 0;
  for (let i = 0; i < a.length; i++) total += a[i];
  return total;
}
