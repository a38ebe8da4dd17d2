/**
 * Where the expected-value twin applies: what of docs/model.md it does not carry, each with
 * the reason, so that it is only claimed where it holds. (Its approximations, and the
 * tolerance they reach against the agents' mean, are in docs/model.md#the-expected-value-twin.)
 */
import type { Params } from '../params/schema.ts';

/**
 * Longest repurchase gap the twin carries below the horizon: it holds one need state per day
 * of the gap, so its cost grows with the gap (about 7× the 14-day default's at 120 days).
 * A gap at least as long as the horizon costs nothing (nobody can buy twice).
 */
export const TWIN_MAX_GAP_DAYS = 120;

/** Why the twin does not apply to `params` (empty when it does). */
export function twinLimitations(params: Params): string[] {
  const reasons: string[] = [];
  const gap = params.minRepurchaseGapDays;
  if (gap > TWIN_MAX_GAP_DAYS && gap < params.horizonDays) {
    reasons.push(
      `minRepurchaseGapDays ${gap} is over ${TWIN_MAX_GAP_DAYS} and shorter than the horizon: ` +
        `the twin carries one need state a day of the gap and would take too long`,
    );
  }
  return reasons;
}
