import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defaultParams, simulate, toJson, validateParams, type Params } from '../../models/index.ts';

/** The golden baseline's seed and file (regenerated only by `npm run baseline`). */
export const BASELINE_SEED = 20261122;
export const BASELINE_PATH = fileURLToPath(new URL('./default-summary.json', import.meta.url));

/**
 * Scenarios beside the default that reach the engine's edge cases, pinned by the same seed in
 * a second file (each a market of 200,000 people in 20,000 agents): groups that fill up, orders
 * certain every day, daily pushes and promotions with fatigue, offline scans from a local pool
 * with an existing private domain, trust that never decays, CPM pricing that depletes the
 * market, conversations at random with tight contact lists, and a one-off product. A change
 * meant to be only faster (the same draws, the same numbers) must reproduce them exactly.
 */
export const SCENARIOS_PATH = fileURLToPath(new URL('./scenario-summaries.json', import.meta.url));
const SMALL: Partial<Params> = { population: 200_000, agentWeight: 10 };
export const BASELINE_SCENARIOS: { name: string; overrides: Partial<Params> }[] = [
  { name: 'full groups', overrides: { ...SMALL, groups: 1, groupCapacity: 500, groupInviteRate: 0.2 } },
  { name: 'certain purchases', overrides: { ...SMALL, firstPurchaseRate: 1, purchaseRate: 1, minRepurchaseGapDays: 0, stageMultExposed: 3 } },
  {
    name: 'heavy touches',
    overrides: { ...SMALL, pushesPerWeek: 14, pushCapMonthly: 60, fatigueTolerance: 1, promotionsPerMonth: 30, staff: 50 },
  },
  {
    name: 'offline and existing followers',
    overrides: { ...SMALL, offlineVisitorsDaily: 500, offlineLocalShare: 0.2, initialFollowerShare: 0.1, lapsedReexposure: 0.5 },
  },
  { name: 'trust without decay', overrides: { ...SMALL, trustSensitivity: 1, trustDecay: 0 } },
  { name: 'CPM pricing that depletes', overrides: { ...SMALL, paidPricing: 'cpm', paidBudgetDaily: 20_000 } },
  { name: 'random service, tight contact lists', overrides: { ...SMALL, serviceTargeting: 'random', staff: 5, contactCapPerStaff: 100 } },
  { name: 'one-off product', overrides: { ...SMALL, purchaseRate: 0, minRepurchaseGapDays: 1_095 } },
];

/** A scenario's whole output at the baseline seed, as the CLI writes it (`toJson` of the run). */
export function baselineOutput(overrides: Partial<Params> = {}): Record<string, unknown> {
  return toJson(simulate(validateParams(overrides, defaultParams()), BASELINE_SEED));
}

/**
 * The sha-256 (hex) of an output's JSON text: every number of the series, cohorts, LTV curves
 * and flows, not only the summary the baseline files show.
 */
export function outputDigest(output: Record<string, unknown>): string {
  return createHash('sha256').update(JSON.stringify(output)).digest('hex');
}

/** What the baseline files keep of an output: its summary, to read, and its digest. */
export function pinned(output: Record<string, unknown>): { summary: unknown; digest: string } {
  return { summary: output.summary, digest: outputDigest(output) };
}
