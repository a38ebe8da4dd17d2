import { describe, expect, it } from 'vitest';
import { replicationBands } from '../../../src/experiments/bands.ts';
import { TINY, runInProcess } from './run.ts';

describe('replicationBands', () => {
  it('reads the mean run’s cumulative profit by day and its pooled LTV by age, each inside its 95% band', () => {
    const { aggregate } = runInProcess({ kind: 'replications', replications: 3 });
    const bands = replicationBands(aggregate!);
    expect(bands.profit.map((p) => p.x)).toEqual(Array.from({ length: TINY.horizonDays }, (_, d) => d));
    expect(bands.ltv.length).toBeGreaterThan(0);
    for (const p of [...bands.profit, ...bands.ltv]) {
      if (p.mean === null || p.lo === null || p.hi === null) continue;
      expect(p.lo).toBeLessThanOrEqual(p.mean + 1e-9);
      expect(p.hi).toBeGreaterThanOrEqual(p.mean - 1e-9);
    }
    expect(bands.profit.filter((p) => p.lo !== null && p.hi !== null && p.hi > p.lo).length).toBeGreaterThan(0);
  });

  it('has a band of no width with a single replication', () => {
    const { aggregate } = runInProcess({ kind: 'replications', replications: 1 });
    const bands = replicationBands(aggregate!);
    expect(bands.profit.every((p) => p.lo === p.mean && p.hi === p.mean)).toBe(true);
  });
});
