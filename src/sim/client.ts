/**
 * The main thread's handle on the simulation worker. One run at a time: starting a run
 * supersedes the one in flight, whose caller gets `{ status: 'cancelled' }` at once.
 *
 * The worker runs in chunks and reads messages between them (workers/simApi.ts), so the
 * superseded run is told to stop (a `cancel` message, or its shared flag when the page is
 * cross-origin isolated) and normally answers within a chunk. If it has not answered after
 * `stuckAfterMs`, the worker is terminated, a fresh one started, and the newest request sent
 * to it again.
 */
import * as Comlink from 'comlink';
import type { Params, RunResult } from '../../models/index.ts';
import type { SimApi } from '../../workers/simApi.ts';

export interface SimRequest {
  params: Params;
  seed: number;
  replications: number;
}

export type SimOutcome = { status: 'done'; result: RunResult; elapsedMs: number } | { status: 'cancelled' };

export type ProgressListener = (done: number, total: number) => void;

/** A channel to a worker: a `Worker` in the browser, a `MessagePort` in tests. */
export type WorkerLike = Comlink.Endpoint & {
  terminate?: () => void;
  /**
   * Resolves on the worker's first message, for a worker started before the client could
   * listen (the app's boot worker, src/sim/instance.ts); otherwise the client listens itself.
   */
  started?: Promise<void>;
};

export interface SimClientOptions {
  /**
   * Start a worker: the app's starts `workers/sim.worker.ts` (src/sim/instance.ts), tests a
   * MessageChannel or the real worker file. Called again for each restart.
   */
  spawn: () => WorkerLike;
  /** Restart the worker when a superseded run has not stopped after this long, ms. */
  stuckAfterMs?: number;
  /** Cancel through a SharedArrayBuffer flag. Default: when the page is cross-origin isolated. */
  sharedCancel?: boolean;
  /** While a run is in flight, ping the worker this often, ms. */
  heartbeatMs?: number;
  /**
   * Declare the worker dead when it has not answered a ping for this long during a run, ms
   * (it was killed, crashed without an error event, or the browser reclaimed its memory).
   * The worker reads messages between chunks of ~16 ms, so a live one answers at once.
   */
  deadAfterMs?: number;
}

export const DEFAULT_STUCK_AFTER_MS = 1000;
export const DEFAULT_HEARTBEAT_MS = 1000;
export const DEFAULT_DEAD_AFTER_MS = 6000;

/** The worker failed: it threw an error event, or stopped answering. */
export class WorkerFault extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerFault';
  }
}

interface Job {
  id: number;
  request: SimRequest;
  onProgress?: ProgressListener;
  flag?: Int32Array;
  settled: boolean;
  settle: (outcome: SimOutcome) => void;
  fail: (error: Error) => void;
}

