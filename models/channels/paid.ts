/**
 * Paid exposure (商域): the daily ad budget turned into leads, priced one of two ways.
 * - `cac`: a base cost per lead in an untouched market, rising as the unaware pool depletes:
 *   effective CAC = baseCac × (N / unaware)^elasticity, so expected leads = budget / effective CAC.
 *   With elasticity 1 each unaware agent becomes a lead with probability budget / (baseCac × N):
 *   the Bass model's innovation coefficient p.
 * - `cpm`: budget / CPM × 1000 impressions spread at random over the whole market; each
 *   impression on an unaware agent converts with the click-through rate (frequency and
 *   saturation emerge: impressions on people already reached are wasted).
 */
import type { Params } from '../params/schema.ts';

export interface PaidDay {
  /** Chance that an unaware agent becomes a lead today. */
  leadProbability: number;
  /** The same as a hazard (−ln(1 − p)), to scale for lapsed re-exposure. */
  hazard: number;
  /** Impressions served (in `cac` mode: implied, leads / click-through). */
  impressions: number;
  /** Money spent today, RMB. */
  spend: number;
}

const MAX_HAZARD = 50;

export function paidExposure(params: Params, unaware: number, population: number): PaidDay {
  const budget = params.paidBudgetDaily;
  if (!(budget > 0)) return { leadProbability: 0, hazard: 0, impressions: 0, spend: 0 };
  if (params.paidPricing === 'cpm') {
    const impressions = (budget / params.cpm) * 1000;
    const hazard = (impressions / population) * params.clickThroughRate;
    return { leadProbability: -Math.expm1(-hazard), hazard, impressions, spend: budget };
  }
  if (unaware <= 0) return { leadProbability: 0, hazard: 0, impressions: 0, spend: budget };
  const expectedLeads = (budget / params.baseCac) * Math.pow(unaware / population, params.cacElasticity);
  const leadProbability = Math.min(1, expectedLeads / unaware);
  const hazard = leadProbability >= 1 ? MAX_HAZARD : -Math.log1p(-leadProbability);
  const impressions = params.clickThroughRate > 0 ? expectedLeads / params.clickThroughRate : 0;
  return { leadProbability, hazard, impressions, spend: budget };
}
