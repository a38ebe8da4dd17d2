/**
 * The lesson's small runs: `scaled` keeps the default market in real people and money and
 * makes each agent stand for more people (docs/model.md#scale), so a quick run behaves like the
 * default one.
 */
import { describe, expect, it } from 'vitest';
import { agentCount, defaultParams, presetById, validateParams } from '../../../models/index.ts';
import { publicOnly, scaled } from '../../../src/lesson/measures.ts';

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
    expect(p.population).toBe(5_000);
  });
});
