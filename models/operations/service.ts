/**
 * One-to-one service: staff × conversations a day each, spread at random over the private
 * domain. Each conversation is a valuable touch, may close a sale, and turns a follower
 * into a contact (a one-to-one thread).
 */
import type { Params } from '../params/schema.ts';

/** Chance that one private-domain agent gets a conversation today. */
export function conversationProbability(params: Params, privateMembers: number): number {
  if (privateMembers <= 0) return 0;
  return Math.min(1, (params.staff * params.conversationsPerStaff) / privateMembers);
}
