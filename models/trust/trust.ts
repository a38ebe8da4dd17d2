/**
 * Trust: how much trust moves the odds of following, messaging, joining and buying.
 * The multiplier is 1 − s + 2·s·trust: 1 at trust ½ whatever the sensitivity s, from 1 − s
 * (no trust) to 1 + s (full trust), and constant 1 when s = 0 (the homogeneous case).
 */
export function trustMultiplier(sensitivity: number, trust: number): number {
  return 1 - sensitivity + 2 * sensitivity * trust;
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

/** Trust after `days` idle days of decay (applied lazily when an idle agent wakes). */
export function decayedTrust(trust: number, decay: number, days: number): number {
  return days > 0 ? trust * Math.pow(1 - decay, days) : trust;
}
