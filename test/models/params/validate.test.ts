import { describe, expect, it } from 'vitest';
import { paramErrorOf } from '../helpers.ts';
import {
  defaultParams,
  diffFromDefaults,
  parseParamValue,
  validateAll,
  validateParams,
} from '../../../models/params/index.ts';

describe('validateParams', () => {
  it('returns the defaults for no overrides', () => {
    expect(validateParams({})).toEqual(defaultParams());
  });

  it('applies valid overrides on top of the defaults and keeps the rest', () => {
    const params = validateParams({ groupCapacity: 200, paidPricing: 'cpm', grossMargin: 0.35 });
    expect(params).toEqual({ ...defaultParams(), groupCapacity: 200, paidPricing: 'cpm', grossMargin: 0.35 });
  });

  it('applies overrides on top of a given base without touching it', () => {
    const base = validateParams({ staff: 7 });
    const frozen = structuredClone(base);
    const params = validateParams({ groups: 3 }, base);
    expect(params.staff).toBe(7);
    expect(params.groups).toBe(3);
    expect(base).toEqual(frozen);
    expect(params).not.toBe(base);
  });

  it('accepts the bounds of a range', () => {
    expect(validateParams({ groupCapacity: 1 }).groupCapacity).toBe(1);
    expect(validateParams({ groupCapacity: 10_000 }).groupCapacity).toBe(10_000);
  });

  it('names the field, the value and the range for a value out of range', () => {
    const error = paramErrorOf(() => validateParams({ groupCapacity: -3 }));
    expect(error.message).toBe('invalid groupCapacity: -3 (expected an integer 1–10000)');
    expect(error.field).toBe('groupCapacity');
    expect(error.value).toBe(-3);
    expect(error.expected).toBe('an integer 1–10000');
  });

  it('rejects a fraction where an integer is expected', () => {
    expect(paramErrorOf(() => validateParams({ staff: 2.5 })).message).toBe('invalid staff: 2.5 (expected an integer 0–1000)');
  });

  it('rejects NaN and both infinities', () => {
    expect(paramErrorOf(() => validateParams({ grossMargin: Number.NaN })).message).toBe('invalid grossMargin: NaN (expected a number 0–1)');
    expect(paramErrorOf(() => validateParams({ orderValue: Infinity })).message).toBe('invalid orderValue: Infinity (expected a number 1–1000000)');
    expect(paramErrorOf(() => validateParams({ orderValue: -Infinity })).field).toBe('orderValue');
  });

  it('rejects a number written as a string inside an object', () => {
    const error = paramErrorOf(() => validateParams({ population: '5000' }));
    expect(error.message).toBe('invalid population: "5000" (expected an integer 1000–1000000000)');
    expect(error.value).toBe('5000');
  });

  it('rejects other types for a number: booleans, null, arrays, objects', () => {
    for (const value of [true, null, [1], { n: 1 }, undefined]) {
      expect(paramErrorOf(() => validateParams({ staff: value })).field).toBe('staff');
    }
  });

  it('lists the choices for a wrong choice', () => {
    const error = paramErrorOf(() => validateParams({ paidPricing: 'cpc' }));
    expect(error.message).toBe('invalid paidPricing: "cpc" (expected one of cac, cpm)');
    expect(error.expected).toBe('one of cac, cpm');
  });

  it('suggests the nearest key for a misspelt one', () => {
    const error = paramErrorOf(() => validateParams({ groupCapasity: 3 }));
    expect(error.message).toBe('unknown parameter groupCapasity (did you mean groupCapacity?)');
    expect(error.field).toBe('groupCapasity');
  });

  it('suggests the key whatever its case', () => {
    expect(paramErrorOf(() => validateParams({ population_: 3 })).message).toContain('did you mean population?');
    expect(paramErrorOf(() => validateParams({ POPULATION: 3 })).message).toContain('did you mean population?');
  });

  it('suggests nothing for a key that resembles no parameter', () => {
    expect(paramErrorOf(() => validateParams({ zzzzzzzzzzzzzzzzzz: 1 })).message).toBe('unknown parameter zzzzzzzzzzzzzzzzzz');
  });

  it('rejects input that is not a plain object', () => {
    for (const input of [null, undefined, 42, 'population=5', [], [1, 2], new Date(0), new Map(), () => 1]) {
      const error = paramErrorOf(() => validateParams(input));
      expect(error.field).toBe('params');
      expect(error.expected).toBe('a plain object of parameter overrides');
    }
  });

  it('accepts an object without a prototype', () => {
    const input = Object.assign(Object.create(null) as object, { staff: 4 });
    expect(validateParams(input).staff).toBe(4);
  });

  it('reports __proto__, constructor and prototype as unknown keys and pollutes nothing', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": 1, "staff": 99}, "constructor": {"prototype": {"polluted": 1}}}') as unknown;
    const { errors, params } = validateAll(hostile);
    expect(params).toBeUndefined();
    expect(errors.map((e) => e.field)).toEqual(['__proto__', 'constructor']);
    expect(errors[0].message).toBe('unknown parameter __proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(paramErrorOf(() => validateParams({ prototype: 1 })).field).toBe('prototype');
  });

  it('never returns an object with an inherited parameter', () => {
    const params = validateParams(JSON.parse('{"staff": 5}'));
    expect(Object.getPrototypeOf(params)).toBe(Object.prototype);
    expect(Object.keys(params)).toHaveLength(Object.keys(defaultParams()).length);
  });

  it('keeps the affinity threshold at or below the true-love threshold, naming tierTrueLove', () => {
    const error = paramErrorOf(() => validateParams({ tierAffinity: 0.8, tierTrueLove: 0.5 }));
    expect(error.field).toBe('tierTrueLove');
    expect(error.value).toBe(0.5);
    expect(error.message).toBe('invalid tierTrueLove: 0.5 (expected a number ≥ tierAffinity (0.8) and ≤ 1)');
    expect(validateParams({ tierAffinity: 0.6, tierTrueLove: 0.6 }).tierTrueLove).toBe(0.6);
  });

  it('checks the cross-field rule against the base too', () => {
    const base = validateParams({ tierTrueLove: 0.5, tierAffinity: 0.3 });
    expect(paramErrorOf(() => validateParams({ tierAffinity: 0.7 }, base)).field).toBe('tierTrueLove');
  });

  it('rejects a base that is itself out of range', () => {
    const base = { ...defaultParams(), staff: -1 };
    expect(paramErrorOf(() => validateParams({}, base)).field).toBe('staff');
  });

  it('keeps every message on one line, whatever the key or value', () => {
    const error = paramErrorOf(() => validateParams({ 'bad\nkey': 1 }));
    expect(error.message).toBe('unknown parameter "bad\\nkey"');
    expect(paramErrorOf(() => validateParams({ paidPricing: 'a\nb'.repeat(50) })).message).not.toContain('\n');
  });
});

