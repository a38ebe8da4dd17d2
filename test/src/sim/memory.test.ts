import { describe, expect, it } from 'vitest';
import { BYTES_PER_AGENT, defaultParams } from '../../../models/index.ts';
import { DEFAULT_LIMIT_BYTES, MB, estimateRunBytes, formatMb, memoryLimitBytes } from '../../../src/sim/memory.ts';

describe('the memory estimate', () => {
  it('counts the agents, the per-day accumulators and each replication\'s result', () => {
    const base = { population: 100_000, horizonDays: 365 };
    const bytes = estimateRunBytes(base);
    expect(bytes).toBeGreaterThan(base.population * BYTES_PER_AGENT);
    expect(bytes).toBeLessThan(base.population * BYTES_PER_AGENT + 20 * MB);
    expect(estimateRunBytes({ ...base, population: 200_000 }) - bytes).toBe(100_000 * BYTES_PER_AGENT);
    expect(estimateRunBytes(base, 10)).toBeGreaterThan(bytes);
    expect(estimateRunBytes({ ...base, horizonDays: 1095 })).toBeGreaterThan(bytes);
  });

  it('fits every schema-valid default-sized run under the default limit', () => {
    expect(estimateRunBytes(defaultParams(), 50)).toBeLessThan(DEFAULT_LIMIT_BYTES);
  });

  it('lowers the limit on a small device, and reads in MB', () => {
    expect(memoryLimitBytes(undefined)).toBe(DEFAULT_LIMIT_BYTES);
    expect(memoryLimitBytes(8)).toBe(DEFAULT_LIMIT_BYTES);
    expect(memoryLimitBytes(0.5)).toBe(256 * MB);
    expect(formatMb(212.2 * MB)).toBe('213 MB');
  });
});
