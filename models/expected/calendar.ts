/**
 * The twin's reading of docs/model.md#touches: how many pushes, promotions and group events
 * fall on a day. Written from the text, not shared with the engine.
 */
import type { Params } from '../params/schema.ts';

/** Events of a process averaging `perDay` a day that fall on day `t`: ⌊(t+1)k⌋ − ⌊tk⌋. */
export function eventsOn(perDay: number, t: number): number {
  return Math.floor((t + 1) * perDay) - Math.floor(t * perDay);
}

/** A day's scheduled private-domain events (the same for every agent). */
export interface DaySchedule {
  /** Content pushes sent today. */
  content: number;
  /** Promotion pushes sent today (each a coupon day announced by push). */
  promotions: number;
  /** Group events held today in every group. */
  events: number;
}

/** Daily rates of the plan: promotions first under the monthly push cap, then content. */
export interface Plan {
  contentPerDay: number;
  promotionsPerDay: number;
  eventsPerDay: number;
}

/**
 * The month's plan: promotions sent = min(promotionsPerMonth, cap), content sent =
 * min(pushesPerWeek × 30/7, cap − promotions sent), both spread over 30 days; group events
 * `groupEventsPerWeek / 7` a day.
 */
export function planOf(params: Params): Plan {
  const promotions = Math.min(params.promotionsPerMonth, params.pushCapMonthly);
  const content = Math.max(0, Math.min((params.pushesPerWeek * 30) / 7, params.pushCapMonthly - promotions));
  return { contentPerDay: content / 30, promotionsPerDay: promotions / 30, eventsPerDay: params.groupEventsPerWeek / 7 };
}

export function scheduleOn(plan: Plan, t: number): DaySchedule {
  return {
    content: eventsOn(plan.contentPerDay, t),
    promotions: eventsOn(plan.promotionsPerDay, t),
    events: eventsOn(plan.eventsPerDay, t),
  };
}
