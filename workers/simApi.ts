/**
 * The simulation API a worker exposes over Comlink: `run` one request (one run, or the mean of
 * replications with 95% intervals), reporting progress and honouring cancellation.
 *
 * The model steps (models/replications: `ReplicationStepper`, which knows nothing of workers);
 * this file only paces it: days in chunks of about CHUNK_MS, yielding to the event loop
 * between chunks, so a `cancel` message, or a newer request (which supersedes every older
 * one), is read within a chunk and the run stops there. A request may also carry a shared flag
 * (an Int32Array over a SharedArrayBuffer, when the page is cross-origin isolated), read
 * between days.
 *
 * Results travel back transferred, not copied: every typed array's buffer is in the transfer list.
 *
 * A run may also start before anyone asks for it (`prefetch`): the worker file starts the
 * default scenario as soon as it has loaded, while the page is still loading the app. A `run`
 * of exactly that request (same parameters, seed and replications) then adopts it, progress
 * and cancellation included; the first `run` of anything else stops it. Same code, same seed:
 * an adopted result is the one a fresh run would give.
 */
import * as Comlink from 'comlink';
import {
  ReplicationStepper,
  changedKeys,
  expectedCurves,
  expectedValueInSteps,
  replicationDays,
  twinOverlayApplies,
  type ExpectedCurves,
  type Params,
  type RunResult,
} from '../models/index.ts';
import { notify, release } from './callbacks.ts';
import { collectTransferables } from './transfer.ts';

export interface RunRequest {
  /** Increasing per client: a larger id supersedes every smaller one. */
  id: number;
  /** Valid parameters (validated on the main thread). */
  params: Params;
  /** Master seed, a 32-bit unsigned integer. */
  seed: number;
  /** 1 for a single run; more averages runs (seeds from `replicationSeed`) and adds `ci95`. */
  replications: number;
  /** Optional shared cancel flag: element 0 non-zero means "stop". */
  cancelFlag?: Int32Array;
}

/** What a run computes: a request without its id and cancel flag. */
export type RunSpec = Pick<RunRequest, 'params' | 'seed' | 'replications'>;

export type RunOutcome =
  /** `prefetched`: the run had started before it was asked for (`prefetch`); `elapsedMs` is the whole run's. */
  | { status: 'done'; id: number; result: RunResult; elapsedMs: number; prefetched: boolean }
  | { status: 'cancelled'; id: number };

/** Called with (days done, days in all); in a worker this is a `Comlink.proxy` of a main-thread function. */
export type ProgressCallback = (done: number, total: number) => unknown;

/** Work between two yields to the event loop, ms. */
export const CHUNK_MS = 16;
/** Least time between two progress reports, ms (each report is a message to the main thread). */
export const PROGRESS_INTERVAL_MS = 50;

export interface SimApi {
  run(request: RunRequest, onProgress?: ProgressCallback): Promise<RunOutcome>;
  /** Cancel a queued or running request; it stops at its next chunk boundary. */
  cancel(id: number): void;
  /**
   * Start running `spec` before it is asked for; the next `run` adopts it if it asks for
   * exactly `spec`, and stops it otherwise. Replaces an earlier prefetch not yet adopted.
   * Resolves when that run has finished, or stopped (nothing waits for it; tests may).
   */
  prefetch(spec: RunSpec): Promise<void>;
  /**
   * The expected-value twin's curves for the LTV chart's dashed overlay, where the twin applies
   * and its LTV is within the background budget (`twinOverlayApplies`), else null; null too
   * when a newer run (a higher id) arrives first. Asked for after a run's result is shown.
   */
  expected(request: { id: number; params: Params }): Promise<ExpectedCurves | null>;
  /** Liveness check; resolves once the worker has loaded. */
  ping(): 'pong';
}

/**
 * Yield one task, so that queued messages (a cancel, a newer request) are read. Browsers: a
 * MessageChannel task (FIFO with incoming messages, and not clamped to 4 ms like nested
 * timeouts). Node (tests): setImmediate, which lets other ports' messages in first.
 */
function makeYield(): () => Promise<void> {
  const immediate = (globalThis as { setImmediate?: (fn: () => void) => unknown }).setImmediate;
  if (typeof immediate === 'function') return () => new Promise((resolve) => immediate(resolve));
  if (typeof MessageChannel === 'undefined') return () => new Promise((resolve) => setTimeout(resolve, 0));
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}

