/**
 * The main thread's handle on the simulation worker. One run at a time: starting a run
 * supersedes the one in flight, whose caller gets `{ status: 'cancelled' }` at once.
 *
 * The worker runs in chunks and reads messages between them (workers/simApi.ts), so the
 * superseded run is told to stop (a `cancel` message, or its shared flag when the page is
 * cross-origin isolated) and normally answers within a chunk. If it has not answered after
 * `stuckAfterMs`, the worker is terminated, a fresh one started, and the newest request sent
 * to it again.
 *
 * Liveness: while a worker is up, idle or busy, the client pings it every `heartbeatMs`; a ping
 * left unanswered for `deadAfterMs` means the worker is dead (killed, crashed without an error
 * event, its memory reclaimed). An idle worker found dead, or one that raised an `error` event
 * after it had answered, is replaced at once, before the next request. A run sent to a worker
 * that died before it acknowledged the run (no progress, no answer to a later ping) is sent
 * again, once, to a fresh worker: it never started, so nothing about it can have killed the
 * worker. A worker that dies during a run is that run's failure (`WorkerFault`).
 */
import * as Comlink from 'comlink';
import type { ExpectedCurves, Params, RunResult } from '../../models/index.ts';
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
  /** Ping the worker this often, ms (idle or running). */
  heartbeatMs?: number;
  /**
   * Declare the worker dead when a ping has gone unanswered this long, ms (it was killed,
   * crashed without an error event, or the browser reclaimed its memory). The worker reads
   * messages between chunks of ~16 ms, so a live one answers at once. Measured from the ping,
   * not from the last answer, so a throttled background tab's late timers are no false alarm.
   */
  deadAfterMs?: number;
}

export const DEFAULT_STUCK_AFTER_MS = 1000;
export const DEFAULT_HEARTBEAT_MS = 1000;
export const DEFAULT_DEAD_AFTER_MS = 6000;
/** A worker that has not yet started gets this many times `deadAfterMs` to answer. */
const LOADING_ALLOWANCE = 5;

/** The worker failed: it stopped answering (`unresponsive`), or raised an error event (`crashed`, with its message). */
export class WorkerFault extends Error {
  readonly reason: 'unresponsive' | 'crashed';
  constructor(reason: 'unresponsive' | 'crashed', message: string) {
    super(message);
    this.name = 'WorkerFault';
    this.reason = reason;
  }
}

interface Job {
  id: number;
  request: SimRequest;
  onProgress?: ProgressListener;
  flag?: Int32Array;
  /** When it was last sent to a worker, performance.now() ms. */
  sentAt: number;
  /** The worker has shown it read the run: a progress report, or an answer to a ping sent after it. */
  acknowledged: boolean;
  /** It was sent again after its worker died before acknowledging it (at most once). */
  resent: boolean;
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
  /** When the unanswered ping was sent, performance.now() ms; null when none is outstanding. */
  #pingSentAt: number | null = null;
  /** The current worker has started (its first message) or answered: it loaded, so its death is worth a restart. */
  #answeredOnce = false;
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
        sentAt: 0,
        acknowledged: false,
        resent: false,
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
   * The expected-value twin's curves for `params` (the LTV chart's dashed overlay), computed by
   * the worker in the background; null where the twin does not apply or is too dear, when a
   * newer run overtakes it, or when the worker is replaced meanwhile. Best effort: it never
   * fails a run, and a newer `run` stops it.
   */
  expected(params: Params): Promise<ExpectedCurves | null> {
    const id = ++this.#nextId;
    return this.#ensureRemote().expected({ id, params }).then((curves) => curves, () => null);
  }

  /**
   * Cancel the run in flight (the user's Cancel button): it resolves `{ status: 'cancelled' }`
   * at once; the worker is told to stop, and replaced if it does not.
   */
  cancel(): void {
    if (this.#current) this.#supersede(this.#current);
  }

  /**
   * Terminate the worker the way a crash would, without telling anyone: the liveness check
   * then finds out, as it does for a real crash. For tests (`window.__siyuTest`).
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
    const remote = this.#ensureRemote();
    const generation = this.#generation;
    const onProgress = job.onProgress;
    const progress = onProgress
      ? Comlink.proxy((done: number, total: number) => {
          if (generation === this.#generation) job.acknowledged = true;
          onProgress(done, total);
        })
      : undefined;
    job.sentAt = performance.now();
    job.acknowledged = false;
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

  /** Ping the worker while it is up; one that leaves a ping unanswered too long is dead. */
  #watchLiveness(): void {
    if (this.#heartbeat !== undefined || !this.#worker?.terminate) return;
    this.#heartbeat = setInterval(() => {
      const remote = this.#remote;
      if (!remote) return;
      const job = this.#current && !this.#current.settled ? this.#current : null;
      const sentAt = this.#pingSentAt;
      if (sentAt !== null) {
        // A worker that has not started yet may still be loading its code (slowly, on a busy
        // machine): give it longer, and only when a run is waiting on it.
        const allowance = this.#answeredOnce ? this.#deadAfterMs : LOADING_ALLOWANCE * this.#deadAfterMs;
        if (performance.now() - sentAt > allowance && (job || this.#answeredOnce)) this.#dead(job);
        return;
      }
      const generation = this.#generation;
      const pingedAt = performance.now();
      this.#pingSentAt = pingedAt;
      remote.ping().then(() => {
        if (generation !== this.#generation) return;
        this.#pingSentAt = null;
        this.#answeredOnce = true;
        const current = this.#current;
        if (current && !current.settled && pingedAt >= current.sentAt) current.acknowledged = true;
      }, () => {});
    }, this.#heartbeatMs);
  }

  /**
   * The worker stopped answering. A run it never acknowledged is sent again to a fresh worker
   * (once); a run it had started fails; with no run, a fresh worker is started for the next.
   */
  #dead(job: Job | null): void {
    this.#stopWorker();
    if (job && !job.acknowledged && !job.resent) {
      job.resent = true;
      this.#send(job);
    } else if (job) {
      job.fail(new WorkerFault('unresponsive', 'the simulation worker stopped responding (it was killed, crashed or ran out of memory)'));
      this.#ensureRemote();
    } else {
      this.#ensureRemote();
    }
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
    this.#answeredOnce = false;
    this.#pingSentAt = null;
    this.#started = worker.started ?? new Promise((resolve) => worker.addEventListener('message', () => resolve(), { once: true }));
    void this.#started.then(() => {
      if (generation === this.#generation) this.#answeredOnce = true;
    });
    worker.addEventListener('error', (event) => {
      if (generation !== this.#generation) return;
      const message = (event as ErrorEvent).message || 'the simulation worker failed';
      const loaded = this.#answeredOnce;
      this.#current?.fail(new WorkerFault('crashed', message));
      this.#stopWorker();
      // A worker that had loaded and then failed is replaced now, while the user is idle; one
      // that never loaded is left to the next request (restarting it in a loop would not help).
      if (loaded) this.#ensureRemote();
    });
    this.#worker = worker;
    this.#remote = Comlink.wrap<SimApi>(worker);
    this.#watchLiveness();
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