describe('validateAll', () => {
  it('collects every error instead of stopping at the first', () => {
    const { params, errors } = validateAll({ groupCapasity: 3, population: -1, paidPricing: 'x', staff: 1 });
    expect(params).toBeUndefined();
    expect(errors.map((e) => e.field)).toEqual(['groupCapasity', 'population', 'paidPricing']);
  });

  it('returns the params and no errors for valid input', () => {
    expect(validateAll({ staff: 1 })).toEqual({ params: { ...defaultParams(), staff: 1 }, errors: [] });
  });

  it('asks for a whole number of agents between the limits, naming the agent weight', () => {
    expect(paramErrorOf(() => validateParams({ population: 1_000_005 })).message)
      .toBe('invalid agentWeight: 10 (expected a divisor of population (1000005) leaving 1000–10000000 agents)');
    expect(paramErrorOf(() => validateParams({ population: 5_000 })).field).toBe('agentWeight');
    expect(paramErrorOf(() => validateParams({ population: 1_000_000_000, agentWeight: 1 })).field).toBe('agentWeight');
    expect(validateParams({ population: 3_000_000, agentWeight: 100 }).population).toBe(3_000_000);
  });

  it('reports a non-object input as one error', () => {
    expect(validateAll([]).errors).toHaveLength(1);
  });
});

describe('parseParamValue', () => {
  it.each([
    ['population', '100000', 100_000],
    ['population', '1e5', 100_000],
    ['population', ' 2000 ', 2_000],
    ['grossMargin', '0.5', 0.5],
    ['grossMargin', '.25', 0.25],
    ['discountRateDaily', '1E-3', 0.001],
    ['paidPricing', 'cpm', 'cpm'],
    ['paidBudgetDaily', '3,000', 3_000],
    ['population', '1,234,000', 1_234_000],
    ['paidBudgetDaily', '５０００', 5_000],
    ['paidBudgetDaily', '１，０００．５', 1_000.5],
    ['grossMargin', '０.４', 0.4],
  ])('reads %s=%s as %s (grouped and full-width digits as people type them)', (key, text, value) => {
    expect(parseParamValue(key, text)).toBe(value);
  });

  it.each(['', '  ', 'abc', '5k', '0x10', 'Infinity', 'NaN', '1,00', '1,,000', '10,00,000', '1e', '--1'])('rejects the text %j, naming the key and the text', (text) => {
    const error = paramErrorOf(() => parseParamValue('groupCapacity', text));
    expect(error.field).toBe('groupCapacity');
    expect(error.value).toBe(text);
    expect(error.message).toBe(`invalid groupCapacity: ${JSON.stringify(text)} (expected an integer 1–10000)`);
  });

  it('checks the range of what it parsed', () => {
    expect(paramErrorOf(() => parseParamValue('groupCapacity', '-3')).message).toBe('invalid groupCapacity: -3 (expected an integer 1–10000)');
    expect(paramErrorOf(() => parseParamValue('staff', '1.5')).field).toBe('staff');
  });

  it('rejects a choice that is not one of the choices', () => {
    expect(paramErrorOf(() => parseParamValue('paidPricing', 'CPM')).message).toBe('invalid paidPricing: "CPM" (expected one of cac, cpm)');
  });

  it('rejects an unknown key with a suggestion', () => {
    expect(paramErrorOf(() => parseParamValue('stafff', '2')).message).toBe('unknown parameter stafff (did you mean staff?)');
  });
});

describe('diffFromDefaults', () => {
  it('is empty for the defaults', () => {
    expect(diffFromDefaults(defaultParams())).toEqual({});
  });

  it('lists exactly the changed keys with their values', () => {
    expect(diffFromDefaults(validateParams({ staff: 9, paidPricing: 'cpm' }))).toEqual({ paidPricing: 'cpm', staff: 9 });
  });

  it('round-trips: defaults plus the diff give back the params', () => {
    const params = validateParams({ staff: 9, groups: 0, purchaseRate: 0.1, tierAffinity: 0.1 });
    expect(validateParams(diffFromDefaults(params))).toEqual(params);
  });
});
