/**
 * R replications of one scenario, stepped one day at a time: replication r runs with
 * `replicationSeed(seed, r)`, one after another, and the finished runs reduce to their mean
 * with `ci95` (`aggregateRuns`, in index order). With R = 1 the result is the single run.
 *
 * The stepper knows nothing of threads or clocks: whoever drives it decides how many days
 * make a chunk, when to report progress (`daysDone` of `totalDays`) and when to stop (it simply
 * stops stepping). The worker drives it in time-sliced chunks between messages
 * (workers/simApi.ts); `run` drives it to the end in one go (the CLI, tests, scripts). Same
 * steps in the same order either way, so the numbers are bit-identical.
 */
import type { Params } from '../params/schema.ts';
import type { RunResult } from '../output/contract.ts';
import { CancelledError, Simulation, type RunOptions } from '../engine/simulation.ts';
import { collect } from '../metrics/index.ts';
import { aggregateRuns } from './aggregate.ts';
import { replicationSeed } from './seed.ts';

/** Days R replications step in all: the horizon once per replication (at least one). */
export function replicationDays(params: Pick<Params, 'horizonDays'>, replications: number): number {
  return Math.max(1, replications) * params.horizonDays;
}

/** How often `run` reports progress, in days (and always at the end of each replication). */
const PROGRESS_EVERY_DAYS = 16;

export class ReplicationStepper {
  readonly params: Params;
  /** The master seed. */
  readonly seed: number;
  /** Replications to run, at least 1. */
  readonly replications: number;
  /** Days to step in all (`replicationDays`). */
  readonly totalDays: number;

  /** Finished replications, in index order. */
  readonly #runs: RunResult[] = [];
  /** The replication in progress; created when its first day is stepped, so only one lives at a time. */
  #current: Simulation | null = null;

  constructor(params: Params, seed: number, replications: number) {
    this.params = params;
    this.seed = seed;
    this.replications = Math.max(1, replications);
    this.totalDays = replicationDays(params, this.replications);
  }

  /** Days stepped so far, over all replications. */
  get daysDone(): number {
    return this.#runs.length * this.params.horizonDays + (this.#current?.day ?? 0);
  }

  /** Every replication has run to the horizon. */
  get done(): boolean {
    return this.#runs.length === this.replications;
  }

  /** Steps one day of the current replication; a replication that reaches the horizon is collected. */
  stepDay(): void {
    if (this.done) throw new Error('ReplicationStepper: every replication has already run');
    const simulation = (this.#current ??= new Simulation(this.params, replicationSeed(this.seed, this.#runs.length)));
    simulation.stepDay();
    if (simulation.done) {
      this.#runs.push(collect(simulation));
      this.#current = null;
    }
  }

  /** The single run, or the mean of the replications with `ci95`. */
  result(): RunResult {
    if (!this.done) throw new Error(`ReplicationStepper: ${this.daysDone} of ${this.totalDays} days stepped`);
    return this.replications === 1 ? this.#runs[0] : aggregateRuns(this.#runs, this.seed);
  }

  /**
   * Steps to the end in one go. Progress is reported every few days as (days done, days in
   * all); a cancelled signal stops the run at the next day with `CancelledError`.
   */
  run(options: RunOptions = {}): RunResult {
    const horizon = this.params.horizonDays;
    while (!this.done) {
      if (options.signal?.cancelled) throw new CancelledError();
      this.stepDay();
      const done = this.daysDone;
      if (options.onProgress && (done % PROGRESS_EVERY_DAYS === 0 || done % horizon === 0)) options.onProgress(done, this.totalDays);
    }
    return this.result();
  }
}

/**
 * R replications (seeds from `replicationSeed`), reduced to means with `ci95`.
 * With R = 1 this is `simulate` with the master seed.
 */
export function simulateReplications(params: Params, seed: number, replications: number, options: RunOptions = {}): RunResult {
  return new ReplicationStepper(params, seed, replications).run(options);
}
