/**
 * Paid exposure (商域, docs/model.md#paid): the daily ad budget turned into leads, priced one
 * of two ways. Both draw from the reachable pool (unaware agents, and lapsed ones weighted by
 * `lapsedReexposure`); a person reached again is a lead again and costs as one.
 * - `cac`: a lead costs `baseCac × r^(−ε)`, r = the never-reached share of the market, so
 *   ε = 0 keeps every lead at `baseCac`. The budget buys `B / cost` leads, drawn uniformly
 *   from the pool. With ε = 1 and nobody forgetting, an unaware agent becomes a lead with
 *   probability `B / (baseCac × N)`: the Bass model's innovation coefficient p.
 * - `cpm`: `1000 B / cpm` impressions spread over the N people; each on a reachable person
 *   converts with the click-through rate, so a person's chance is `1 − e^(−κλ)`: depletion
 *   and daily frequency saturation emerge.
 */
import type { Params } from '../params/schema.ts';

export interface PaidDay {
  /** Chance that an unaware agent becomes a paid lead today. */
  unawareProbability: number;
  /** Chance that a lapsed agent becomes a paid lead today. */
  lapsedProbability: number;
  /** Impressions served (in `cac` mode: implied, leads / click-through). */
  impressions: number;
  /** Money spent today, RMB (the whole budget, every day). */
  spend: number;
}

const NONE: PaidDay = { unawareProbability: 0, lapsedProbability: 0, impressions: 0, spend: 0 };

/**
 * @param pool the agents paid reach can draw from
 * @param pool.unaware unaware agents now
 * @param pool.lapsed lapsed agents now
 * @param pool.neverReached agents never a lead of any channel
 * @param agents agents in the market (n = N / w)
 */
export function paidExposure(params: Params, pool: { unaware: number; lapsed: number; neverReached: number }, agents: number): PaidDay {
  const budget = params.paidBudgetDaily;
  if (!(budget > 0)) return NONE;
  const rho = params.lapsedReexposure;
  if (params.paidPricing === 'cpm') {
    const impressions = (budget / params.cpm) * 1000;
    const hazard = (impressions / params.population) * params.clickThroughRate;
    return { unawareProbability: -Math.expm1(-hazard), lapsedProbability: -Math.expm1(-rho * hazard), impressions, spend: budget };
  }
  const reachable = pool.unaware + rho * pool.lapsed;
  const share = pool.neverReached / agents;
  if (!(reachable > 0) || !(share > 0)) return { ...NONE, spend: budget };
  const costPerLead = params.baseCac * Math.pow(share, -params.cacElasticity);
  const leadsInAgents = budget / costPerLead / params.agentWeight;
  const p = Math.min(1, leadsInAgents / reachable);
  const impressions = params.clickThroughRate > 0 ? (leadsInAgents * params.agentWeight) / params.clickThroughRate : 0;
  return { unawareProbability: p, lapsedProbability: Math.min(1, rho * p), impressions, spend: budget };
}
