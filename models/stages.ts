/**
 * Stage and channel codes as small integers, for the typed arrays of the hot loop.
 * The names (and their order) are the contract's `STAGES` and `CHANNELS`.
 */
export const UNAWARE = 0;
export const EXPOSED = 1;
export const FOLLOWER = 2;
export const CONTACT = 3;
export const GROUP = 4;
export const LAPSED = 5;
export const STAGE_COUNT = 6;

/** Follower, contact and group member: the private domain, reachable for free. */
export function isPrivate(stage: number): boolean {
  return stage === FOLLOWER || stage === CONTACT || stage === GROUP;
}

export const PAID = 0;
export const ORGANIC = 1;
export const REFERRAL = 2;
export const OFFLINE = 3;
export const EXISTING = 4;
export const CHANNEL_COUNT = 5;

export const TIER_COUNT = 3;
