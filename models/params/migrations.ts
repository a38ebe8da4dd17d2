/**
 * Migrations of written-down parameter overrides (a share link's, a file's, a saved
 * scenario's) from an older schema version to the current one, one version at a time.
 *
 * Input is untrusted: a step copies own keys onto a fresh prototype-less object (so a
 * `__proto__` key stays an ordinary key, reported later as unknown by the validator), and it
 * leaves values it cannot convert untouched for the validator to name. A migration never
 * validates; `validateParams` does that once, on the current shape.
 */
import { OLDEST_SCHEMA_VERSION, SCHEMA_VERSION } from './version.ts';
import { ParamError } from './validate.ts';
import { isPlainObject } from './plainObject.ts';

export { SCHEMA_VERSION, OLDEST_SCHEMA_VERSION } from './version.ts';

/** Overrides as read from outside: any keys, any values. */
export type RawOverrides = Record<string, unknown>;

/** The keys version 1 stored as percentages 0–100 (now fractions 0–1). */
export const V1_PERCENT_KEYS = ['initialFollowerShare', 'grossMargin'] as const;
/** Version 1's names of parameters that were renamed in version 2. */
export const V1_RENAMED: Readonly<Record<string, string>> = { adBudgetDaily: 'paidBudgetDaily' };

/**
 * The schema defaults of version 2, frozen: a version-2 record holds only the values that
 * differ from these, so the step to version 3 needs them to know what the scenario was.
 */
export const V2_DEFAULTS: Readonly<Record<string, number | string>> = {
  population: 100_000, horizonDays: 365, initialFollowerShare: 0, discountRateDaily: 0,
  paidBudgetDaily: 3_000, paidPricing: 'cac', baseCac: 20, cacElasticity: 1, cpm: 40, clickThroughRate: 0.01,
  organicImpressionsDaily: 20_000, organicConversion: 0.01, flywheelPerThousandFans: 0.05, flywheelCap: 5,
  forgetRate: 0.05, lapsedReexposure: 0.2, referralRate: 0.01, referralTrustThreshold: 0.6, referralReward: 10,
  referralRewardBoost: 1, offlineVisitorsDaily: 0, offlineScanRate: 0.1, offlineContactShare: 0.3,
  followRate: 0.04, pushesPerWeek: 3, pushCapMonthly: 8, followerReach: 0.3, dmRate: 0.01, staff: 2,
  conversationsPerStaff: 60, serviceCloseRate: 0.03, groupInviteRate: 0.01, groups: 10, groupCapacity: 500,
  groupEventsPerWeek: 3, groupEngagement: 0.5, groupLeaveRate: 0.003, unfollowRate: 0.002, promotionsPerMonth: 2,
  couponDepth: 0.1, couponUplift: 5, trustInitPaid: 0.1, trustInitOrganic: 0.2, trustInitOffline: 0.4,
  trustInitReferral: 0.5, trustGain: 0.05, trustDecay: 0.01, trustSensitivity: 0.8, fatigueTolerance: 3,
  fatiguePenalty: 0.1, fatigueExitRate: 0.03, tierAffinity: 0.4, tierTrueLove: 0.75, badExperienceRate: 0.05,
  badExperienceLoss: 0.5, purchaseRate: 1 / 30, stageMultExposed: 0.3, stageMultFollower: 1, stageMultContact: 1.5,
  stageMultGroup: 2, stageMultLapsed: 0.05, orderValue: 120, grossMargin: 0.5, privateFixedCostDaily: 300,
  staffCostDaily: 300, memberCostDaily: 0.005, groupEventCost: 50,
};

/**
 * What version 3 sets for the mechanisms version 2 did not have, so that a migrated scenario
 * behaves as it did: no push, scan or contact-list limits and costs, no touch conversion, trust
 * resting at 0 with the multiplier at 1 for trust ½, every good order building trust as a touch
 * did, no repurchase gap, conversations at random, one agent a person.
 */
