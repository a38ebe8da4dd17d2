/**
 * Offline drainage (线下引流): store visitors a day × QR-scan rate; a scan makes the visitor a
 * follower, or a one-to-one contact for a share of scans.
 */
import type { Params } from '../params/schema.ts';

/** Whole visitors today (the schema allows fractions; they round to people). */
export function storeVisitors(params: Params): number {
  return Math.round(params.offlineVisitorsDaily);
}
