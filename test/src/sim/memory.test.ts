import { describe, expect, it } from 'vitest';
import { BYTES_PER_AGENT, defaultParams } from '../../../models/index.ts';
import { DEFAULT_LIMIT_BYTES, MB, estimateRunBytes, formatMb, memoryLimitBytes } from '../../../src/sim/memory.ts';

describe('the memory estimate', () => {
  it('counts the agents simulated, the per-day accumulators and each replication\'s result', () => {
    // A million people at 10 a agent: 100,000 agents.
    const base = { population: 1_000_000, agentWeight: 10, horizonDays: 365 };
    const agents = 100_000;
    const bytes = estimateRunBytes(base);
    expect(bytes).toBeGreaterThan(agents * BYTES_PER_AGENT);
    expect(bytes).toBeLessThan(agents * BYTES_PER_AGENT + 20 * MB);
    expect(estimateRunBytes({ ...base, population: 2_000_000 }) - bytes).toBe(agents * BYTES_PER_AGENT);
    // The agents, not the people, take the memory: the same market at twice the weight is half the agents.
    expect(bytes - estimateRunBytes({ ...base, agentWeight: 20 })).toBe((agents / 2) * BYTES_PER_AGENT);
    expect(estimateRunBytes(base, 10)).toBeGreaterThan(bytes);
    expect(estimateRunBytes({ ...base, horizonDays: 1095 })).toBeGreaterThan(bytes);
  });

  it('fits every schema-valid default-sized run under the default limit', () => {
    expect(estimateRunBytes(defaultParams(), 50)).toBeLessThan(DEFAULT_LIMIT_BYTES);
    // The largest market, at a weight that leaves a million agents, fits too.
    expect(estimateRunBytes({ ...defaultParams(), population: 1_000_000_000, agentWeight: 1_000 })).toBeLessThan(DEFAULT_LIMIT_BYTES);
  });

  it('lowers the limit on a small device, and reads in MB', () => {
    expect(memoryLimitBytes(undefined)).toBe(DEFAULT_LIMIT_BYTES);
    expect(memoryLimitBytes(8)).toBe(DEFAULT_LIMIT_BYTES);
    expect(memoryLimitBytes(0.5)).toBe(256 * MB);
    expect(formatMb(212.2 * MB)).toBe('213 MB');
  });
});
