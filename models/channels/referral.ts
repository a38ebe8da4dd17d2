/**
 * Referral / fission (裂变, docs/model.md#referral): each eligible customer (ordered at least
 * once, trust at least the threshold, not lapsed) recommends the merchant to one random person
 * with a daily chance boosted by the incentive; a referral succeeds when that person was never
 * reached. The reward is paid when the referred person first buys. Well mixed: the target is
 * uniform over the whole market. With the rate as q and customers as adopters this is the
 * Bass model's imitation term q·F.
 */
import type { Params } from '../params/schema.ts';

/** Daily chance that one eligible customer makes a referral. */
export function referralProbability(params: Params): number {
  const boost = 1 + (params.referralRewardBoost * params.referralReward) / params.orderValue;
  return Math.min(1, params.referralRate * boost);
}
