/**
 * Before a long or large run, the CLIs say what it will cost and refuse one beyond this
 * machine unless `--force` is given: a mistyped `--replications 1000` at 10 M agents should
 * be an instant message, not hours of work or a crash at the end. The estimates are the
 * model's (models/engine/footprint.ts), the same the explorer refuses by.
 */
import { totalmem } from 'node:os';
import { ENGINE_AGENT_DAYS_PER_SECOND, agentCount, estimateRunBytes, estimateSeconds, runAgentDays, type Params } from '../models/index.ts';
import { CliError } from './terminal.ts';

const MB = 1_048_576;

/** Longest run started without `--force`, s: an hour is a run someone meant to wait for. */
export const CLI_TIME_LIMIT_S = 3600;

/** What this machine allows a run without `--force`. */
export interface MachineLimits {
  /** Bytes: half the machine's memory (or of its container's limit), leaving the rest to everything else. */
  memoryBytes: number;
  /** Seconds: `CLI_TIME_LIMIT_S`. */
  seconds: number;
}

export function machineLimits(): MachineLimits {
  // 0 or undefined when there is no limit; a huge number when the cgroup sets none.
  const constrained = (process as { constrainedMemory?: () => number | undefined }).constrainedMemory?.() || Infinity;
  return { memoryBytes: Math.min(totalmem(), constrained) / 2, seconds: CLI_TIME_LIMIT_S };
}

/** What a run will cost, and the work it is, in words for the message. */
export interface RunEstimate {
  bytes: number;
  seconds: number;
  work: string;
}

/** One `npm run sim` run: R replications of one scenario on one core, every replication's result kept for the mean. */
export function estimateSim(params: Params, replications: number): RunEstimate {
  const agentDays = runAgentDays(params, replications);
  return {
    bytes: estimateRunBytes(params, replications),
    seconds: estimateSeconds(agentDays),
    work: `${agentCount(params)} agents × ${params.horizonDays} days × ${replications} replication${replications === 1 ? '' : 's'}`,
  };
}

/** An experiment's runs on `workers` threads: each thread holds one run at a time. */
export function estimateSweep(runs: readonly { params: Params }[], workers: number): RunEstimate {
  const threads = Math.max(1, Math.min(workers, runs.length));
  let agentDays = 0;
  let largest = 0;
  for (const run of runs) {
    agentDays += runAgentDays(run.params);
    largest = Math.max(largest, estimateRunBytes(run.params));
  }
  return {
    bytes: largest * threads,
    seconds: estimateSeconds(agentDays, threads),
    work: `${runs.length} run${runs.length === 1 ? '' : 's'}, ${agentDays.toExponential(2)} agent-days on ${threads} thread${threads === 1 ? '' : 's'}`,
  };
}

/** `3 h 05 min`, `1 h`, `12 min`, `40 s`. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} h${rest === 0 ? '' : ` ${String(rest).padStart(2, '0')} min`}`;
}

const megabytes = (bytes: number) => `${Math.ceil(bytes / MB).toLocaleString('en-US')} MB`;

/**
 * Refuse a run whose estimate is beyond `limits`, unless `force`.
 * @throws CliError with the estimate, the limit it exceeds and what to do
 */
export function checkEstimate(estimate: RunEstimate, limits: MachineLimits, force: boolean): void {
  const tooBig = estimate.bytes > limits.memoryBytes;
  const tooLong = estimate.seconds > limits.seconds;
  if (force || (!tooBig && !tooLong)) return;
  const over = [
    tooBig ? `more memory than this machine allows a run (${megabytes(limits.memoryBytes)}, half of it)` : '',
    tooLong ? `longer than ${formatDuration(limits.seconds)}` : '',
  ].filter(Boolean).join(' and ');
  const speed = `${ENGINE_AGENT_DAYS_PER_SECOND / 1e6} M agent-days/s a core`;
  throw new CliError(`this run needs about ${megabytes(estimate.bytes)} of memory and ${formatDuration(estimate.seconds)} ` +
    `(${estimate.work}, at ${speed}): ${over}; make it smaller, or add --force to run it anyway`);
}
