/**
 * Stylized fact 4 (docs/model.md#scale): multiplying the market and every absolute input by k
 * leaves every per-person and per-RMB output unchanged: exactly when the agent weight is
 * multiplied too (the same agents, each standing for k times the people), and within
 * Monte-Carlo error when the agents are multiplied instead. A control shows the comparison can
 * tell a real difference: a larger market with the same budgets is not the same business.
 */
import { describe, expect, it } from 'vitest';
import { validateParams, type Params, type Summary } from '../../../models/index.ts';
import { intervalOf, replicated, runSummary, show, summaries, type Reading } from './paired.ts';

const K = 10;
/** The inputs that count people or money in absolute terms (docs/model.md#scale). */
const ABSOLUTE = ['paidBudgetDaily', 'organicImpressionsDaily', 'offlineVisitorsDaily', 'staff', 'groups', 'privateFixedCostDaily', 'pushCost'] as const;

function scaledBy(base: Params, k: number, weightToo: boolean): Params {
  const over: Record<string, number> = { population: base.population * k, agentWeight: base.agentWeight * (weightToo ? k : 1) };
  for (const key of ABSOLUTE) over[key] = base[key] * k;
  return validateParams(over, base);
}

/** Per-person and per-RMB readings of a run (N = people in the market). */
function perPerson(params: Params): Record<string, Reading> {
  const N = params.population;
  return {
    'profit / N': (s: Summary) => s.profit / N,
    'revenue / N': (s) => s.revenue / N,
    'leads / N': (s) => s.leads / N,
    'paid CAC per customer': (s) => s.cacPaidPerCustomer,
    'margin ROI at 180 days': (s) => s.roiMargin180,
    'repurchase within 90 days': (s) => s.repurchaseRate90,
    'private share of revenue': (s) => s.privateShareOfRevenue,
  };
}

const base = validateParams({ agentWeight: 100, offlineVisitorsDaily: 200 });

describe('stylized fact 4: scale invariance', () => {
  it('gives the same per-person outputs, to the last digit, with k times the people in the same agents', () => {
    const big = scaledBy(base, K, true);
    const a = runSummary(base, 0);
    const b = runSummary(big, 0);
    for (const [name, read] of Object.entries(perPerson(base))) {
      const bigRead = perPerson(big)[name];
      expect(bigRead(b), name).toBeCloseTo(read(a)!, 9);
    }
  });

  it('gives the same per-person outputs within Monte-Carlo error with k times the agents', () => {
    const big = scaledBy(base, K, false);
    const R = 6;
    const smallRuns = summaries(base, R);
    const largeRuns = summaries(big, R);
    for (const [name, read] of Object.entries(perPerson(base))) {
      // Seven comparisons of 95% intervals: widened by half so that one is not flagged by chance.
      const small = intervalOf(smallRuns, read);
      const large = intervalOf(largeRuns, perPerson(big)[name]);
      const allowed = Math.hypot(small.hi - small.mean, large.hi - large.mean) * 1.5;
      expect(Math.abs(large.mean - small.mean), `${name}: ${show(small)} against ${show(large)}`).toBeLessThanOrEqual(allowed);
    }
  });

  it('tells a real difference apart: ten times the market with the same budgets is another business', () => {
    const wider = validateParams({ population: base.population * K, agentWeight: base.agentWeight * K }, base);
    const read = (p: Params) => perPerson(p)['leads / N'];
    const small = replicated(base, read(base), 4);
    const large = replicated(wider, read(wider), 4);
    expect(large.hi, `${show(small)} against ${show(large)}`).toBeLessThan(small.lo);
  });
});
