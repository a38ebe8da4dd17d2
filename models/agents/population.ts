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

/** Flag bits in `flags`: the membership's channel in bits 0–2, then these. */
export const FLAG_CHANNEL_MASK = 0b111;
/** Has had a one-to-one thread (DM or WeChat friend): leaving a group returns to contact. */
export const FLAG_HAD_CONTACT = 1 << 3;
/** Has ever been a lead (has a cohort). */
export const FLAG_ACQUIRED = 1 << 4;
/** Lives near the store: the local pool offline scans come from. */
export const FLAG_LOCAL = 1 << 5;
/** Asked to join a group today; resolved at the end of the day. */
export const FLAG_JOIN_PENDING = 1 << 6;

/** Flag bits in `groupFlags`, for the group repurchase rate (person-level, first join). */
/** Had ordered by 90 days after first joining a group. */
export const GROUP_CUSTOMER_90 = 1 << 0;
/** Placed a repeat order (not the first ever) within 90 days after first joining. */
export const GROUP_REPEAT_90 = 1 << 1;

/** "No such day" in the Int16 day arrays: far enough back that every window has passed. */
export const NO_DAY = -30000;

/** Memory per agent, bytes (docs/model.md#scale: at most 40). */
export const BYTES_PER_AGENT =
  1 /* stage */ + 1 /* flags */ + 1 /* groupFlags */ + 4 /* trust */ + 2 /* acquiredDay */ +
  2 /* firstOrderDay */ + 2 /* lastOrderDay */ + 2 /* purchases */ + 1 /* memberOrders */ +
  4 /* touchRing */ + 2 /* lastTouchDay */ + 2 /* idleSince */ + 2; /* joinDay */

export class Population {
  readonly size: number;
  /** Relationship stage code (see stages.ts). */
  readonly stage: Uint8Array;
  /** The membership's channel (bits 0–2) and FLAG_* bits. */
  readonly flags: Uint8Array;
  /** GROUP_* bits. */
  readonly groupFlags: Uint8Array;
  /** Trust in [0, 1]. */
  readonly trust: Float32Array;
  /** Day the current membership began (the cohort), NO_DAY if never a lead. */
  readonly acquiredDay: Int16Array;
  /** Day of the first order in the current membership, NO_DAY if none. */
  readonly firstOrderDay: Int16Array;
  /** Day of the last order ever, NO_DAY if none (the need state's repurchase gap). */
  readonly lastOrderDay: Int16Array;
  /** Orders placed ever (saturates at 65,535): 0 means a first order is still to come. */
  readonly purchases: Uint16Array;
  /** Orders in the current membership (saturates at 255). */
  readonly memberOrders: Uint8Array;
  /**
   * Touches on each of the last seven days, four bits a day (bits 0–3 the day of
   * `lastTouchDay`, bits 4–7 the day before, …): the rolling fatigue window.
   */
  readonly touchRing: Uint32Array;
  /** Last day with a private touch, NO_DAY if none (fatigue window and attribution). */
  readonly lastTouchDay: Int16Array;
  /** Day the agent went idle (forgot or lapsed), for lazy trust decay while idle. */
  readonly idleSince: Int16Array;
  /** Day the agent first joined a group, NO_DAY if never. */
  readonly joinDay: Int16Array;
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
    this.groupFlags = new Uint8Array(size);
    this.trust = new Float32Array(size);
    this.acquiredDay = new Int16Array(size).fill(NO_DAY);
    this.firstOrderDay = new Int16Array(size).fill(NO_DAY);
    this.lastOrderDay = new Int16Array(size).fill(NO_DAY);
    this.purchases = new Uint16Array(size);
    this.memberOrders = new Uint8Array(size);
    this.touchRing = new Uint32Array(size);
    this.lastTouchDay = new Int16Array(size).fill(NO_DAY);
    this.idleSince = new Int16Array(size);
    this.joinDay = new Int16Array(size).fill(NO_DAY);
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
    const groupFlags = this.groupFlags;
    const gf = groupFlags[a];
    groupFlags[a] = groupFlags[b];
    groupFlags[b] = gf;
    const trust = this.trust;
    const tr = trust[a];
    trust[a] = trust[b];
    trust[b] = tr;
    const acquiredDay = this.acquiredDay;
    const ad = acquiredDay[a];
    acquiredDay[a] = acquiredDay[b];
    acquiredDay[b] = ad;
    const firstOrderDay = this.firstOrderDay;
    const fo = firstOrderDay[a];
    firstOrderDay[a] = firstOrderDay[b];
    firstOrderDay[b] = fo;
    const lastOrderDay = this.lastOrderDay;
    const lo = lastOrderDay[a];
    lastOrderDay[a] = lastOrderDay[b];
    lastOrderDay[b] = lo;
    const purchases = this.purchases;
    const pu = purchases[a];
    purchases[a] = purchases[b];
    purchases[b] = pu;
    const memberOrders = this.memberOrders;
    const mo = memberOrders[a];
    memberOrders[a] = memberOrders[b];
    memberOrders[b] = mo;
    const touchRing = this.touchRing;
    const ri = touchRing[a];
    touchRing[a] = touchRing[b];
    touchRing[b] = ri;
    const lastTouchDay = this.lastTouchDay;
    const lt = lastTouchDay[a];
    lastTouchDay[a] = lastTouchDay[b];
    lastTouchDay[b] = lt;
    const idleSince = this.idleSince;
    const is = idleSince[a];
    idleSince[a] = idleSince[b];
    idleSince[b] = is;
    const joinDay = this.joinDay;
    const jd = joinDay[a];
    joinDay[a] = joinDay[b];
    joinDay[b] = jd;
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
