/**
 * The version of the parameter schema as it is written down outside the app: in share links,
 * scenario files and saved scenarios. Bump it when a key is renamed, removed or changes its
 * unit, and add the step from the previous version to `migrations.ts`.
 *
 * History:
 * - 1: the daily ad budget was `adBudgetDaily`; `initialFollowerShare` and `grossMargin`
 *   were percentages (0–100).
 * - 2: `paidBudgetDaily`; every share is a fraction 0–1, as in the schema.
 */
export const SCHEMA_VERSION = 2;

/** The oldest version the migrations can read. */
export const OLDEST_SCHEMA_VERSION = 1;