function canShareMemory(): boolean {
  return typeof SharedArrayBuffer !== 'undefined' && (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
}

export class SimClient {
  readonly #spawn: () => WorkerLike;
  readonly #stuckAfterMs: number;
  readonly #sharedCancel: boolean;
  #worker: WorkerLike | null = null;
  #remote: Comlink.Remote<SimApi> | null = null;
  /** Bumped on every restart; replies from an older worker are ignored. */
  #generation = 0;
  #nextId = 0;
  #current: Job | null = null;
  /** Superseded runs the worker has not answered yet. */
  readonly #stale = new Set<number>();
  #watchdog: ReturnType<typeof setTimeout> | undefined;
  readonly #heartbeatMs: number;
  readonly #deadAfterMs: number;
  #heartbeat: ReturnType<typeof setInterval> | undefined;
  /** When the worker last answered (or was sent a run), performance.now() ms. */
  #lastAlive = 0;
  /** Workers started so far (1 + restarts). */
  spawned = 0;
  #started: Promise<void> | null = null;

  constructor(options: SimClientOptions) {
    this.#spawn = options.spawn;
    this.#stuckAfterMs = options.stuckAfterMs ?? DEFAULT_STUCK_AFTER_MS;
    this.#sharedCancel = options.sharedCancel ?? canShareMemory();
    this.#heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
    this.#deadAfterMs = options.deadAfterMs ?? DEFAULT_DEAD_AFTER_MS;
  }

  /** Start the worker now (it loads while the page renders); resolves when it answers. */
  async warmUp(): Promise<void> {
    await this.#ensureRemote().ping();
  }

  /**
   * Resolves when the current worker sends its first message (the worker file posts one as it
   * starts, before its warm-up): from then on its start no longer needs the page's main thread.
   * Starts the worker if none is running.
   */
  started(): Promise<void> {
    this.#ensureRemote();
    return this.#started as Promise<void>;
  }

  /** Run a request; a newer `run` makes this one resolve `{ status: 'cancelled' }`. */
  run(request: SimRequest, onProgress?: ProgressListener): Promise<SimOutcome> {
    if (this.#current) this.#supersede(this.#current);
    return new Promise<SimOutcome>((resolve, reject) => {
      const job: Job = {
        id: ++this.#nextId,
        request,
        onProgress,
        flag: this.#sharedCancel ? new Int32Array(new SharedArrayBuffer(4)) : undefined,
        settled: false,
        settle: (outcome) => {
          if (job.settled) return;
          job.settled = true;
          if (this.#current === job) this.#current = null;
          resolve(outcome);
        },
        fail: (error) => {
          if (job.settled) return;
          job.settled = true;
          if (this.#current === job) this.#current = null;
          reject(error);
        },
      };
      this.#current = job;
      this.#send(job);
    });
  }

  /**
   * Cancel the run in flight (the user's Cancel button): it resolves `{ status: 'cancelled' }`
   * at once; the worker is told to stop, and replaced if it does not.
   */
  cancel(): void {
    if (this.#current) this.#supersede(this.#current);
  }

  /**
   * Terminate the worker the way a crash would, without telling anyone: the run in flight is
   * then reported by the liveness check, as a real crash is. For tests (`window.__siyuTest`).
   */
  kill(): void {
    this.#worker?.terminate?.();
  }

  /** Stop the worker; a run in flight resolves cancelled. */
  dispose(): void {
    this.#current?.settle({ status: 'cancelled' });
    this.#stopWorker();
  }

  #send(job: Job): void {
    const generation = this.#generation;
    const remote = this.#ensureRemote();
    const progress = job.onProgress ? Comlink.proxy(job.onProgress) : undefined;
    this.#lastAlive = performance.now();
    this.#watchLiveness();
    remote.run({ id: job.id, ...job.request, cancelFlag: job.flag }, progress).then(
      (outcome) => {
        if (generation !== this.#generation) return;
        this.#answered(job.id);
        job.settle(outcome.status === 'done'
          ? { status: 'done', result: outcome.result, elapsedMs: outcome.elapsedMs }
          : { status: 'cancelled' });
      },
      (error: unknown) => {
        if (generation !== this.#generation) return;
        this.#answered(job.id);
        job.fail(error instanceof Error ? error : new Error(String(error)));
      },
    );
  }

  #supersede(job: Job): void {
    job.settle({ status: 'cancelled' });
    if (job.flag) Atomics.store(job.flag, 0, 1);
    else this.#remote?.cancel(job.id).catch(() => {});
    this.#stale.add(job.id);
    if (this.#watchdog === undefined && this.#worker?.terminate) {
      this.#watchdog = setTimeout(() => this.#restart(), this.#stuckAfterMs);
    }
  }

  /** While a run is in flight, ping the worker; one that stays silent too long is dead. */
  #watchLiveness(): void {
    if (this.#heartbeat !== undefined || !this.#worker?.terminate) return;
    this.#heartbeat = setInterval(() => {
      const job = this.#current;
      if (!job || job.settled || !this.#remote) {
        clearInterval(this.#heartbeat);
        this.#heartbeat = undefined;
        return;
      }
      if (performance.now() - this.#lastAlive > this.#deadAfterMs) {
        this.#stopWorker();
        job.fail(new WorkerFault('the simulation worker stopped responding (it was killed, crashed or ran out of memory)'));
        return;
      }
      const generation = this.#generation;
      this.#remote.ping().then(() => {
        if (generation === this.#generation) this.#lastAlive = performance.now();
      }, () => {});
    }, this.#heartbeatMs);
  }

  #answered(id: number): void {
    this.#stale.delete(id);
    if (this.#stale.size === 0 && this.#watchdog !== undefined) {
      clearTimeout(this.#watchdog);
      this.#watchdog = undefined;
    }
  }

  /** The worker is stuck on a superseded run: start afresh and resend the newest request. */
  #restart(): void {
    this.#watchdog = undefined;
    if (this.#stale.size === 0) return;
    this.#stopWorker();
    const job = this.#current;
    if (job && !job.settled) this.#send(job);
  }

  #ensureRemote(): Comlink.Remote<SimApi> {
    if (this.#remote) return this.#remote;
    const worker = this.#spawn();
    const generation = this.#generation;
    this.spawned += 1;
    this.#started = worker.started ?? new Promise((resolve) => worker.addEventListener('message', () => resolve(), { once: true }));
    worker.addEventListener('error', (event) => {
      if (generation !== this.#generation) return;
      const message = (event as ErrorEvent).message || 'the simulation worker failed';
      this.#current?.fail(new WorkerFault(message));
      this.#stopWorker();
    });
    this.#worker = worker;
    this.#remote = Comlink.wrap<SimApi>(worker);
    return this.#remote;
  }

  #stopWorker(): void {
    const worker = this.#worker;
    this.#generation += 1;
    this.#worker = null;
    this.#remote = null;
    this.#stale.clear();
    if (this.#watchdog !== undefined) clearTimeout(this.#watchdog);
    this.#watchdog = undefined;
    if (this.#heartbeat !== undefined) clearInterval(this.#heartbeat);
    this.#heartbeat = undefined;
    worker?.terminate?.();
  }
}
