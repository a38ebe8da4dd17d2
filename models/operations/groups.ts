/**
 * Fan groups (docs/model.md#groups): seats are groups × capacity (WeChat: 500 a group), in
 * agents; joins are resolved fairly at the end of the day. Events run in every group the
 * merchant runs, full or not, and cost money in each.
 */
import type { Params } from '../params/schema.ts';

/** Seats in all groups, in agents. */
export function groupSeats(params: Params): number {
  return Math.floor((params.groups * params.groupCapacity) / params.agentWeight);
}
