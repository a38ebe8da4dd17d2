/**
 * The explorer's state, in one place: the parameters, seed and replications the user set, the
 * latest result (B), the pinned result (A), and the run in progress. Every edit goes through a
 * method here, which validates it and schedules a re-run in the worker.
 *
 * Results are big (typed arrays) and immutable: they sit in `$state.raw` and are replaced
 * whole, never proxied or mutated. Parameters are a flat record, also replaced whole, so a
 * snapshot can be posted to the worker as is.
 */
import {
  DEFAULT_SEED,
  ParamError,
  REPLICATIONS,
  SEED_RANGE,
  changedKeys,
  defaultParams,
  expectedInteger,
  inRange,
  specOf,
  validateParams,
  type ParamKey,
  type Params,
} from '../../models/params/index.ts';
import { estimateRunBytes, type ExpectedCurves, type RunResult } from '../../models/index.ts';
import { WorkerFault, type SimOutcome, type SimRequest, type ProgressListener } from '../sim/client.ts';
import { memoryLimitBytes } from '../sim/memory.ts';
import { DRAG_DEBOUNCE_MS, debounced, LatestTicket } from './schedule.ts';

/** What the state needs from the worker client (the real `SimClient`, or a stand-in in tests). */
export interface Runner {
  run(request: SimRequest, onProgress?: ProgressListener): Promise<SimOutcome>;
  /** Stop the run in flight (it resolves cancelled). */
  cancel?(): void;
  /** The twin's curves for the dashed overlay, computed after a run (null where it does not apply). */
  expected?(params: Params): Promise<ExpectedCurves | null>;
}

/** A run refused before it started because it would not fit in memory. */
export interface MemoryRefusal {
  /** Estimated peak bytes of the run. */
  estimateBytes: number;
  /** What the browser can hold, bytes. */
  limitBytes: number;
}

/** After this long, a run in progress offers a Cancel button, ms. */
export const LONG_RUN_MS = 1500;

export interface Progress {
  done: number;
  total: number;
}

/** Where the current parameters came from, for the preset picker's read-out. */
export interface Origin {
  /** Preset ids: a composed scenario or a single case/reduction; empty for the defaults. */
  scenario: { mode?: string; platform?: string; strategy?: string; preset?: string };
  /** The parameters the preset produced, to count the user's changes since. */
  base: Params;
}

/** Why a seed is unusable (outside `SEED_RANGE`), or null. */
export function seedError(seed: number): string | null {
  return inRange(seed, SEED_RANGE) ? null : `invalid seed: ${seed} (expected ${expectedInteger(SEED_RANGE)})`;
}

/** Why a replication count is unusable in the explorer (outside `REPLICATIONS.app`), or null. */
export function replicationsError(n: number): string | null {
  return inRange(n, REPLICATIONS.app) ? null : `invalid replications: ${n} (expected ${expectedInteger(REPLICATIONS.app)})`;
}

export class AppState {
  params = $state.raw<Params>(defaultParams());
  seed = $state(DEFAULT_SEED);
  replications = $state(1);
  origin = $state.raw<Origin>({ scenario: {}, base: defaultParams() });
  /** The latest finished run (B when a result is pinned). */
  result = $state.raw<RunResult | null>(null);
  /** The pinned run A. */
  pinned = $state.raw<RunResult | null>(null);
  progress = $state.raw<Progress | null>(null);
  running = $state(false);
  /**
   * Why the latest run failed, or null. Cleared when a run starts, is cancelled or is
   * refused: it always describes the latest run, never an earlier one.
   */
  error = $state<string | null>(null);
  /** Wall time of the latest finished run in the worker, ms. */
  lastRunMs = $state<number | null>(null);
  /** The run has been going for LONG_RUN_MS: offer to cancel it. */
  longRun = $state(false);
  /** The user cancelled the last run (offer Retry). */
  cancelled = $state(false);
  /** The last run was refused before it started: too big for memory. */
  refused = $state.raw<MemoryRefusal | null>(null);
  /** The memory limit runs are checked against, bytes (tests lower it). */
  memoryLimit = memoryLimitBytes();
  /** What `result` was computed from. */
  #resultRequest = $state.raw<SimRequest | null>(null);
  /** The worker fault behind `error`, if that is what it was. */
  #fault = $state.raw<{ message: string; reason: WorkerFault['reason'] } | null>(null);

  /**
   * When `error` is the worker failing (rather than the run refusing its input), how: the
   * explorer says it in the user's language, and the worker's own message (`error`) is the detail.
   */
  get fault(): WorkerFault['reason'] | null {
    const fault = this.#fault;
    return fault !== null && fault.message === this.error ? fault.reason : null;
  }

