/**
 * The JSON contract: typed arrays become plain arrays and non-finite numbers become null
 * (JSON has no NaN). Key order is fixed by the result's construction, so output is stable.
 */
export function toJsonValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value as unknown as ArrayLike<number>, (x) => (Number.isFinite(x) ? x : null));
  }
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toJsonValue(inner);
    return out;
  }
  return value;
}

/** A run result (or replication mean) as the plain object the CLI writes. */
export function toJson(result: object): Record<string, unknown> {
  return toJsonValue(result) as Record<string, unknown>;
}
