/**
 * Content touches: pushes to followers, capped by the platform's free pushes a month
 * (Douyin: 8), each seen by the share of followers the platform lets it reach.
 */
import type { Params } from '../params/schema.ts';

/** Pushes actually sent a day on average: the plan, or the platform cap if lower. */
export function pushesPerDay(params: Params): number {
  return Math.min(params.pushesPerWeek / 7, params.pushCapMonthly / 30);
}
