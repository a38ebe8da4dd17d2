/**
 * Results leave a worker transferred, not copied: every typed array's buffer goes in the
 * message's transfer list (`Comlink.transfer(value, collectTransferables(value))`).
 */

/** Every ArrayBuffer under `value` (typed arrays' buffers), each once, for `Comlink.transfer`. */
export function collectTransferables(value: unknown, found = new Set<ArrayBuffer>(), seen = new Set<object>()): ArrayBuffer[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [...found];
  seen.add(value);
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
  } else if (value instanceof ArrayBuffer) {
    found.add(value);
  } else {
    for (const child of Object.values(value)) collectTransferables(child, found, seen);
  }
  return [...found];
}
