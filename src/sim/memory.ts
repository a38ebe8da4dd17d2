/**
 * How much memory a run needs, estimated before it starts, and how much the browser can give
 * it. A run whose estimate exceeds the limit is refused with the estimate shown, instead of
 * crashing the worker (or the tab) halfway through.
 */
import { BYTES_PER_AGENT, CHANNELS, STAGES, TIERS, SPEND_CATEGORIES, agentCount, type Params } from '../../models/index.ts';

export const MB = 1_048_576;
/** The limit without better knowledge: a worker's typed arrays beyond ~1.5 GB are a gamble. */
export const DEFAULT_LIMIT_BYTES = 1.5 * 1024 * MB;

/**
 * Estimated peak bytes of a run: the agents simulated (`population / agentWeight`, each
 * `BYTES_PER_AGENT`: a market of a billion people at weight 1,000 is a million agents), the
 * recorder's per-day accumulators (daily series, week-cohort × day and channel × day tables),
 * and each replication's result kept until the mean is taken.
 */
export function estimateRunBytes(params: Pick<Params, 'population' | 'agentWeight' | 'horizonDays'>, replications = 1): number {
  const days = params.horizonDays;
  const weeks = Math.ceil(days / 7);
  const channels = CHANNELS.length;
  const dailySeries = STAGES.length + TIERS.length + 2 + channels + 5 + SPEND_CATEGORIES.length + 3;
  const recorder = 8 * days * (dailySeries + 3 * weeks + 4 * channels) + 4 * days * channels;
  const result = 8 * days * (dailySeries + 2 * (weeks + channels + 1));
  return agentCount(params) * BYTES_PER_AGENT + recorder + Math.max(1, replications) * result;
}

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
