import { describe, expect, it } from 'vitest';
import { defaultParams, estimateRunBytes } from '../../../models/index.ts';
import { DEFAULT_LIMIT_BYTES, MB, formatMb, memoryLimitBytes } from '../../../src/sim/memory.ts';

describe('the browser\'s memory limit', () => {
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
