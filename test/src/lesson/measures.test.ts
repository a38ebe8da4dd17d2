/**
 * The lesson's small runs: `scaled` keeps the default market in real people and money and
 * makes each agent stand for more people (docs/model.md#scale), so a quick run behaves like the
 * default one.
 */
import { describe, expect, it } from 'vitest';
import { agentCount, defaultParams, presetById, validateParams } from '../../../models/index.ts';
import { cacRise, publicOnly, scaled, weeklyPaidCac } from '../../../src/lesson/measures.ts';
import { fakeRunResult } from '../charts/fixture.ts';

const d = defaultParams();

describe('scaled', () => {
  it('keeps the default market and budgets, with agents standing for more people', () => {
    const s = validateParams(scaled(5_000));
    expect(agentCount(s)).toBe(5_000);
    expect(s.population).toBe(d.population);
    expect(s.paidBudgetDaily).toBe(d.paidBudgetDaily);
    expect(s.staff).toBe(d.staff);
    expect(s.groups).toBe(d.groups);
    expect(s.agentWeight).toBe(d.population / 5_000);
  });

  it('is the default scenario at the default number of agents', () => {
    expect(validateParams(scaled(agentCount(d)))).toEqual(d);
  });
});

describe('publicOnly', () => {
  it('spends the public-only preset’s ad budget, in real RMB, with no private operations', () => {
    const base = validateParams({ ...scaled(5_000) });
    const preset = presetById('public-only')?.overrides ?? {};
    const p = publicOnly(base);
    expect(p.paidBudgetDaily).toBe(preset.paidBudgetDaily);
    expect(p.staff).toBe(0);
    expect(p.groups).toBe(0);
    expect(p.pushesPerWeek).toBe(0);
    expect(p.promotionsPerMonth).toBe(0);
    expect(p.privateFixedCostDaily).toBe(0);
    // The market stays the default one in real people, at the small run's agent weight.
    expect(p.population).toBe(d.population);
    expect(agentCount(p)).toBe(5_000);
  });
});

describe('weeklyPaidCac', () => {
  it('is each week\'s ad spend over its paid leads, skipping weeks without a lead', () => {
    const r = fakeRunResult(21);
    // Week 1: 700 RMB, 1 + 1 + 5 leads on three days (the mean of daily ratios would say 300);
    // week 2: no lead; week 3: 700 RMB for 7 leads.
    r.series.spend.ads = Float64Array.from({ length: 21 }, () => 100);
    r.series.leads.paid = Float64Array.from({ length: 21 }, (_, d) => (d === 0 || d === 1 ? 1 : d === 2 ? 5 : d >= 14 ? 1 : 0));
    expect(weeklyPaidCac(r)).toEqual({ x: [7, 21], y: [100, 100] });
    r.series.spend.ads = Float64Array.from({ length: 21 }, (_, d) => (d >= 14 ? 300 : 100));
    expect(cacRise(r)).toBe(3);
  });
});
