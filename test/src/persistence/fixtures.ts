import fc from 'fast-check';
import { AGENT_LIMITS, PARAM_KEYS, PARAM_SPECS, specOf, type NumberSpec, type ParamSpec, type Params } from '../../../models/params/index.ts';

/** Any value the spec allows. */
export function validValue(spec: ParamSpec): fc.Arbitrary<number | string> {
  if (spec.kind === 'choice') return fc.constantFrom(...spec.choices);
  if (spec.kind === 'integer') return fc.integer({ min: spec.min, max: spec.max });
  return fc.double({ min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true });
}

const SCALE_KEYS: readonly string[] = ['population', 'agentWeight'];

/**
 * A market and an agent weight that keep the agent-count rule: `population / agentWeight` a
 * whole number of agents within AGENT_LIMITS (docs/model.md#scale), each within its own range.
 */
export const validScale: fc.Arbitrary<Pick<Params, 'population' | 'agentWeight'>> = fc
  .integer({ min: AGENT_LIMITS.min, max: AGENT_LIMITS.max })
  .chain((agents) => {
    const population = specOf('population') as NumberSpec;
    const weight = specOf('agentWeight') as NumberSpec;
    const maxWeight = Math.min(weight.max, Math.floor(population.max / agents));
    return fc.integer({ min: Math.max(weight.min, Math.ceil(population.min / agents)), max: maxWeight })
      .map((agentWeight) => ({ population: agents * agentWeight, agentWeight }));
  });

/**
 * Valid overrides. The cross-field rules are kept by leaving the tier thresholds alone and by
 * setting the market and the agent weight together, or neither (the defaults keep the rule).
 */
export const validOverrides = fc
  .tuple(
    fc.record(
      Object.fromEntries(PARAM_SPECS.filter((s) => !s.key.startsWith('tier') && !SCALE_KEYS.includes(s.key)).map((spec) => [spec.key, validValue(spec)])),
      { requiredKeys: [] },
    ),
    fc.option(validScale, { nil: undefined }),
  )
  .map(([rest, scale]) => ({ ...rest, ...scale })) as fc.Arbitrary<Partial<Params>>;

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
