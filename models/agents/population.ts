/**
 * The agents, as a struct of typed arrays (one array per attribute, never an object per
 * agent), stored by slot and partitioned into the three pools an agent can be in:
 * slots [0, unawareEnd) unaware, [unawareEnd, activeEnd) active (exposed, follower,
 * contact, group), [activeEnd, N) lapsed.
 *
 * Unaware and lapsed agents are idle: nothing happens to them except events sampled for the
 * whole pool, so the daily loop only visits the active segment, and visits it in memory
 * order (the contiguous segment is what makes the loop fast: agents scattered over the
 * arrays cost a cache miss per attribute). Moving an agent between neighbouring pools swaps
 * its attributes with the agent at the boundary; every move the model makes is between
 * neighbours, and each returns the agent's new slot. Agents are exchangeable: nothing in
 * the model depends on a slot's number.
 */
import { CHANNEL_COUNT, UNAWARE } from '../stages.ts';

/** Flag bits in `flags`: channel in bits 0–2, then these. */
export const FLAG_CHANNEL_MASK = 0b111;
/** Has had a one-to-one thread (DM or WeChat friend): leaving a group returns to contact. */
export const FLAG_HAD_CONTACT = 1 << 3;
/** Has ever been a group member (for the group repurchase rate). */
export const FLAG_EVER_GROUP = 1 << 4;
/** Has ever been acquired (has a cohort). */
export const FLAG_ACQUIRED = 1 << 5;

/** Memory per agent, bytes. */
export const BYTES_PER_AGENT =
  1 /* stage */ + 1 /* flags */ + 4 /* trust */ + 2 /* acquiredDay */ + 2 /* firstPurchaseDay */ +
  2 /* purchases */ + 4 /* revenue */ + 1 /* touchCount */ + 2 /* touchWeek */ + 2; /* idleSince */

export class Population {
  readonly size: number;
  /** Relationship stage code (see stages.ts). */
  readonly stage: Uint8Array;
  /** Acquisition channel (bits 0–2) and FLAG_* bits. */
  readonly flags: Uint8Array;
  /** Trust in [0, 1]. */
  readonly trust: Float32Array;
  /** Day of first acquisition (the cohort), −1 if never acquired. */
  readonly acquiredDay: Int16Array;
  /** Day of the first purchase, −1 if none. */
  readonly firstPurchaseDay: Int16Array;
  /** Orders placed (saturates at 65,535). */
  readonly purchases: Uint16Array;
  /** Revenue from this agent, RMB (undiscounted). */
  readonly revenue: Float32Array;
  /** Touches in the current fatigue window (calendar week `touchWeek`). */
  readonly touchCount: Uint8Array;
  readonly touchWeek: Int16Array;
  /** Day the agent went idle (forgot or lapsed), for lazy trust decay while idle. */
  readonly idleSince: Int16Array;
  /**
   * Identity tracking, off unless asked for (8 more bytes an agent): `agentAt[slot]` is the
   * agent's stable id and `slotOf[id]` its current slot, kept in step by every move. Views
   * that follow individual agents (the lesson's dots) need it; the model never reads it.
   */
  readonly agentAt: Int32Array | null;
  readonly slotOf: Int32Array | null;
  /** End of the unaware segment. */
  unawareEnd: number;
  /** End of the active segment; lapsed agents follow it. */
  activeEnd: number;

  constructor(size: number, options: { trackIdentity?: boolean } = {}) {
    this.size = size;
    this.agentAt = options.trackIdentity ? Int32Array.from({ length: size }, (_, i) => i) : null;
    this.slotOf = options.trackIdentity ? Int32Array.from({ length: size }, (_, i) => i) : null;
    this.stage = new Uint8Array(size).fill(UNAWARE);
    this.flags = new Uint8Array(size);
    this.trust = new Float32Array(size);
    this.acquiredDay = new Int16Array(size).fill(-1);
    this.firstPurchaseDay = new Int16Array(size).fill(-1);
    this.purchases = new Uint16Array(size);
    this.revenue = new Float32Array(size);
    this.touchCount = new Uint8Array(size);
    this.touchWeek = new Int16Array(size).fill(-1);
    this.idleSince = new Int16Array(size);
    this.unawareEnd = size;
    this.activeEnd = size;
  }

