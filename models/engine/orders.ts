/**
 * One order placed by the agent in `slot`: its own tallies (orders, revenue, first-purchase
 * day) and the recorder's cohort accumulators and daily series.
 * @returns whether this was the agent's first order (a new customer)
 */
import { FLAG_CHANNEL_MASK, type Population } from '../agents/population.ts';
import type { Recorder } from './recorder.ts';

export function placeOrder(
  pop: Population,
  rec: Recorder,
  slot: number,
  day: number,
  price: number,
  grossMargin: number,
  discount: number,
  inPrivate: boolean,
): boolean {
  const first = pop.purchases[slot] === 0;
  if (first) pop.firstPurchaseDay[slot] = day;
  if (pop.purchases[slot] < 65535) pop.purchases[slot]++;
  pop.revenue[slot] += price;
  rec.purchase(day, pop.acquiredDay[slot], pop.flags[slot] & FLAG_CHANNEL_MASK, price, grossMargin, discount, first, inPrivate);
  return first;
}
