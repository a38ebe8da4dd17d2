/**
 * One-to-one service (docs/model.md#service): staff × conversations a day each, given to
 * private-domain agents at random or to the warmest first. Each conversation is a touch, may
 * close a sale, and turns a follower into a contact (a one-to-one thread) while the staff's
 * contact lists have room.
 */
import type { Params } from '../params/schema.ts';

/** Bins of the trust histogram that trust targeting reads (equal widths over [0, 1]). */
export const TRUST_BINS = 64;

/** The bin of a trust value. */
export function trustBin(trust: number): number {
  const bin = (trust * TRUST_BINS) | 0;
  return bin >= TRUST_BINS ? TRUST_BINS - 1 : bin < 0 ? 0 : bin;
}

/** Conversations a day, in agents (a conversation with an agent stands for w people's). */
export function serviceCapacity(params: Params): number {
  return (params.staff * params.conversationsPerStaff) / params.agentWeight;
}

/** Contacts the staff's lists hold at most, in agents. */
export function contactCapacity(params: Params): number {
  return Math.floor((params.staff * params.contactCapPerStaff) / params.agentWeight);
}

/** Who gets a conversation today: served above `bin`, with probability `fraction` in it. */
export interface ServiceTarget {
  /** Random targeting: the chance of each private-domain agent. */
  chance: number;
  /** Trust targeting: agents in bins above this one are served… */
  bin: number;
  /** …and those in it with this probability. */
  fraction: number;
}

/**
 * Today's targeting from yesterday's private-domain agents.
 * @param privateAgents private-domain agents yesterday
 * @param histogram yesterday's private-domain agents by trust bin (TRUST_BINS entries)
 */
export function serviceTarget(params: Params, privateAgents: number, histogram: Int32Array): ServiceTarget {
  const capacity = serviceCapacity(params);
  if (!(capacity > 0) || privateAgents <= 0) return { chance: 0, bin: TRUST_BINS, fraction: 0 };
  if (params.serviceTargeting === 'random') return { chance: Math.min(1, capacity / privateAgents), bin: TRUST_BINS, fraction: 0 };
  let above = 0;
  for (let bin = TRUST_BINS - 1; bin >= 0; bin--) {
    const count = histogram[bin];
    if (above + count >= capacity) return { chance: 0, bin, fraction: count > 0 ? (capacity - above) / count : 0 };
    above += count;
  }
  return { chance: 0, bin: -1, fraction: 0 }; // everyone is served
}
