/**
 * The day's costs by category (docs/model.md#costs). Acquisition: ads, referral rewards
 * (paid on the referred person's first order), scan incentives. Operating (private-domain
 * opex): content, group events, staff, per-member tools, the fixed cost.
 */
import type { Params } from '../params/schema.ts';
import type { SpendCategory } from '../output/contract.ts';

export type DayCosts = Record<SpendCategory, number>;

/** What happened today that costs money, in real units. */
export interface DayActivity {
  adSpend: number;
  /** Referred people who placed their first order today. */
  referralConversions: number;
  /** People whose store scan made them a follower or contact today. */
  effectiveScans: number;
  /** Pushes sent today (content and promotion). */
  pushes: number;
  groupEvents: number;
  /** People in the private domain at the end of the day. */
  privateMembers: number;
}

export function dayCosts(params: Params, today: DayActivity): DayCosts {
  return {
    ads: today.adSpend,
    referral: today.referralConversions * params.referralReward,
    offline: today.effectiveScans * params.offlineScanCost,
    content: today.pushes * params.pushCost,
    groups: today.groupEvents * params.groups * params.groupEventCost,
    staff: params.staff * params.staffCostDaily,
    members: today.privateMembers * params.memberCostDaily,
    fixed: params.privateFixedCostDaily,
  };
}
