/**
 * Value domains for chart axes. Simulation series hold NaN where a value was not observed
 * (an LTV curve beyond the horizon for a late cohort), so every extent here skips non-finite
 * values instead of letting one NaN poison the whole axis.
 */
import { scaleLinear } from 'd3';

/** [min, max] over the finite values of all arrays; null when there is none. */
export function finiteExtent(...arrays: readonly ArrayLike<number>[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const values of arrays) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

export interface NiceDomainOptions {
  /** Values the domain must contain besides the extent (0 for a baseline, a CAC line). */
  include?: readonly (number | null | undefined)[];
  /** Approximate tick count the domain is rounded for (d3's `nice`). Default 5. */
  ticks?: number;
}

/**
 * A rounded domain covering `extent` and every finite value in `include`. An empty extent
 * gives [0, 1]; a single value v gives a small span around it so the axis still has room.
 */
export function niceDomain(
  extent: readonly [number, number] | null,
  { include = [], ticks = 5 }: NiceDomainOptions = {},
): [number, number] {
  let lo = extent ? extent[0] : Infinity;
  let hi = extent ? extent[1] : -Infinity;
  for (const v of include) {
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (lo > hi) return [0, 1];
  // Sums of floats overshoot by a hair (100000.00000000001): without snapping, nice() would
  // add a whole empty tick step above the data.
  lo = Number(lo.toPrecision(12));
  hi = Number(hi.toPrecision(12));
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= lo === 0 ? 0 : pad;
    hi += pad;
  }
  const [a, b] = scaleLinear().domain([lo, hi]).nice(ticks).domain();
  return [a, b];
}
