import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  OLDEST_SCHEMA_VERSION,
  ParamError,
  SCHEMA_VERSION,
  V2_DEFAULTS,
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
  it('are at version 3, readable from version 1', () => {
    expect(SCHEMA_VERSION).toBe(3);
    expect(OLDEST_SCHEMA_VERSION).toBe(1);
  });

  it('rename adBudgetDaily and turn version 1\'s percentages into fractions', () => {
    const migrated = migrateParams({ adBudgetDaily: 5000, initialFollowerShare: 2.5, grossMargin: 40, groups: 12 }, 1);
    const params = validateParams(migrated);
    expect(params.paidBudgetDaily).toBe(5000);
    expect(params.initialFollowerShare).toBe(0.025);
    expect(params.grossMargin).toBe(0.4);
    expect(params.groups).toBe(12);
  });

  it('leave current-version overrides as they are', () => {
    expect({ ...migrateParams({ grossMargin: 0.4 }, 3) }).toEqual({ grossMargin: 0.4 });
  });

  it('give the same scenario from version 1 as from version 2', () => {
    const v2 = { paidBudgetDaily: 1234, grossMargin: 0.35, initialFollowerShare: 0.01, purchaseRate: 0.05 };
    expect(validateParams(migrateParams(asVersion1(v2), 1))).toEqual(validateParams(migrateParams(v2, 2)));
  });

  it('read a version 2 record as the version 2 scenario it meant, not against today\'s defaults', () => {
    // Version 2 wrote only what differed from its own defaults: an empty record is the old default scenario.
    const params = validateParams(migrateParams({}, 2));
    expect(params.population).toBe(V2_DEFAULTS.population);
    expect(params.agentWeight).toBe(1);
    expect(params.grossMargin).toBe(V2_DEFAULTS.grossMargin);
    expect(params.baseCac).toBe(V2_DEFAULTS.baseCac);
  });

  it('turn version 2\'s one purchase rate into both purchase rates, and its flywheel per 1,000 fans into a share', () => {
    const params = validateParams(migrateParams({ purchaseRate: 0.05, population: 200_000, flywheelPerThousandFans: 0.1 }, 2));
    expect(params.firstPurchaseRate).toBe(0.05);
    expect(params.purchaseRate).toBe(0.05);
    // 0.1 per 1,000 active fans in a market of 200,000 is a boost of 20 per unit share of the market.
    expect(params.flywheelStrength).toBeCloseTo(20, 12);
  });

  it('switch off for a version 2 record the mechanisms version 2 did not have', () => {
    const params = validateParams(migrateParams({}, 2));
    expect(params.touchConversion).toBe(0);
    expect(params.pushCost).toBe(0);
    expect(params.offlineScanCost).toBe(0);
    expect(params.offlineLocalShare).toBe(1);
    expect(params.minRepurchaseGapDays).toBe(0);
    expect(params.serviceTargeting).toBe('random');
    expect(params.trustRest).toBe(0);
    expect(params.trustReference).toBe(0.5);
    expect(params.trustGainPurchase).toBe(V2_DEFAULTS.trustGain);
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
    for (const version of [0, 4, 1.5, '2', null, undefined, Number.NaN]) {
      const error = (() => { try { migrateParams({}, version); } catch (e) { return e; } })();
      expect(error, String(version)).toBeInstanceOf(ParamError);
      expect((error as ParamError).field).toBe('version');
      expect((error as ParamError).expected).toBe('an integer 1–3');
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
