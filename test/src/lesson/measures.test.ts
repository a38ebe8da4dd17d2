/**
 * The lesson's small markets: `scaled` shrinks the default scenario's absolute quantities in
 * proportion to the population, read from the schema's defaults (so they follow the schema).
 */
import { describe, expect, it } from 'vitest';
import { defaultParams, presetById, specOf, validateParams } from '../../../models/index.ts';
import { publicOnly, scaled } from '../../../src/lesson/measures.ts';

const d = defaultParams();

describe('scaled', () => {
  it('is the default market at the default population, its groups and staff pooled into one each', () => {
    const s = scaled(d.population);
    expect(s.paidBudgetDaily).toBe(d.paidBudgetDaily);
    expect(s.organicImpressionsDaily).toBe(d.organicImpressionsDaily);
    expect(s.privateFixedCostDaily).toBe(d.privateFixedCostDaily);
    expect(s.flywheelPerThousandFans).toBe(d.flywheelPerThousandFans);
    expect([s.groups, s.groupCapacity]).toEqual([1, d.groups * d.groupCapacity]);
    expect([s.staff, s.conversationsPerStaff, s.staffCostDaily]).toEqual([1, d.staff * d.conversationsPerStaff, d.staff * d.staffCostDaily]);
  });

  it('shrinks budgets, reach, seats and costs with the market, and raises the per-thousand flywheel', () => {
    const k = 5_000 / d.population;
    const s = scaled(5_000);
    expect(s.population).toBe(5_000);
    expect(s.paidBudgetDaily).toBe(Math.round(d.paidBudgetDaily * k));
    expect(s.organicImpressionsDaily).toBe(Math.round(d.organicImpressionsDaily * k));
    expect(s.privateFixedCostDaily).toBe(Math.round(d.privateFixedCostDaily * k));
    expect(s.flywheelPerThousandFans).toBeCloseTo(d.flywheelPerThousandFans / k, 12);
  });

  it('keeps every value inside the schema for the smallest market', () => {
    const min = specOf('population');
    const smallest = min && min.kind !== 'choice' ? min.min : 1_000;
    expect(() => validateParams({ ...scaled(smallest) })).not.toThrow();
  });
});

describe('publicOnly', () => {
  it('spends the public-only preset’s ad budget, scaled to the market, with no private operations', () => {
    const base = validateParams({ ...scaled(5_000) });
    const preset = presetById('public-only')?.overrides ?? {};
    const p = publicOnly(base);
    expect(p.paidBudgetDaily).toBe(Math.round((preset.paidBudgetDaily ?? NaN) * (5_000 / d.population)));
    expect(p.staff).toBe(0);
    expect(p.groups).toBe(0);
    expect(p.population).toBe(5_000);
  });
});
