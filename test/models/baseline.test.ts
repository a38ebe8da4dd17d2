import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultParams, simulate, toJson, validateParams } from '../../models/index.ts';
import { BASELINE_PATH, BASELINE_SCENARIOS, BASELINE_SEED, SCENARIOS_PATH } from '../baseline/baseline.ts';

describe('the golden baseline', () => {
  it('reproduces the default scenario summary at the fixed seed', () => {
    const baseline = JSON.parse(readFileSync(BASELINE_PATH, 'utf8'));
    const summary = toJson(simulate(defaultParams(), BASELINE_SEED).summary);
    expect(summary).toEqual(baseline.summary);
  });

  it.each(BASELINE_SCENARIOS)('reproduces the $name scenario summary at the fixed seed', ({ name, overrides }) => {
    const pinned = JSON.parse(readFileSync(SCENARIOS_PATH, 'utf8'));
    const entry = pinned.scenarios.find((scenario: { name: string }) => scenario.name === name);
    expect(entry, `scenario "${name}" is missing from ${SCENARIOS_PATH}: run npm run baseline`).toBeDefined();
    expect(entry.overrides).toEqual(overrides);
    const summary = toJson(simulate(validateParams(overrides, defaultParams()), BASELINE_SEED).summary);
    expect(summary).toEqual(entry.summary);
  });
});
