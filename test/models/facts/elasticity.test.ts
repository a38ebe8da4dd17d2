/**
 * Stylized fact 3 (docs/model.md#paid): raising `cacElasticity` raises the paid cost per
 * customer once the market depletes, and does little while it does not; with elasticity 0
 * a paid lead costs `baseCac` however depleted the market (the budget buys B / baseCac leads
 * in expectation; how many turn up on a day is random).
 */
import { describe, expect, it } from 'vitest';
import { pairedDifference, replicated, scenario, show } from './paired.ts';

const R = 5;
const paidPerCustomer = (s: { cacPaidPerCustomer: number | null }) => s.cacPaidPerCustomer;

describe('stylized fact 3: depletion makes paid customers dearer', () => {
  it('charges the base cost for a paid lead at elasticity 0, however depleted the market', () => {
    const p = scenario({ cacElasticity: 0, paidBudgetDaily: 200_000, horizonDays: 120 }, 100);
    const perLead = replicated(p, (s) => s.cacPaidPerLead, R);
    expect(perLead.lo, show(perLead)).toBeLessThanOrEqual(p.baseCac);
    expect(perLead.hi, show(perLead)).toBeGreaterThanOrEqual(p.baseCac);
    const steep = replicated(scenario({ cacElasticity: 1, paidBudgetDaily: 200_000, horizonDays: 120 }, 100), (s) => s.cacPaidPerLead, R);
    expect(steep.lo, `the same market at elasticity 1: ${show(steep)}`).toBeGreaterThan(1.2 * p.baseCac);
  });

  it('raises the paid cost per customer with the elasticity in a market the ads deplete', () => {
    const flat = scenario({ cacElasticity: 0, paidBudgetDaily: 60_000, horizonDays: 240 });
    const steep = scenario({ cacElasticity: 2, paidBudgetDaily: 60_000, horizonDays: 240 });
    const rise = pairedDifference(flat, steep, paidPerCustomer, R);
    expect(rise.lo, show(rise)).toBeGreaterThan(0.1 * flat.baseCac);
  });

  it('changes little while the market is barely touched', () => {
    // 20 paid leads a day in a market of 100,000 for 60 days, and no other reach: about 1% of it
    // reached (organic reach depletes the never-reached pool too).
    const small = { population: 100_000, agentWeight: 1, paidBudgetDaily: 500, horizonDays: 60, organicImpressionsDaily: 0, referralRate: 0 };
    const flat = scenario({ ...small, cacElasticity: 0 });
    const steep = replicated(scenario({ ...small, cacElasticity: 2 }), (s) => s.cacPaidPerLead, 2 * R);
    // Expected about 2% dearer by then; well below the 20% of the depleted market above.
    expect(steep.lo, show(steep)).toBeGreaterThan(flat.baseCac * 0.96);
    expect(steep.hi, show(steep)).toBeLessThan(flat.baseCac * 1.08);
  });
});
