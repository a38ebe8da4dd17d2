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

  it('estimates time from agent-days at the stated engine speed, shared over threads', () => {
    const d = defaultParams();
    expect(runAgentDays(d, 3)).toBe((d.population / d.agentWeight) * d.horizonDays * 3);
    expect(runAgentDays(defaultParams(), 0)).toBe(runAgentDays(defaultParams(), 1));
    expect(estimateSeconds(ENGINE_AGENT_DAYS_PER_SECOND)).toBe(1);
    expect(estimateSeconds(4 * ENGINE_AGENT_DAYS_PER_SECOND, 2)).toBe(2);
    // 10 M agents × 1,095 days × 1,000 replications: many hours at any measured speed.
    expect(estimateSeconds(runAgentDays({ population: 10_000_000, agentWeight: 1, horizonDays: 1095 }, 1000))).toBeGreaterThan(10 * 3600);
  });
});
