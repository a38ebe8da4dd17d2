import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultParams, simulate, toJson } from '../../models/index.ts';
import { BASELINE_PATH, BASELINE_SEED } from '../baseline/baseline.ts';

describe('the golden baseline', () => {
  it('reproduces the default scenario summary at the fixed seed', () => {
    const baseline = JSON.parse(readFileSync(BASELINE_PATH, 'utf8'));
    const summary = toJson(simulate(defaultParams(), BASELINE_SEED).summary);
    expect(summary).toEqual(baseline.summary);
  });
});
