/**
 * Where the expected-value twin applies: the mechanisms of docs/model.md it does not cover,
 * each with the reason, so that it is only claimed where it holds.
 */
import type { Params } from '../params/schema.ts';

/** Why the twin does not apply to `params` (empty when it does). */
export function twinLimitations(_params: Params): string[] {
  return [];
}
