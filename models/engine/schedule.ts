/**
 * Evenly spaced recurring events: `perDay` events a day on average, placed so that the
 * count over any run of days is the rounded-down share (3 a week → days 2, 4, 6, 9, …).
 * @returns how many events fall on `day` (0 on most days for rates below 1).
 */
export function eventsOnDay(perDay: number, day: number): number {
  if (!(perDay > 0)) return 0;
  const eps = 1e-9;
  return Math.floor((day + 1) * perDay + eps) - Math.floor(day * perDay + eps);
}
