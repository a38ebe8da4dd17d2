/**
 * How much memory the browser can give a run. A run whose estimate (`estimateRunBytes`, in
 * models/engine/footprint.ts, shared with the CLIs) exceeds the limit is refused with the
 * estimate shown, instead of crashing the worker (or the tab) halfway through.
 */
export const MB = 1_048_576;
/** The limit without better knowledge: a worker's typed arrays beyond ~1.5 GB are a gamble. */
export const DEFAULT_LIMIT_BYTES = 1.5 * 1024 * MB;

/**
 * What this browser can hold for a run, bytes: `DEFAULT_LIMIT_BYTES`, lowered to half the
 * device's memory when `navigator.deviceMemory` (GB, Chromium) says it is small.
 */
export function memoryLimitBytes(deviceMemoryGb = (globalThis.navigator as { deviceMemory?: number } | undefined)?.deviceMemory): number {
  if (typeof deviceMemoryGb === 'number' && Number.isFinite(deviceMemoryGb) && deviceMemoryGb > 0) {
    return Math.min(DEFAULT_LIMIT_BYTES, (deviceMemoryGb * 1024 * MB) / 2);
  }
  return DEFAULT_LIMIT_BYTES;
}

/** Bytes in MB for people: `212 MB`. */
export function formatMb(bytes: number): string {
  return `${Math.ceil(bytes / MB).toLocaleString('en-US')} MB`;
}
