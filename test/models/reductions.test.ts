/**
 * The model's correctness anchors (docs/model.md#correctness-anchors): the agent model reduces
 * to published formulas.
 */
import { describe, expect, it } from 'vitest';
import {
  resolvePreset,
  simulateReplications,
  expectedValue,
  BASS_P,
  BASS_Q,
  RETENTION_D,
  RETENTION_M,
  RETENTION_R,
} from '../../models/index.ts';
import { ci95Of, observed } from './helpers.ts';

/** The Bass model's closed form: the adopted share at time t. */
function bassF(p: number, q: number, t: number): number {
  const e = Math.exp(-(p + q) * t);
  return (1 - e) / (1 + (q / p) * e);
}


describe('the bass reduction', () => {
  it('matches the Bass closed form F(t) within Monte-Carlo error when daily rates are small', () => {
    // A day is the model's step; the closed form is continuous. With p and q small per day
    // the discretisation error (below) is under the Monte-Carlo error of this test.
    const p = 0.0005;
    const q = 0.01;
    const population = 10_000;
    const params = {
      ...resolvePreset('bass'),
      population,
      horizonDays: 730,
      paidBudgetDaily: p * 10 * population,
      baseCac: 10,
      referralRate: q,
    };
    const result = simulateReplications(params, 2024, 10);
    const ci = ci95Of(result).series.customers;
    for (let t = 100; t <= 700; t += 100) {
      const mean = result.series.customers[t - 1] / population;
      const halfWidth = (ci.hi[t - 1] - ci.lo[t - 1]) / 2 / population;
      // ~99.9% two-sided over seven checkpoints: 95% half-width × 1.7.
      expect(Math.abs(mean - bassF(p, q, t))).toBeLessThan(halfWidth * 1.7 + 1e-4);
    }
  });

  it('has a mean-field twin that converges to the closed form as the step shrinks relative to the rates', () => {
    const gapFor = (scale: number) => {
      const p = BASS_P * scale;
      const q = BASS_Q * scale;
      const params = { ...resolvePreset('bass'), horizonDays: 1_095, paidBudgetDaily: p * 10 * 100_000, referralRate: q };
      const twin = expectedValue(params);
      let gap = 0;
      for (let t = 1; t <= 1_095; t++) gap = Math.max(gap, Math.abs(twin.customers[t - 1] / 100_000 - bassF(p, q, t)));
      return gap;
    };
    const coarse = gapFor(1);
    const fine = gapFor(0.25);
    expect(coarse).toBeLessThan(0.02);
    // First-order scheme: a quarter of the rates, about a quarter of the error.
    expect(fine).toBeLessThan(coarse / 3);
  });
});

describe('the retention reduction', () => {
  it('matches the textbook CLV closed form m·Σ (r/(1+d))^t at every slice', () => {
    const params = resolvePreset('retention');
    const result = simulateReplications(params, 99, 8);
    const cohortIndex = result.cohorts.findIndex((c) => c.key === 'existing');
    const cohort = result.cohorts[cohortIndex];
    const ci = ci95Of(result).cohorts[cohortIndex].clvMargin;
    const ratio = RETENTION_R / (1 + RETENTION_D);
    for (const [slice, days] of [['d7', 7], ['d30', 30], ['d60', 60], ['d90', 90], ['d180', 180], ['d365', 365]] as const) {
      const closed = (RETENTION_M * (1 - ratio ** days)) / (1 - ratio);
      const { lo, hi } = observed(ci[slice]);
      const slack = (hi - lo) * 0.35; // widen the 95% interval to ~99.9% over six slices
      expect(closed).toBeGreaterThanOrEqual(lo - slack);
      expect(closed).toBeLessThanOrEqual(hi + slack);
      expect(cohort.clvMargin[slice]).not.toBeNull();
    }
  });
});
