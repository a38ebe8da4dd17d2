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

/** The variant of a stage for an agent with (1) or without (0) a thread. */
export function variantOf(stage: number, thread: number): number {
  switch (stage) {
    case UNAWARE:
      return UNF0 + thread;
    case EXPOSED:
      return EXP0 + thread;
    case FOLLOWER:
      return FOL0 + thread;
    case CONTACT:
      return CON;
    case GROUP:
      return GRP0 + thread;
    default:
      return LAP0 + thread;
  }
}

/**
 * Need states (docs/model.md#purchases): never bought (in a referral membership, whose
 * first order pays the referral reward, or not), ordered today (within the day only), d days
 * since the last order for d = 1 … gap − 1 (cannot buy), and ready (can buy again).
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
  /** Cells: variants × needs × windows × bins. */
  cells: number;
}

export function layoutFor(bins: TrustBins, gapDays: number, windows: number): Layout {
  const blocked = Math.max(0, gapDays - 1);
  const J = FIRST_BLOCKED + blocked + 1;
  return { bins, K: bins.count, W: windows, J, ready: J - 1, cells: VARIANTS * J * windows * bins.count };
}

/** Index of the first bin of (variant, need, window). */
export function rowOf(layout: Layout, variant: number, need: number, window: number): number {
  return ((variant * layout.J + need) * layout.W + window) * layout.K;
}

/** Index of a cell. */
export function cellOf(layout: Layout, variant: number, need: number, bin: number, window = 0): number {
  return rowOf(layout, variant, need, window) + bin;
}

/** One segment of the population (everyone, or the local pool and the rest). */
export interface Segment {
  local: boolean;
  /** Never-reached agents. */
  fresh: number;
  /** Agents in each cell. */
  mass: Float64Array;
  /** Agents × mean trust in each cell. */
  moment: Float64Array;
  /** Agents × mean square of trust in each cell. */
  square: Float64Array;
}

export function emptySegment(layout: Layout, local: boolean): Segment {
  const cells = layout.cells;
  return { local, fresh: 0, mass: new Float64Array(cells), moment: new Float64Array(cells), square: new Float64Array(cells) };
}

/** Adds `mass` agents all of trust `trust` to a cell (its bin is looked up). */
export function deposit(layout: Layout, segment: Segment, variant: number, need: number, trust: number, mass: number): void {
  const index = cellOf(layout, variant, need, layout.bins.of(trust));
  segment.mass[index] += mass;
  segment.moment[index] += mass * trust;
  segment.square[index] += mass * trust * trust;
}

/** Moves a share of cell `from` of one segment to cell `to` of another (trust unchanged). */
export function transfer(from: Segment, i: number, to: Segment, j: number, share: number): void {
  const mass = from.mass[i] * share;
  const moment = from.moment[i] * share;
  const square = from.square[i] * share;
  from.mass[i] -= mass;
  from.moment[i] -= moment;
  from.square[i] -= square;
  to.mass[j] += mass;
  to.moment[j] += moment;
  to.square[j] += square;
}

/**
 * End of the day: every need state that counts days moves one day on (ordered today → one
 * day since; the last blocked day → ready).
 */
export function ageNeeds(layout: Layout, segment: Segment): void {
  const { J, K, W, ready } = layout;
  // A need state's block holds its windows × bins.
  for (const a of [segment.mass, segment.moment, segment.square]) ageArray(a, J, W * K, ready);
}

function ageArray(a: Float64Array, J: number, K: number, ready: number): void {
  for (let v = 0; v < VARIANTS; v++) {
    const row = v * J * K;
    const last = row + (ready - 1) * K;
    const top = row + ready * K;
    const today = row + NEED_TODAY * K;
    for (let k = 0; k < K; k++) {
      // Ready absorbs the last counting state (ordered today, when there is no blocked day);
      // the others shift up by one.
      a[top + k] += a[last + k];
    }
    // Blocked days and today shift as blocks of K bins (copyWithin handles the overlap).
    if (ready - 1 > NEED_TODAY) a.copyWithin(today + K, today, last);
    a.fill(0, today, today + K);
  }
}
