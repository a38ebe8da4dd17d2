/**
 * Fan groups: seats are groups × capacity (WeChat: 500 a group); joining stops when they
 * are full. Events (red packets, live-stream syncs) run in every group that has members.
 */
import type { Params } from '../params/schema.ts';

export function groupSeats(params: Params): number {
  return params.groups * params.groupCapacity;
}

/** Groups that have members (and so hold events and cost money). */
export function groupsInUse(params: Params, members: number): number {
  return Math.min(params.groups, Math.ceil(members / params.groupCapacity));
}
