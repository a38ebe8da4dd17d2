import { describe, expect, it } from 'vitest';
import { meanInterval, tQuantile975, simulateReplications, simulate, replicationSeed } from '../../../models/index.ts';
import { ci95Of, observed, smallParams } from '../helpers.ts';

describe('replications', () => {
  it('computes a Student-t 95% interval of the mean', () => {
    const { mean, lo, hi } = meanInterval([1, 2, 3, 4]);
    expect(mean).toBe(2.5);
    const half = tQuantile975(3) * Math.sqrt(5 / 3 / 4);
    expect(lo).toBeCloseTo(2.5 - half, 12);
    expect(hi).toBeCloseTo(2.5 + half, 12);
  });

  it('treats null as unobserved, not zero', () => {
    expect(meanInterval([null, 4, null, 6]).mean).toBe(5);
    expect(meanInterval([null, null]).mean).toBeNull();
  });

  it('averages runs with seeds derived from the master seed', () => {
    const params = smallParams({ horizonDays: 60 });
    const mean = simulateReplications(params, 77, 3);
    const runs = [0, 1, 2].map((i) => simulate(params, replicationSeed(77, i)));
    const expected = runs.reduce((s, r) => s + r.summary.revenue, 0) / 3;
    expect(mean.summary.revenue).toBeCloseTo(expected, 6);
    expect(mean.replications).toBe(3);
    const ci = observed(ci95Of(mean).summary.revenue);
    expect(ci.lo).toBeLessThanOrEqual(mean.summary.revenue);
    expect(ci.hi).toBeGreaterThanOrEqual(mean.summary.revenue);
  });
});
