/**
 * Trust (docs/model.md#trust): how much it moves the odds of following, messaging, joining
 * and buying, and how it rests.
 */

/**
 * The trust multiplier `max(0, 1 + 2s(τ − τ_ref))`: 1 at the reference trust whatever the
 * sensitivity s, so raising s widens the spread between warm and cold fans without moving the
 * typical one; constant 1 when s = 0 (the homogeneous case).
 */
export function trustMultiplier(sensitivity: number, reference: number, trust: number): number {
  const m = 1 + 2 * sensitivity * (trust - reference);
  return m > 0 ? m : 0;
}

/**
 * The fan-tier rule: the tier of a private-domain agent by its trust, as an index of the
 * contract's `TIERS` (0 passer-by 路人粉, 1 affinity 好感粉 from `tierAffinity`, 2 true-love
 * 真爱粉 from `tierTrueLove`). The day step counts the same thresholds branch-free in its hot
 * loop (engine/activeLoop.ts); the recorded tier series and lesson snapshots agree with it.
 */
export function tierOf(trust: number, affinity: number, trueLove: number): number {
  return trust >= trueLove ? 2 : trust >= affinity ? 1 : 0;
}

/**
 * Trust after `days` days without a touch, decaying toward the resting level:
 * `rest + (τ − rest)(1 − decay)^days` (applied lazily when an idle agent wakes).
 */
export function decayedTrust(trust: number, rest: number, decay: number, days: number): number {
  return days > 0 ? rest + (trust - rest) * Math.pow(1 - decay, days) : trust;
}