  get unawareCount(): number {
    return this.unawareEnd;
  }
  get activeCount(): number {
    return this.activeEnd - this.unawareEnd;
  }
  get lapsedCount(): number {
    return this.size - this.activeEnd;
  }

  /**
   * Exchanges every attribute of the agents in slots a and b. Written out array by array:
   * a shared helper over the five typed-array kinds was megamorphic and cost a third of a
   * default run's moves.
   */
  private swap(a: number, b: number): void {
    if (a === b) return;
    const stage = this.stage;
    const st = stage[a];
    stage[a] = stage[b];
    stage[b] = st;
    const flags = this.flags;
    const fl = flags[a];
    flags[a] = flags[b];
    flags[b] = fl;
    const trust = this.trust;
    const tr = trust[a];
    trust[a] = trust[b];
    trust[b] = tr;
    const acquiredDay = this.acquiredDay;
    const ad = acquiredDay[a];
    acquiredDay[a] = acquiredDay[b];
    acquiredDay[b] = ad;
    const firstPurchaseDay = this.firstPurchaseDay;
    const fp = firstPurchaseDay[a];
    firstPurchaseDay[a] = firstPurchaseDay[b];
    firstPurchaseDay[b] = fp;
    const purchases = this.purchases;
    const pu = purchases[a];
    purchases[a] = purchases[b];
    purchases[b] = pu;
    const revenue = this.revenue;
    const re = revenue[a];
    revenue[a] = revenue[b];
    revenue[b] = re;
    const touchCount = this.touchCount;
    const tc = touchCount[a];
    touchCount[a] = touchCount[b];
    touchCount[b] = tc;
    const touchWeek = this.touchWeek;
    const tw = touchWeek[a];
    touchWeek[a] = touchWeek[b];
    touchWeek[b] = tw;
    const idleSince = this.idleSince;
    const is = idleSince[a];
    idleSince[a] = idleSince[b];
    idleSince[b] = is;
    const agentAt = this.agentAt;
    const slotOf = this.slotOf;
    if (agentAt !== null && slotOf !== null) {
      const agentA = agentAt[a];
      const agentB = agentAt[b];
      agentAt[a] = agentB;
      agentAt[b] = agentA;
      slotOf[agentB] = a;
      slotOf[agentA] = b;
    }
  }

  /** The cohort of the agent in `slot`: acquisition day × channels + channel (acquired agents only). */
  cohortOf(slot: number): number {
    return this.acquiredDay[slot] * CHANNEL_COUNT + (this.flags[slot] & FLAG_CHANNEL_MASK);
  }

  /** Unaware → active; returns the agent's new slot (its stage is set by the caller). */
  unawareToActive(slot: number): number {
    this.unawareEnd--;
    this.swap(slot, this.unawareEnd);
    return this.unawareEnd;
  }

  /** Active → unaware (forgot); returns the new slot. */
  activeToUnaware(slot: number): number {
    this.swap(slot, this.unawareEnd);
    this.unawareEnd++;
    return this.unawareEnd - 1;
  }

  /** Active → lapsed; returns the new slot. */
  activeToLapsed(slot: number): number {
    this.activeEnd--;
    this.swap(slot, this.activeEnd);
    return this.activeEnd;
  }

  /** Lapsed → active (re-exposed, or scanned a store code); returns the new slot. */
  lapsedToActive(slot: number): number {
    this.swap(slot, this.activeEnd);
    this.activeEnd++;
    return this.activeEnd - 1;
  }
}
