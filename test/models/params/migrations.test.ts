import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  OLDEST_SCHEMA_VERSION,
  ParamError,
  SCHEMA_VERSION,
  defaultParams,
  diffFromDefaults,
  migrateParams,
  validateParams,
} from '../../../models/params/index.ts';

/** Current overrides written the way version 1 wrote them. */
function asVersion1(overrides: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(overrides)) {
    if (key === 'paidBudgetDaily') out.adBudgetDaily = value;
    else if ((key === 'initialFollowerShare' || key === 'grossMargin') && typeof value === 'number') out[key] = value * 100;
    else out[key] = value;
  }
  return out;
}

describe('schema migrations', () => {
  it('are at version 2, readable from version 1', () => {
    expect(SCHEMA_VERSION).toBe(2);
    expect(OLDEST_SCHEMA_VERSION).toBe(1);
  });

  it('rename adBudgetDaily and turn version 1\'s percentages into fractions', () => {
    const migrated = migrateParams({ adBudgetDaily: 5000, initialFollowerShare: 2.5, grossMargin: 40, groups: 12 }, 1);
    expect({ ...migrated }).toEqual({ paidBudgetDaily: 5000, initialFollowerShare: 0.025, grossMargin: 0.4, groups: 12 });
    const params = validateParams(migrated);
    expect(params.paidBudgetDaily).toBe(5000);
    expect(params.grossMargin).toBe(0.4);
  });

  it('leave current-version overrides as they are', () => {
    expect({ ...migrateParams({ grossMargin: 0.4 }, 2) }).toEqual({ grossMargin: 0.4 });
  });

  it('give the same parameters from every earlier version as the current one', () => {
    const current = { ...diffFromDefaults({ ...defaultParams(), paidBudgetDaily: 1234, grossMargin: 0.35, initialFollowerShare: 0.01 }) };
    const written: Record<number, Record<string, unknown>> = { 1: asVersion1(current), 2: current };
    for (let version = OLDEST_SCHEMA_VERSION; version <= SCHEMA_VERSION; version++) {
      expect(validateParams(migrateParams(written[version], version)), `from version ${version}`).toEqual(validateParams(current));
    }
  });

  it('leave values they cannot convert for the validator to name', () => {
    const migrated = migrateParams({ grossMargin: 'forty' }, 1);
    expect(() => validateParams(migrated)).toThrow('invalid grossMargin: "forty" (expected a number 0–1)');
    // 150% is 1.5: named with the current unit
    expect(() => validateParams(migrateParams({ grossMargin: 150 }, 1))).toThrow('invalid grossMargin: 1.5 (expected a number 0–1)');
  });

  it('keep the new name when a version 1 input has both, and report the old one as unknown', () => {
    const migrated = migrateParams({ adBudgetDaily: 1, paidBudgetDaily: 2 }, 1);
    expect(migrated.paidBudgetDaily).toBe(2);
    expect(() => validateParams(migrated)).toThrow(/unknown parameter adBudgetDaily/);
  });

  it('reject an unknown or future version with a named error', () => {
    for (const version of [0, 3, 1.5, '2', null, undefined, Number.NaN]) {
      const error = (() => { try { migrateParams({}, version); } catch (e) { return e; } })();
      expect(error, String(version)).toBeInstanceOf(ParamError);
      expect((error as ParamError).field).toBe('version');
      expect((error as ParamError).expected).toBe('an integer 1–2');
    }
  });

  it('never mutate the input, and keep __proto__ an ordinary (unknown) key', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "adBudgetDaily": 10}') as Record<string, unknown>;
    const migrated = migrateParams(input, 1);
    expect(Object.keys(input)).toEqual(['__proto__', 'adBudgetDaily']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(() => validateParams(migrated)).toThrow(/unknown parameter __proto__/);
  });

  it('for any input and version, give a named error or overrides, never another exception', () => {
    fc.assert(fc.property(fc.anything(), fc.oneof(fc.integer({ min: -2, max: 4 }), fc.anything()), (input, version) => {
      try {
        const migrated = migrateParams(input, version);
        try {
          validateParams(migrated);
        } catch (error) {
          expect(error).toBeInstanceOf(ParamError);
        }
      } catch (error) {
        expect(error).toBeInstanceOf(ParamError);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }));
  });
});
