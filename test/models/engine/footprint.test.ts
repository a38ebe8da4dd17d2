import { describe, expect, it } from 'vitest';
import {
  BYTES_PER_AGENT,
  ENGINE_AGENT_DAYS_PER_SECOND,
  defaultParams,
  estimateRunBytes,
  estimateSeconds,
  runAgentDays,
} from '../../../models/index.ts';

const MB = 1_048_576;

describe('the run cost estimate', () => {
  it('counts the agents, the per-day accumulators and each replication\'s result', () => {
    const base = { population: 100_000, horizonDays: 365 };
    const bytes = estimateRunBytes(base);
    expect(bytes).toBeGreaterThan(base.population * BYTES_PER_AGENT);
    expect(bytes).toBeLessThan(base.population * BYTES_PER_AGENT + 20 * MB);
    expect(estimateRunBytes({ ...base, population: 200_000 }) - bytes).toBe(100_000 * BYTES_PER_AGENT);
    expect(estimateRunBytes(base, 10)).toBeGreaterThan(bytes);
    expect(estimateRunBytes({ ...base, horizonDays: 1095 })).toBeGreaterThan(bytes);
  });

  it('estimates time from agent-days at the stated engine speed, shared over threads', () => {
    expect(runAgentDays(defaultParams(), 3)).toBe(defaultParams().population * defaultParams().horizonDays * 3);
    expect(runAgentDays(defaultParams(), 0)).toBe(runAgentDays(defaultParams(), 1));
    expect(estimateSeconds(ENGINE_AGENT_DAYS_PER_SECOND)).toBe(1);
    expect(estimateSeconds(4 * ENGINE_AGENT_DAYS_PER_SECOND, 2)).toBe(2);
    // 10 M agents × 1,095 days × 1,000 replications: many hours at any measured speed.
    expect(estimateSeconds(runAgentDays({ population: 10_000_000, horizonDays: 1095 }, 1000))).toBeGreaterThan(10 * 3600);
  });
});
