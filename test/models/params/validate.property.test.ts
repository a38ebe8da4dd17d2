import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGENT_LIMITS, PARAM_KEYS, PARAM_SPECS, ParamError, agentCount, defaultParams, diffFromDefaults, validateAll, validateParams } from '../../../models/params/index.ts';
import type { ParamSpec, Params } from '../../../models/params/index.ts';

/** Any value the spec allows. */
function validValue(spec: ParamSpec): fc.Arbitrary<number | string> {
  if (spec.kind === 'choice') return fc.constantFrom(...spec.choices);
  if (spec.kind === 'integer') return fc.integer({ min: spec.min, max: spec.max });
  return fc.double({ min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true });
}

const validOverrides = fc.record(
  Object.fromEntries(PARAM_SPECS.map((spec) => [spec.key, validValue(spec)])),
  { requiredKeys: [] },
) as fc.Arbitrary<Partial<Params>>;

const hostileKey = fc.oneof(
  fc.constantFrom(...PARAM_KEYS),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', ''),
  fc.string(),
);
const hostileValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e308, -1e308, Number.MIN_VALUE, 2 ** 53 + 1),
  fc.double(),
);
/** Objects as JSON.parse builds them (so `__proto__` is an own key, not a prototype). */
const hostileObject = fc.array(fc.tuple(hostileKey, hostileValue), { maxLength: 8 }).map((entries) => {
  const object: Record<string, unknown> = JSON.parse('{}');
  for (const [key, value] of entries) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
});
const hostileInput = fc.oneof(hostileObject, fc.jsonValue(), fc.anything());

describe('validation, for any input', () => {
  it('accepts any values within each spec (cross-field rules aside) and returns them unchanged', () => {
    fc.assert(fc.property(validOverrides, (overrides) => {
      const merged = { ...defaultParams(), ...overrides };
      const agents = agentCount(merged);
      const agentsOk = Number.isInteger(agents) && agents >= AGENT_LIMITS.min && agents <= AGENT_LIMITS.max;
      if (merged.tierAffinity > merged.tierTrueLove || !agentsOk) {
        expect(() => validateParams(overrides)).toThrow(ParamError);
        return;
      }
      expect(validateParams(overrides)).toEqual(merged);
    }));
  });

  it('round-trips any valid parameter set through its diff from the defaults', () => {
    fc.assert(fc.property(validOverrides, (overrides) => {
      const { params } = validateAll(overrides);
      if (!params) return;
      expect(validateParams(diffFromDefaults(params))).toEqual(params);
    }));
  });

  it('throws nothing but a ParamError on hostile input, and never mutates the base', () => {
    const base = validateParams({ staff: 3 });
    const copy = structuredClone(base);
    fc.assert(fc.property(hostileInput, (input) => {
      try {
        const params = validateParams(input, base);
        expect(Object.keys(params)).toEqual([...PARAM_KEYS]);
      } catch (error) {
        expect(error).toBeInstanceOf(ParamError);
        expect((error as ParamError).message).not.toContain('\n');
      }
      expect(base).toEqual(copy);
    }), { numRuns: 500 });
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('collects as many errors as there are bad keys, each a ParamError', () => {
    fc.assert(fc.property(hostileObject, (input) => {
      const { params, errors } = validateAll(input);
      expect(params === undefined).toBe(errors.length > 0);
      for (const error of errors) expect(error).toBeInstanceOf(ParamError);
    }));
  });
});
