/**
 * Content touches (docs/model.md#touches): pushes to followers, and promotions announced by
 * push, both within the platform's free pushes a month (Douyin: 8): promotions are sent first,
 * content fills what the cap leaves. Each push is seen by the share of followers the platform
 * lets it reach, and costs `pushCost` to produce.
 */
import type { Params } from '../params/schema.ts';

/** Promotions sent a month: the plan, or the cap if lower. */
export function promotionsPerMonthSent(params: Params): number {
  return Math.min(params.promotionsPerMonth, params.pushCapMonthly);
}

/** Content pushes sent a month: the plan, within what the cap leaves after promotions. */
export function contentPushesPerMonthSent(params: Params): number {
  return Math.min((params.pushesPerWeek * 30) / 7, params.pushCapMonthly - promotionsPerMonthSent(params));
}
