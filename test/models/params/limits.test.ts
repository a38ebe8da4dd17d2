/**
 * The run limits are declared once (models/params/limits.ts): every reader checks against
 * them and quotes them, and the bounds that are parameters come from the schema.
 */
import { describe, expect, it } from 'vitest';
import {
  AXIS_STEPS,
  HORIZON_RANGE,
  POPULATION_RANGE,
  REPLICATIONS,
  SEED_RANGE,
  expectedInteger,
  inRange,
  specOf,
} from '../../../models/params/index.ts';
import { validateExperiment } from '../../../models/experiments/index.ts';

describe('run limits', () => {
  it('take the market size and horizon bounds from the schema', () => {
    for (const [range, key] of [[POPULATION_RANGE, 'population'], [HORIZON_RANGE, 'horizonDays']] as const) {
      const spec = specOf(key);
      expect(spec?.kind).toBe('integer');
      expect(range).toEqual({ min: spec?.kind === 'integer' ? spec.min : NaN, max: spec?.kind === 'integer' ? spec.max : NaN });
    }
  });

  it('allow every 32-bit unsigned seed', () => {
    expect(SEED_RANGE).toEqual({ min: 0, max: 2 ** 32 - 1 });
  });

  it('give the browser tab fewer replications than the CLI, and experiments their own', () => {
    expect(REPLICATIONS.app.max).toBeLessThan(REPLICATIONS.experiment.max);
    expect(REPLICATIONS.experiment.max).toBeLessThan(REPLICATIONS.cli.max);
    for (const range of Object.values(REPLICATIONS)) expect(range.min).toBe(1);
  });

  it.each([
    [3, true],
    [50, true],
    [51, false],
    [0, false],
    [2.5, false],
    ['3', false],
    [Number.NaN, false],
  ] as const)('say whether %s is an integer 1–50', (value, inside) => {
    expect(inRange(value, REPLICATIONS.app)).toBe(inside);
  });

  it('describe a range for error messages', () => {
    expect(expectedInteger(AXIS_STEPS)).toBe(`an integer ${AXIS_STEPS.min}–${AXIS_STEPS.max}`);
  });

  it('bound an experiment: its replications and its axis steps', () => {
    const base = { kind: 'sweep1d', params: { population: 1_000, agentWeight: 1, horizonDays: 30 }, x: { key: 'staff', from: 0, to: 4, steps: AXIS_STEPS.max } };
    expect(validateExperiment({ ...base, replications: REPLICATIONS.experiment.max }).replications).toBe(REPLICATIONS.experiment.max);
    expect(() => validateExperiment({ ...base, replications: REPLICATIONS.experiment.max + 1 })).toThrow(
      `invalid replications: ${REPLICATIONS.experiment.max + 1} (expected an integer 1–${REPLICATIONS.experiment.max})`,
    );
    expect(() => validateExperiment({ ...base, x: { ...base.x, steps: AXIS_STEPS.max + 1 } })).toThrow(
      `invalid x.steps: ${AXIS_STEPS.max + 1} (expected an integer ${AXIS_STEPS.min}–${AXIS_STEPS.max})`,
    );
    expect(() => validateExperiment({ ...base, seed: SEED_RANGE.max + 1 })).toThrow(/invalid seed: 4294967296 \(expected an integer 0–4294967295\)/);
  });
});
