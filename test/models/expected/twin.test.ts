import { describe, expect, it } from 'vitest';
import { expectedValue, twinLimitations, simulateReplications, simulate, withExpected, STAGES } from '../../../models/index.ts';
import { ci95Of, smallParams } from '../helpers.ts';

/** The default scenario made homogeneous: trust the same constant for every agent. */
const homogeneous = smallParams({
  population: 20_000,
  horizonDays: 200,
  trustGain: 0,
  trustDecay: 0,
  fatiguePenalty: 0,
  fatigueExitRate: 0,
  badExperienceRate: 0,
  groups: 100,
  trustInitPaid: 0.5,
  trustInitOrganic: 0.5,
  trustInitOffline: 0.5,
  trustInitReferral: 0.5,
  referralTrustThreshold: 0.4,
  offlineVisitorsDaily: 200,
  initialFollowerShare: 0.01,
});


describe('the expected-value twin', () => {
  it('applies to the homogeneous case and says why it does not apply otherwise', () => {
    expect(twinLimitations(homogeneous)).toEqual([]);
    expect(twinLimitations(smallParams())).toContain('trustGain > 0');
  });

  it('conserves the population every day', () => {
    const twin = expectedValue(homogeneous);
    for (let day = 0; day < homogeneous.horizonDays; day++) {
      const total = twin.stages.reduce((sum, stage) => sum + stage[day], 0);
      expect(total).toBeCloseTo(homogeneous.population, 6);
    }
  });

  it("matches the agent model's mean over replications within its interval", () => {
    const result = simulateReplications(homogeneous, 11, 12);
    const twin = expectedValue(homogeneous);
    const ci = ci95Of(result).series;
    let checks = 0;
    for (const day of [20, 60, 120, 199]) {
      STAGES.forEach((stage, i) => {
        const band = ci.stages[stage];
        // 95% interval widened to ~99.9% (×1.7) for the many comparisons, plus 0.3% of N for
        // the mean-field approximation of the pool-level feedbacks (referrals, flywheel).
        const half = ((band.hi[day] - band.lo[day]) / 2) * 1.7 + 0.003 * homogeneous.population;
        expect(Math.abs(result.series.stages[stage][day] - twin.stages[i][day])).toBeLessThan(half);
        checks++;
      });
      const customersHalf = ((ci.customers.hi[day] - ci.customers.lo[day]) / 2) * 1.7 + 0.003 * homogeneous.population;
      expect(Math.abs(result.series.customers[day] - twin.customers[day])).toBeLessThan(customersHalf);
    }
    // Orders summed over the horizon: the twin's expectation inside the agents' interval.
    const sum = (a: ArrayLike<number>) => Array.from(a).reduce((x, y) => x + y, 0);
    const agentOrders = sum(result.series.orders);
    const spread = sum(ci.orders.hi) - sum(ci.orders.lo);
    expect(Math.abs(agentOrders - sum(twin.orders)) / agentOrders).toBeLessThan(0.02 + spread / agentOrders);
    expect(checks).toBe(24);
  });

  it("gives the expected LTV curve the agents' pooled curve scatters around", () => {
    const result = simulateReplications(homogeneous, 5, 8);
    const twin = expectedValue(homogeneous).ltvRevenue!;
    const all = result.ltv.findIndex((curve) => curve.key === 'all');
    const band = ci95Of(result).ltv[all].revenue;
    for (const age of [7, 30, 90, 150, 199]) {
      const half = ((band.hi[age] - band.lo[age]) / 2) * 1.7 + 0.01 * twin[age];
      expect(Math.abs(result.ltv[all].revenue[age] - twin[age])).toBeLessThan(half);
    }
  });

  it('rides along with a result only where it applies', () => {
    expect(withExpected(simulate(smallParams({ horizonDays: 60 }), 1)).expected).toBeNull();
    const attached = withExpected(simulate({ ...homogeneous, horizonDays: 60, population: 5_000 }, 1));
    expect(attached.expected?.ltvRevenue).toHaveLength(60);
  });
});

