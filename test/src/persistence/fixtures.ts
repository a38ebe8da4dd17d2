import fc from 'fast-check';
import { PARAM_KEYS, PARAM_SPECS, type ParamSpec, type Params } from '../../../models/params/index.ts';

/** Any value the spec allows. */
export function validValue(spec: ParamSpec): fc.Arbitrary<number | string> {
  if (spec.kind === 'choice') return fc.constantFrom(...spec.choices);
  if (spec.kind === 'integer') return fc.integer({ min: spec.min, max: spec.max });
  return fc.double({ min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true });
}

/** Valid overrides (the cross-field rule is kept by leaving the tier thresholds alone). */
export const validOverrides = fc.record(
  Object.fromEntries(PARAM_SPECS.filter((s) => !s.key.startsWith('tier')).map((spec) => [spec.key, validValue(spec)])),
  { requiredKeys: [] },
) as fc.Arbitrary<Partial<Params>>;

const hostileKey = fc.oneof(
  fc.constantFrom(...PARAM_KEYS),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'v', 'p', 's', 'r', 'w', 'version', 'params', 'seed', 'name', 'format', ''),
  fc.string(),
);
const hostileValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e308, 2 ** 53 + 1, 1, 2, 'siyu-lab/scenario'),
  fc.double(),
);

/** Objects as JSON.parse builds them (`__proto__` an own key), nested one level. */
export const hostileObject: fc.Arbitrary<Record<string, unknown>> = fc
  .array(fc.tuple(hostileKey, fc.oneof(hostileValue, fc.dictionary(hostileKey, hostileValue, { maxKeys: 4 }))), { maxLength: 10 })
  .map((entries) => {
    const object: Record<string, unknown> = JSON.parse('{}');
    for (const [key, value] of entries) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
    return object;
  });

export const hostileInput = fc.oneof(hostileObject, fc.jsonValue(), fc.anything());

export function notPolluted(): boolean {
  const probe = {} as Record<string, unknown>;
  return probe.polluted === undefined && probe.isAdmin === undefined;
}
