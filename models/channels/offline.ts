/**
 * Offline drainage (线下引流, docs/model.md#offline): store visitors a day × QR-scan rate, from
 * the local pool (the share of the market that lives near the store).
 */
import type { Params } from '../params/schema.ts';

/** Whole visitors today (the schema allows fractions; they round to people). */
export function storeVisitors(params: Params): number {
  return Math.round(params.offlineVisitorsDaily);
}

/** Chance that one visitor's scan lands as an agent-scan (a scan is one person; an agent is w). */
export function agentScanProbability(params: Params): number {
  return params.offlineScanRate / params.agentWeight;
}

/** Agents in the local pool: the first `offlineLocalShare` of the market. */
export function localAgents(params: Params, agents: number): number {
  return Math.round(params.offlineLocalShare * agents);
}
