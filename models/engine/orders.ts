/**
 * One order placed by the agent in `slot`: its own need state and tallies (orders ever, the
 * membership's orders and first-order day, the group flags) and the recorder's cohort
 * accumulators and daily series (docs/model.md#purchases, #metrics).
 */
import {
  FLAG_CHANNEL_MASK,
  GROUP_CUSTOMER_90,
  GROUP_REPEAT_90,
  NO_DAY,
  type Population,
} from '../agents/population.ts';
import { REFERRAL } from '../stages.ts';
import type { Recorder } from './recorder.ts';

/** `placeOrder`'s result bits. */
export const ORDER_NEW_CUSTOMER = 1;
/** A referred person's first order in the membership: the referral reward is due. */
export const ORDER_REFERRAL_CONVERSION = 2;

/** Days after first joining a group within which the group repurchase rate looks. */
export const GROUP_WINDOW = 90;

/**
 * @param attributed whether the buyer had a private touch within the attribution window
 * @returns ORDER_* bits
 */
export function placeOrder(
  pop: Population,
  rec: Recorder,
  slot: number,
  day: number,
  price: number,
  grossMargin: number,
  discount: number,
  attributed: boolean,
): number {
  const before = pop.purchases[slot];
  const memberBefore = pop.memberOrders[slot];
  const channel = pop.flags[slot] & FLAG_CHANNEL_MASK;
  if (memberBefore === 0) pop.firstOrderDay[slot] = day;
  rec.order(day, pop.acquiredDay[slot], channel, price, grossMargin, discount, memberBefore, pop.firstOrderDay[slot], attributed);
  if (before < 65535) pop.purchases[slot] = before + 1;
  if (memberBefore < 255) pop.memberOrders[slot] = memberBefore + 1;
  pop.lastOrderDay[slot] = day;
  const joined = pop.joinDay[slot];
  if (joined !== NO_DAY && day - joined <= GROUP_WINDOW) {
    pop.groupFlags[slot] |= before > 0 && day > joined ? GROUP_CUSTOMER_90 | GROUP_REPEAT_90 : GROUP_CUSTOMER_90;
  }
  return (before === 0 ? ORDER_NEW_CUSTOMER : 0) | (memberBefore === 0 && channel === REFERRAL ? ORDER_REFERRAL_CONVERSION : 0);
}
