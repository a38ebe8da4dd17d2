/**
 * Stylized fact 2 (docs/model.md#budget-split): with the total daily spend fixed, every share of
 * the budget split spends the same total on what it budgets (ads, content, groups, staff,
 * fixed), and the all-ads arm runs no private-domain operation. Read off real runs.
 */
import { describe, expect, it } from 'vitest';
import { simulate, type Params } from '../../../models/index.ts';
import { budgetSplitParams } from '../../../models/experiments/index.ts';
import { scenario } from './paired.ts';

const total = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
const BUDGETED = ['ads', 'content', 'groups', 'staff', 'fixed'] as const;
const settings = { totalBudgetDaily: 6_000, staffShare: 0.5, groupShare: 0.3 };

describe('stylized fact 2: the budget split compares shares at equal spend', () => {
  const base = scenario({ horizonDays: 180 }, 100);
  const runs = [0, 0.25, 0.5, 0.75, 1].map((share) => {
    const params: Params = budgetSplitParams(base, settings, share);
    return { share, params, result: simulate(params, 11) };
  });

  it('spends the same budgeted total at every share (within one push of the schedule\'s rounding)', () => {
    const target = settings.totalBudgetDaily * base.horizonDays;
    for (const { share, params, result } of runs) {
      const spent = BUDGETED.reduce((sum, key) => sum + total(result.series.spend[key]), 0);
      expect(Math.abs(spent - target), `share ${share}: spent ${spent} against ${target}`).toBeLessThanOrEqual(params.pushCost + 1e-6);
    }
  });

  it('runs no private-domain operation in the all-ads arm, so nothing is attributed to the private domain', () => {
    const allAds = runs.find((r) => r.share === 1)!;
    expect([allAds.params.staff, allAds.params.groups, allAds.params.pushesPerWeek, allAds.params.promotionsPerMonth, allAds.params.privateFixedCostDaily]).toEqual([0, 0, 0, 0, 0]);
    for (const key of ['content', 'groups', 'staff', 'fixed'] as const) expect(total(allAds.result.series.spend[key])).toBe(0);
    expect(allAds.result.summary.privateShareOfRevenue).toBe(0);
  });

  it('buys more of the private domain as the paid share falls', () => {
    const staff = runs.map((r) => r.params.staff);
    const groups = runs.map((r) => r.params.groups);
    for (let k = 1; k < runs.length; k++) {
      expect(staff[k]).toBeLessThanOrEqual(staff[k - 1]);
      expect(groups[k]).toBeLessThanOrEqual(groups[k - 1]);
    }
    expect(staff[0]).toBeGreaterThan(0);
    expect(groups[0]).toBeGreaterThan(0);
  });
});
