/**
 * The version of the parameter schema as it is written down outside the app: in share links,
 * scenario files and saved scenarios. Bump it when a key is renamed, removed or changes its
 * unit or meaning, and add the step from the previous version to `migrations.ts`.
 *
 * History:
 * - 1: the daily ad budget was `adBudgetDaily`; `initialFollowerShare` and `grossMargin`
 *   were percentages (0–100).
 * - 2: `paidBudgetDaily`; every share is a fraction 0–1, as in the schema.
 * - 3 (model v2, docs/model.md): `population` counts people and `agentWeight` people per
 *   agent; `purchaseRate` is the repeat frequency and `firstPurchaseRate` the first-purchase
 *   odds; the flywheel reads the share of active fans (`flywheelStrength` replaces
 *   `flywheelPerThousandFans`); new mechanisms (push and scan costs, touch conversion, trust's
 *   resting and reference levels, the repurchase gap, service targeting, contact lists, the
 *   local pool, the attribution window).
 */
export const SCHEMA_VERSION = 3;

/** The oldest version the migrations can read. */
export const OLDEST_SCHEMA_VERSION = 1;