  readonly #runner: Runner;
  readonly #tickets = new LatestTicket();
  readonly #schedule = debounced(() => void this.runNow());
  #longRunTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(runner: Runner) {
    this.#runner = runner;
  }

  /**
   * Set one parameter. Returns the validation error (and changes nothing) when the value, or
   * the set it makes, is invalid. `drag: true` debounces the re-run (slider drags).
   */
  setParam(key: ParamKey, value: number | string, options: { drag?: boolean } = {}): ParamError | null {
    if (Object.is(this.params[key], value)) {
      // The slider stopped on the value its last drag event set (a key press, or a release):
      // the debounced run starts now instead of waiting out the debounce.
      if (!options.drag) this.#schedule.flush();
      return null;
    }
    let next: Params;
    try {
      next = validateParams({ [key]: value }, this.params);
    } catch (error) {
      if (error instanceof ParamError) return error;
      throw error;
    }
    this.params = next;
    this.requestRun(options.drag ? DRAG_DEBOUNCE_MS : 0);
    return null;
  }

  /** Put one parameter back to its schema default. */
  resetParam(key: ParamKey): ParamError | null {
    const spec = specOf(key);
    return spec ? this.setParam(key, spec.default) : null;
  }

  /** Replace every parameter (a preset, or "reset all"). */
  applyParams(params: Params, scenario: Origin['scenario'] = {}): void {
    this.params = params;
    this.origin = { scenario, base: params };
    this.requestRun(0);
  }

  resetAll(): void {
    this.applyParams(defaultParams());
  }

  /**
   * Replace parameters, seed and replications at once (a saved scenario, a share link, the
   * autosave): one re-run. The input must already be valid (read it through src/persistence).
   */
  applyState(state: { params: Params; seed: number; replications: number }, scenario: Origin['scenario'] = {}): void {
    this.params = state.params;
    this.origin = { scenario, base: state.params };
    this.seed = state.seed;
    this.replications = state.replications;
    this.requestRun(0);
  }

  /**
   * The result on screen is for other settings than the current ones, and the latest run
   * for these did not finish (it failed, was refused or was cancelled): show it as stale.
   * While a run is under way, or before a debounced one starts, it is not: one is coming.
   */
  get stale(): boolean {
    const shown = this.#resultRequest;
    if (this.result === null || shown === null || this.running) return false;
    if (this.error === null && this.refused === null && !this.cancelled) return false;
    return shown.seed !== this.seed || shown.replications !== this.replications || changedKeys(shown.params, this.params).length > 0;
  }

  /** Stop the run in progress; the previous result stays on screen. */
  cancel(): void {
    if (!this.running) return;
    this.#schedule.cancel();
    this.#tickets.next(); // the cancelled run's outcome is no longer current
    this.#runner.cancel?.();
    this.#endRun();
    this.error = null;
    this.cancelled = true;
  }

  /** Run the current parameters again (after a failure, a cancel or a refusal). */
  retry(): Promise<void> {
    return this.runNow();
  }

  setSeed(seed: number): string | null {
    const error = seedError(seed);
    if (error) return error;
    if (seed !== this.seed) {
      this.seed = seed;
      this.requestRun(0);
    }
    return null;
  }

  setReplications(n: number): string | null {
    const error = replicationsError(n);
    if (error) return error;
    if (n !== this.replications) {
      this.replications = n;
      this.requestRun(0);
    }
    return null;
  }

  /** Pin the current result as A; later results are B. */
  pin(): void {
    if (this.result) this.pinned = this.result;
  }

  clearPin(): void {
    this.pinned = null;
  }

  /** Keys changed since the last preset (or the defaults). */
  get changedSinceOrigin(): ParamKey[] {
    return changedKeys(this.origin.base, this.params);
  }

  /** Schedule a run `delay` ms from now; a newer request replaces a pending one. */
  requestRun(delay = 0): void {
    this.#schedule.call(delay);
  }

  /** Run the current parameters now; a result that a newer request overtook is dropped. */
  async runNow(): Promise<void> {
    this.#schedule.cancel();
    const ticket = this.#tickets.next();
    const request: SimRequest = { params: this.params, seed: this.seed, replications: this.replications };
    // Whatever happened to the previous run, this one is what the status now describes.
    this.cancelled = false;
    this.error = null;
    const estimateBytes = estimateRunBytes(request.params, request.replications);
    if (estimateBytes > this.memoryLimit) {
      // Refused before it starts: a run this size would crash the worker (or the tab).
      this.#runner.cancel?.();
      this.#endRun();
      this.refused = { estimateBytes, limitBytes: this.memoryLimit };
      return;
    }
    this.refused = null;
    this.running = true;
    this.longRun = false;
    clearTimeout(this.#longRunTimer);
    this.#longRunTimer = setTimeout(() => {
      if (this.#tickets.isCurrent(ticket) && this.running) this.longRun = true;
    }, LONG_RUN_MS);
    this.progress = { done: 0, total: 1 };
    // Progress comes on its own channel and may arrive after the result: ignore it by then.
    let finished = false;
    try {
      const outcome = await this.#runner.run(request, (done, total) => {
        if (!finished && this.#tickets.isCurrent(ticket)) this.progress = { done, total };
      });
      if (!this.#tickets.isCurrent(ticket) || outcome.status !== 'done') return;
      this.result = outcome.result;
      this.#resultRequest = request;
      this.lastRunMs = outcome.elapsedMs;
      this.#attachExpected(ticket, outcome.result);
    } catch (error) {
      if (!this.#tickets.isCurrent(ticket)) return;
      this.error = error instanceof Error ? error.message : String(error);
      this.#fault = error instanceof WorkerFault ? { message: error.message, reason: error.reason } : null;
    } finally {
      finished = true;
      if (this.#tickets.isCurrent(ticket)) this.#endRun();
    }
  }

  /**
   * Asks for the twin's overlay of `result` once it is shown, and adds it to the result if
   * nothing newer has come meanwhile (where the twin applies: docs/performance.md).
   */
  #attachExpected(ticket: number, result: RunResult): void {
    // The worker answers null at once where the twin does not apply.
    if (!this.#runner.expected || result.expected) return;
    void this.#runner.expected(result.params).then((expected) => {
      if (expected && this.#tickets.isCurrent(ticket) && this.result === result) this.result = { ...result, expected };
    });
  }

  #endRun(): void {
    clearTimeout(this.#longRunTimer);
    this.running = false;
    this.longRun = false;
    this.progress = null;
  }
}
