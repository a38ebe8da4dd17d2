/**
 * The day's costs by category. Acquisition: ads and referral rewards. Retention (private-
 * domain operations): staff, group events, per-member costs and the fixed cost; margin CLV
 * is net of these, shared over the day's private-domain members.
 */
import type { Params } from '../params/schema.ts';

export interface DayCosts {
  ads: number;
  referralRewards: number;
  staff: number;
  groupEvents: number;
  memberCosts: number;
  fixed: number;
}

export function dayCosts(
  params: Params,
  adSpend: number,
  referrals: number,
  groupEventsToday: number,
  groupsWithMembers: number,
  privateMembers: number,
): DayCosts {
  return {
    ads: adSpend,
    referralRewards: referrals * params.referralReward,
    staff: params.staff * params.staffCostDaily,
    groupEvents: groupEventsToday * groupsWithMembers * params.groupEventCost,
    memberCosts: privateMembers * params.memberCostDaily,
    fixed: params.privateFixedCostDaily,
  };
}

export function retentionCost(costs: DayCosts): number {
  return costs.staff + costs.groupEvents + costs.memberCosts + costs.fixed;
}
