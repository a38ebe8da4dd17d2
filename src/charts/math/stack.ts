/**
 * Stacking of daily counts (stages, tiers, spend categories) with d3.stack. Layers stack in
 * the order given, first at the bottom: the deep private-domain stages sit on the baseline
 * where their growth is easiest to read, the large unaware pool sits on top.
 */
import { stack, stackOffsetNone, stackOrderNone, type Series } from 'd3';
import type { Stage, Tier } from '../../../models/output/contract.ts';

/** Bottom to top: private domain first, then exposed, lapsed, and the unaware pool last. */
export const STAGE_STACK_ORDER: readonly Stage[] = ['group', 'contact', 'follower', 'exposed', 'lapsed', 'unaware'];

/** Bottom to top: the most trusting fans first. */
export const TIER_STACK_ORDER: readonly Tier[] = ['trueLove', 'affinity', 'passerby'];

/**
 * One d3 series per key, each point `[lower, upper]` with `.data` = the index (day). Missing
 * values (NaN, or an array shorter than the longest) count as 0 so one gap cannot tear the
 * stack apart. The length is that of the longest array.
 */
export function stackSeries<K extends string>(
  values: Readonly<Record<K, ArrayLike<number>>>,
  keys: readonly K[],
): Series<number, K>[] {
  const n = keys.reduce((m, k) => Math.max(m, values[k]?.length ?? 0), 0);
  const indices = Array.from({ length: n }, (_, i) => i);
  return stack<number, K>()
    .keys(keys)
    .value((i, key) => {
      const v = values[key]?.[i];
      return v !== undefined && Number.isFinite(v) ? v : 0;
    })
    .order(stackOrderNone)
    .offset(stackOffsetNone)(indices);
}

/** The top of the stack at each index (the sum over keys, NaN counted as 0). */
export function stackTotal<K extends string>(layers: readonly Series<number, K>[]): Float64Array {
  if (layers.length === 0) return new Float64Array(0);
  const top = layers[layers.length - 1];
  return Float64Array.from(top, (p) => p[1]);
}
