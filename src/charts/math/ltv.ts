/**
 * LTV curve logic: the y domain over everything drawn, and the payback point where a
 * cumulative curve first reaches the acquisition cost.
 */
import type { LtvCurve } from '../../../models/output/contract.ts';
import { finiteExtent, niceDomain } from './extent.ts';

/** Which cumulative value the curves show. */
export type LtvMetric = 'revenue' | 'margin';

/**
 * The first index at which `values` is at or above `level` (NaN days skipped), or null if it
 * never is, or the level is not a finite number. With cumulative curves this is the payback
 * age: the first day the value per user covers CAC.
 */
export function firstCrossing(values: ArrayLike<number>, level: number | null | undefined): number | null {
  if (level === null || level === undefined || !Number.isFinite(level)) return null;
  for (let i = 0; i < values.length; i++) if (values[i] >= level) return i;
  return null;
}

/** Where one curve reaches CAC: its age (days) and value (RMB per user). */
export interface PaybackPoint {
  key: string;
  age: number;
  value: number;
}

/** The payback point of each curve against the CAC line (null where it never pays back). */
export function paybackPoints(
  curves: readonly LtvCurve[],
  metric: LtvMetric,
  cac: number | null | undefined,
): (PaybackPoint | null)[] {
  return curves.map((c) => {
    const age = firstCrossing(c[metric], cac);
    return age === null ? null : { key: c.key, age, value: c[metric][age] };
  });
}

/** The longest series among the curves: the number of ages on the x axis. */
export function ltvLength(...groups: readonly (readonly LtvCurve[] | undefined)[]): number {
  let n = 0;
  for (const curves of groups) for (const c of curves ?? []) n = Math.max(n, c.revenue.length, c.margin.length);
  return n;
}

/**
 * The y domain of the LTV chart: every finite value of the primary curves, the bands, the
 * twin and the pinned curves, plus 0 (values are per user, read from a zero baseline) and every
 * horizontal line in `levels` (the CAC of each scenario).
 */
export function ltvYDomain(
  {
    primary,
    metric,
    levels = [],
    bands = [],
    twin = [],
    pinned = [],
  }: {
    /** The current result's curves. */
    primary: readonly LtvCurve[];
    metric: LtvMetric;
    levels?: readonly (number | null | undefined)[];
    bands?: readonly { lo: ArrayLike<number>; hi: ArrayLike<number> }[];
    twin?: readonly ArrayLike<number>[];
    /** The pinned result's curves (compare mode). */
    pinned?: readonly LtvCurve[];
  },
  ticks = 5,
): [number, number] {
  const extent = finiteExtent(
    ...primary.map((c) => c[metric]),
    ...pinned.map((c) => c[metric]),
    ...bands.flatMap((b) => [b.lo, b.hi]),
    ...twin,
  );
  return niceDomain(extent, { include: [0, ...levels], ticks });
}
