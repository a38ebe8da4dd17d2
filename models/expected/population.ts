/**
 * The twin's state: the population as a distribution over
 * stage × one-to-one thread (ever had one) × need state × fatigue window × trust bin, each
 * cell holding a mass of agents and the first two moments of their trust (see
 * trustBins.ts), plus the never-reached agents (unaware, never a lead: no trust, no orders
 * yet). The fatigue window is the touches of the previous six days (private domain only;
 * see touches.ts). With offline scans on, the local pool (docs/model.md#offline) is a
 * second segment of the same shape.
 */
import { CONTACT, EXPOSED, FOLLOWER, GROUP, LAPSED, UNAWARE } from '../stages.ts';
import type { Params } from '../params/schema.ts';
import type { TrustBins } from './trustBins.ts';

/** Stage × thread variants. Contact implies a thread. */
export const UNF0 = 0; // unaware again (forgot), no thread
export const UNF1 = 1;
export const EXP0 = 2;
export const EXP1 = 3;
export const FOL0 = 4;
export const FOL1 = 5;
export const CON = 6;
export const GRP0 = 7;
export const GRP1 = 8;
export const LAP0 = 9;
export const LAP1 = 10;
export const VARIANTS = 11;

export const VARIANT_STAGE = [UNAWARE, UNAWARE, EXPOSED, EXPOSED, FOLLOWER, FOLLOWER, CONTACT, GROUP, GROUP, LAPSED, LAPSED];
export const VARIANT_THREAD = [0, 1, 0, 1, 0, 1, 1, 0, 1, 0, 1];

/**
 * Need states (docs/model.md#purchases): never bought (in a referral membership, whose
 * first order pays the referral reward, or not), ordered today (within the day only), d days
 * since the last order for d = 1 … gap − 1 (cannot buy), and ready (can buy again: d ≥ gap).
 * When the gap is at least the horizon nobody can buy twice, and one blocked state holds
 * every buyer.
 */
export const NEED_REFERRED = 0;
export const NEED_NEVER = 1;
export const NEED_TODAY = 2;
const FIRST_BLOCKED = 3;

export interface Layout {
  bins: TrustBins;
  /** Trust bins. */
  K: number;
  /** Window states: touches of the previous six days, 0 … W − 1 (the last one lumps the rest). */
  W: number;
  /** Need states. */
  J: number;
  /** The need state of an agent who can buy again. */
  ready: number;
  /** False when the gap is at least the horizon (ready is never reached). */
  readyReachable: boolean;
  /** Mass cells: variants × windows × bins × needs (a group's need states are contiguous). */
  cells: number;
  /** Trust groups (the moments): variants × windows × bins, shared by the need states. */
  groups: number;
}

export function layoutFor(bins: TrustBins, gapDays: number, horizonDays: number, windows: number): Layout {
  const readyReachable = gapDays < horizonDays;
  const blocked = readyReachable ? Math.max(0, gapDays - 1) : 1;
  const J = FIRST_BLOCKED + blocked + 1;
  const K = bins.count;
  return { bins, K, W: windows, J, ready: J - 1, readyReachable, cells: VARIANTS * J * windows * K, groups: VARIANTS * windows * K };
}

/** Index of the trust group (variant, window, bin): its moments; its masses start at group × J. */
export function groupOf(layout: Layout, variant: number, window: number, bin: number): number {
  return (variant * layout.W + window) * layout.K + bin;
}

/**
 * One segment of the population (everyone, or the local pool and the rest). The need
 * states of one (variant, window, bin) share its trust distribution: the moments are kept
 * per group, the masses per need state (docs/model.md#the-expected-value-twin).
 */
export interface Segment {
  local: boolean;
  /** Never-reached agents. */
  fresh: number;
  /** Agents in each cell (variant, window, bin, need). */
  mass: Float64Array;
  /** Agents × mean trust, and × mean square of trust, in each group (variant, window, bin). */
  moment: Float64Array;
  square: Float64Array;
}

export function emptySegment(layout: Layout, local: boolean): Segment {
  return { local, fresh: 0, mass: new Float64Array(layout.cells), moment: new Float64Array(layout.groups), square: new Float64Array(layout.groups) };
}

/** A trust group's agents, all need states (`bought`: those who have ordered). */
export interface GroupMass {
  mass: number;
  bought: number;
}

/** Sums the masses of trust group `g` into `out` (returned). */
export function groupMass(layout: Layout, segment: Segment, g: number, out: GroupMass): GroupMass {
  const J = layout.J;
  let mass = 0;
  let bought = 0;
  for (let j = 0, row = g * J; j < J; j++) {
    const m = segment.mass[row + j];
    mass += m;
    if (j >= NEED_TODAY) bought += m;
  }
  out.mass = mass;
  out.bought = bought;
  return out;
}

/** Adds `mass` agents all of trust `trust` to (variant, need, window) (the bin is looked up). */
export function deposit(layout: Layout, segment: Segment, variant: number, need: number, trust: number, mass: number, window = 0): void {
  const g = groupOf(layout, variant, window, layout.bins.of(trust));
  segment.mass[g * layout.J + need] += mass;
  segment.moment[g] += mass * trust;
  segment.square[g] += mass * trust * trust;
}

/**
 * End of the day: every need state that counts days moves one day on (ordered today → one
 * day since; the last blocked day → ready). Trust is shared by the need states, so only the
 * masses move.
 */
export function ageNeeds(layout: Layout, segment: Segment): void {
  const { J, ready } = layout;
  const a = segment.mass;
  for (let g = 0; g < layout.groups; g++) {
    const row = g * J;
    if (!layout.readyReachable) {
      a[row + FIRST_BLOCKED] += a[row + NEED_TODAY];
      a[row + NEED_TODAY] = 0;
      continue;
    }
    // Ready absorbs the last counting state (ordered today, when there is no blocked day);
    // the others shift up by one.
    a[row + ready] += a[row + ready - 1];
    for (let j = ready - 1; j > NEED_TODAY; j--) a[row + j] = a[row + j - 1];
    a[row + NEED_TODAY] = 0;
  }
}

/** Day 0: the existing followers (trust `trustInitOrganic`) and everyone else never reached. */
export function initialPopulation(params: Params, layout: Layout): Segment[] {
  const n = params.population / params.agentWeight;
  const existing = Math.round(params.initialFollowerShare * n);
  const offline = params.offlineVisitorsDaily > 0 && params.offlineScanRate > 0;
  const localAgents = offline ? Math.round(params.offlineLocalShare * n) : 0;
  const parts = offline && localAgents < n ? [
    { local: true, size: localAgents },
    { local: false, size: n - localAgents },
  ] : [{ local: offline, size: n }];
  return parts.map(({ local, size }) => {
    const segment = emptySegment(layout, local);
    const followers = (existing * size) / n;
    segment.fresh = size - followers;
    if (followers > 0) deposit(layout, segment, FOL0, NEED_NEVER, params.trustInitOrganic, followers);
    return segment;
  });
}

