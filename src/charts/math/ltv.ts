/**
 * LTV curve logic: each curve's own cost line, the payback point where a cumulative curve
 * first reaches it, and the y domain over everything drawn (docs/model.md#cohorts-and-slices:
 * each channel's payback is read against that channel's own CAC).
 */
import type { LtvCurve } from '../../../models/output/contract.ts';
import { finiteExtent, niceDomain } from './extent.ts';

/**
 * Which cumulative value the curves show: revenue per lead (the sources' CLV, paid back when it
 * reaches the cost per lead), or gross margin per lead (paid back when it reaches the cost per
 * lead plus the private-domain operating cost the lead has cost so far).
 */
export type LtvMetric = 'revenue' | 'margin';

/**
 * A curve's cost per lead by age, against which it pays back: its own CAC per lead, flat, for
 * revenue; CAC per lead plus the cumulative operating cost per lead, for margin. Null for a
 * cohort that cost nothing to acquire (organic, existing).
 */
export function costLine(curve: LtvCurve, metric: LtvMetric): Float64Array | null {
  const cac = curve.cacPerLead;
  if (cac === null || !Number.isFinite(cac)) return null;
  return Float64Array.from(curve.opex, (opex) => (metric === 'margin' ? cac + opex : cac));
}

/** The last index with a finite value and that value (a cost line's end, where it is labelled), or null. */
export function lastFinite(values: ArrayLike<number>): { index: number; value: number } | null {
  for (let i = values.length - 1; i >= 0; i--) if (Number.isFinite(values[i])) return { index: i, value: values[i] };
  return null;
}

/**
 * The first index at which `values` is at or above `level` (NaN days skipped), or null if it
 * never is, or the level is not a finite number. With cumulative curves this is the payback
 * age: the first day the value per lead covers its cost.
 */
export function firstCrossing(values: ArrayLike<number>, level: number | null | undefined): number | null {
  if (level === null || level === undefined || !Number.isFinite(level)) return null;
  for (let i = 0; i < values.length; i++) if (values[i] >= level) return i;
  return null;
}

/** Where one curve reaches its cost line: its age (days) and value (RMB per lead). */
export interface PaybackPoint {
  key: string;
  age: number;
  value: number;
}

/** The first index at which `values` reaches `levels` at the same index (NaN days skipped). */
export function firstCrossingOf(values: ArrayLike<number>, levels: ArrayLike<number>): number | null {
  for (let i = 0; i < Math.min(values.length, levels.length); i++) if (values[i] >= levels[i]) return i;
  return null;
}

/** The payback point of each curve against its own cost line (null where it never pays back, or is free). */
export function paybackPoints(curves: readonly LtvCurve[], metric: LtvMetric): (PaybackPoint | null)[] {
  return curves.map((c) => {
    const cost = costLine(c, metric);
    const age = cost === null ? null : firstCrossingOf(c[metric], cost);
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
 * twin, the pinned curves and every curve's cost line, plus 0 (values are per lead, read from a
 * zero baseline) and any level in `levels`.
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
  const costs = [...primary, ...pinned].map((c) => costLine(c, metric)).filter((c): c is Float64Array => c !== null);
  const extent = finiteExtent(
    ...primary.map((c) => c[metric]),
    ...pinned.map((c) => c[metric]),
    ...bands.flatMap((b) => [b.lo, b.hi]),
    ...twin,
    ...costs,
  );
  return niceDomain(extent, { include: [0, ...levels], ticks });
}