/** Report progress at most every PROGRESS_INTERVAL_MS, and always at the end; never throws. */
function throttledProgress(onProgress: ProgressCallback | undefined): (done: number, total: number) => void {
  if (!onProgress) return () => {};
  let last = -Infinity;
  return (done, total) => {
    const now = performance.now();
    if (done < total && now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    // Fire and forget: over Comlink this posts a message; a failure must not stop the run.
    notify(onProgress, done, total);
  };
}

/** Days a request steps in all: its horizon, once per replication (at least one). */
function daysInAll(spec: RunSpec): number {
  return replicationDays(spec.params, spec.replications);
}

/** Whether two requests compute the same thing: same seed, replications and every parameter. */
export function sameSpec(a: RunSpec, b: RunSpec): boolean {
  return a.seed === b.seed && Math.max(1, a.replications) === Math.max(1, b.replications) && changedKeys(a.params, b.params).length === 0;
}

/** A run started by `prefetch`, waiting for the request that will adopt it. */
interface Prefetch {
  spec: RunSpec;
  startedAt: number;
  /** The adopting request, once one has: its progress and cancellation are the run's. */
  owner: RunRequest | null;
  report: (done: number, total: number) => void;
  abandoned: boolean;
  /** When it finished (performance.now()), or null while it runs. */
  finishedAt: number | null;
  result: Promise<RunResult | null>;
}

export function createSimApi(options: { chunkMs?: number } = {}): SimApi {
  const chunkMs = options.chunkMs ?? CHUNK_MS;
  const yieldTask = makeYield();
  let latest = 0;
  const cancelled = new Set<number>();
  let prefetched: Prefetch | null = null;

  const isCancelled = (request: RunRequest) =>
    request.id < latest || cancelled.has(request.id) || (request.cancelFlag !== undefined && Atomics.load(request.cancelFlag, 0) !== 0);

  /**
   * All replications, stepped in chunks of `chunkMs`; null when stopped (`stopped` is asked
   * between chunks, the shared flag between days). The stepper is `simulateReplications`'s,
   * so the result is the same to the bit.
   */
  async function simulateInChunks(
    spec: RunSpec & { cancelFlag?: Int32Array },
    report: (done: number, total: number) => void,
    stopped: () => boolean,
  ): Promise<RunResult | null> {
    const { cancelFlag } = spec;
    const stepper = new ReplicationStepper(spec.params, spec.seed, spec.replications);
    let chunkStart = performance.now();
    while (!stepper.done) {
      stepper.stepDay();
      if (cancelFlag !== undefined && Atomics.load(cancelFlag, 0) !== 0) return null;
      if (performance.now() - chunkStart >= chunkMs) {
        report(stepper.daysDone, stepper.totalDays);
        await yieldTask();
        if (stopped()) return null;
        chunkStart = performance.now();
      }
    }
    report(stepper.totalDays, stepper.totalDays);
    // The twin's dashed overlay comes separately (`expected`), after the result is shown.
    return { ...stepper.result(), expected: null };
  }

  /** The prefetched run, if `request` asks for exactly it (it is then the request's); else stop it. */
  function adopt(request: RunRequest, report: (done: number, total: number) => void): Prefetch | null {
    const candidate = prefetched;
    prefetched = null;
    if (candidate === null) return null;
    if (!sameSpec(candidate.spec, request)) {
      candidate.abandoned = true;
      return null;
    }
    candidate.owner = request;
    candidate.report = report;
    if (candidate.finishedAt !== null) report(daysInAll(request), daysInAll(request));
    return candidate;
  }

  return {
    async run(request, onProgress) {
      latest = Math.max(latest, request.id);
      try {
        await yieldTask(); // a newer request or a cancel already queued arrives first
        if (isCancelled(request)) return { status: 'cancelled', id: request.id };
        const report = throttledProgress(onProgress);
        const early = adopt(request, report);
        const started = performance.now();
        const result = early ? await early.result : await simulateInChunks(request, report, () => isCancelled(request));
        if (result === null || isCancelled(request)) return { status: 'cancelled', id: request.id };
        // An adopted run's time is its own, from its start to its end, not the wait for a request.
        const elapsedMs = early ? (early.finishedAt ?? performance.now()) - early.startedAt : performance.now() - started;
        const outcome: RunOutcome = {
          status: 'done',
          id: request.id,
          result,
          elapsedMs,
          prefetched: early !== null,
        };
        return Comlink.transfer(outcome, collectTransferables(result));
      } finally {
        cancelled.delete(request.id);
        for (const id of cancelled) if (id < latest) cancelled.delete(id); // superseded anyway
        release(onProgress);
      }
    },
    cancel(id) {
      cancelled.add(id);
    },
    prefetch(spec) {
      if (prefetched) prefetched.abandoned = true;
      const entry: Prefetch = {
        spec,
        startedAt: performance.now(),
        owner: null,
        report: () => {},
        abandoned: false,
        finishedAt: null,
        result: Promise.resolve(null),
      };
      const stopped = () => entry.abandoned || (entry.owner !== null && isCancelled(entry.owner));
      // After a yield: whoever called this (the worker file) finishes its start first.
      entry.result = yieldTask()
        .then(() => {
          entry.startedAt = performance.now();
          return stopped() ? null : simulateInChunks(spec, (done, total) => entry.report(done, total), stopped);
        })
        .finally(() => (entry.finishedAt = performance.now()));
      prefetched = entry;
      // A failure is the adopting run's to report; unadopted, nobody's.
      return entry.result.then(() => {}, () => {});
    },
    async expected(request) {
      if (!twinOverlayApplies(request.params)) return null;
      // Background work: it stops as soon as a newer run arrives (a higher id), a day at a time.
      const twin = expectedValueInSteps(request.params, { ltv: true });
      let chunkStart = performance.now();
      for (;;) {
        const next = twin.next();
        if (next.done) return expectedCurves(next.value);
        if (performance.now() - chunkStart >= chunkMs) {
          await yieldTask();
          if (request.id < latest || cancelled.has(request.id)) return null;
          chunkStart = performance.now();
        }
      }
    },
    ping() {
      return 'pong';
    },
  };
}

/** The API over the real engine: what `sim.worker.ts` exposes. */
export const simApi: SimApi = createSimApi();
