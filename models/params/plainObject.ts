/**
 * The shape every reader of outside input expects first (parameter overrides, saved scenarios,
 * share links, experiment definitions): a plain object, as `JSON.parse` makes. Arrays, `null`,
 * class instances and exotic objects are not.
 */

/** Whether `value` is a plain object: its prototype is `Object.prototype` or `null`. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