const V3_AS_V2: Readonly<Record<string, number | string>> = {
  agentWeight: 1, attributionDays: 7, touchConversion: 0, serviceTargeting: 'random', contactCapPerStaff: 100_000,
  offlineLocalShare: 1, offlineScanCost: 0, pushCost: 0, trustRest: 0, trustReference: 0.5,
  minRepurchaseGapDays: 0,
};

const own = (o: RawOverrides, key: string) => Object.prototype.hasOwnProperty.call(o, key);
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Step `n` turns version-n overrides into version n+1. */
const STEPS: Readonly<Record<number, (input: RawOverrides) => RawOverrides>> = {
  1: (input) => {
    const out = copy(input);
    for (const [from, to] of Object.entries(V1_RENAMED)) {
      if (!Object.prototype.hasOwnProperty.call(out, from)) continue;
      // Both names given: keep the new one, and the old one stays to be reported as unknown.
      if (Object.prototype.hasOwnProperty.call(out, to)) continue;
      out[to] = out[from];
      delete out[from];
    }
    for (const key of V1_PERCENT_KEYS) {
      const value = out[key];
      if (typeof value === 'number' && Number.isFinite(value)) out[key] = value / 100;
    }
    return out;
  },
  // Version 2 stored differences from its defaults; version 3 gets the whole scenario, so that
  // a key whose default changed keeps the value the record meant.
  2: (input) => {
    const out = copy(V2_DEFAULTS as RawOverrides);
    for (const key of Object.keys(input)) out[key] = input[key];
    for (const [key, value] of Object.entries(V3_AS_V2)) if (!own(input, key)) out[key] = value;
    // One purchase rate becomes two: the same odds for a first order and for a repeat.
    if (!own(input, 'firstPurchaseRate')) out.firstPurchaseRate = out.purchaseRate;
    // Every good order raised trust by the touch gain.
    if (!own(input, 'trustGainPurchase')) out.trustGainPurchase = out.trustGain;
    // The flywheel per 1,000 active fans becomes the same boost on the share of the market.
    if (own(out, 'flywheelPerThousandFans') && !own(input, 'flywheelStrength')) {
      const perThousand = out.flywheelPerThousandFans;
      const population = out.population;
      out.flywheelStrength = finite(perThousand) && finite(population) ? (perThousand * population) / 1000 : perThousand;
      delete out.flywheelPerThousandFans;
    }
    return out;
  },
};

/** What a valid schema version looks like, in words. */
export const VERSION_EXPECTED = `an integer ${OLDEST_SCHEMA_VERSION}–${SCHEMA_VERSION}`;

/**
 * Check a written-down version number.
 * @param field where it was read, for the error (`version`, `link.v`)
 * @throws ParamError when it is not an integer OLDEST_SCHEMA_VERSION–SCHEMA_VERSION
 */
export function checkVersion(value: unknown, field = 'version'): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < OLDEST_SCHEMA_VERSION || value > SCHEMA_VERSION) {
    throw new ParamError(field, value, VERSION_EXPECTED);
  }
  return value;
}

/**
 * Overrides written under `version`, in the current schema's names and units. The result is a
 * fresh object; `input` is never mutated. Validate it with `validateParams` afterwards.
 * @throws ParamError when `version` is not a known version or `input` is not a plain object
 */
export function migrateParams(input: unknown, version: unknown, field = 'version'): RawOverrides {
  const from = checkVersion(version, field);
  if (!isPlainObject(input)) throw new ParamError('params', input, 'a plain object of parameter overrides');
  let out = copy(input);
  for (let v = from; v < SCHEMA_VERSION; v++) out = STEPS[v](out);
  return out;
}

function copy(input: RawOverrides): RawOverrides {
  const out: RawOverrides = Object.create(null) as RawOverrides;
  for (const key of Object.keys(input)) out[key] = input[key];
  return out;
}
