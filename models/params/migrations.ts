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
