/**
 * The simulation API a worker exposes over Comlink: `run` one request (one run, or the mean of
 * replications with 95% intervals), reporting progress and honouring cancellation.
 *
 * This is the engine's Runner (the engine's `Simulation.stepDay` knows nothing of workers): it
 * steps days in chunks of about CHUNK_MS and yields to the event loop between chunks, so a
 * `cancel` message, or a newer request (which supersedes every older one), is read within a
 * chunk and the run stops there. A request may also carry a shared flag (an Int32Array over a
 * SharedArrayBuffer, when the page is cross-origin isolated), read between days.
 *
 * Results travel back transferred, not copied: every typed array's buffer is in the transfer list.
 */
import * as Comlink from 'comlink';
import { Simulation, aggregateRuns, collect, replicationSeed, withExpected, type Params, type RunResult } from '../models/index.ts';

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

export type RunOutcome =
  | { status: 'done'; id: number; result: RunResult; elapsedMs: number }
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

/** Report progress at most every PROGRESS_INTERVAL_MS, and always at the end; never throws. */
function throttledProgress(onProgress: ProgressCallback | undefined): (done: number, total: number) => void {
  if (!onProgress) return () => {};
  let last = -Infinity;
  return (done, total) => {
    const now = performance.now();
    if (done < total && now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    // Fire and forget: over Comlink this posts a message; a failure must not stop the run.
    try {
      const reply = onProgress(done, total) as Promise<unknown> | undefined;
      if (reply && typeof reply.then === 'function') reply.then(undefined, () => {});
    } catch {
      // a listener's error is not the run's
    }
  };
}

/** Let go of a Comlink proxy callback once a run is over (a plain function is left alone). */
function release(callback: ProgressCallback | undefined): void {
  const releaser = (callback as { [Comlink.releaseProxy]?: () => void } | undefined)?.[Comlink.releaseProxy];
  if (typeof releaser === 'function') Promise.resolve().then(releaser).catch(() => {});
}

export function createSimApi(options: { chunkMs?: number } = {}): SimApi {
  const chunkMs = options.chunkMs ?? CHUNK_MS;
  const yieldTask = makeYield();
  let latest = 0;
  const cancelled = new Set<number>();

  const isCancelled = (request: RunRequest) =>
    request.id < latest || cancelled.has(request.id) || (request.cancelFlag !== undefined && Atomics.load(request.cancelFlag, 0) !== 0);

  /** All replications, day by day; null when cancelled. Same seeds and reduction as `simulateReplications`. */
  async function simulateInChunks(request: RunRequest, report: (done: number, total: number) => void): Promise<RunResult | null> {
    const { params, seed } = request;
    const replications = Math.max(1, request.replications);
    const total = replications * params.horizonDays;
    const runs: RunResult[] = [];
    let chunkStart = performance.now();
    for (let r = 0; r < replications; r++) {
      const simulation = new Simulation(params, replicationSeed(seed, r));
      while (!simulation.done) {
        simulation.stepDay();
        if (request.cancelFlag !== undefined && Atomics.load(request.cancelFlag, 0) !== 0) return null;
        if (performance.now() - chunkStart >= chunkMs) {
          report(r * params.horizonDays + simulation.day, total);
          await yieldTask();
          if (isCancelled(request)) return null;
          chunkStart = performance.now();
        }
      }
      runs.push(collect(simulation));
    }
    report(total, total);
    // Where the expected-value twin applies, its curves ride along for the dashed overlay.
    return withExpected(replications === 1 ? runs[0] : aggregateRuns(runs, seed));
  }

  return {
    async run(request, onProgress) {
      latest = Math.max(latest, request.id);
      try {
        await yieldTask(); // a newer request or a cancel already queued arrives first
        if (isCancelled(request)) return { status: 'cancelled', id: request.id };
        const started = performance.now();
        const result = await simulateInChunks(request, throttledProgress(onProgress));
        if (result === null || isCancelled(request)) return { status: 'cancelled', id: request.id };
        const outcome: RunOutcome = { status: 'done', id: request.id, result, elapsedMs: performance.now() - started };
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
    ping() {
      return 'pong';
    },
  };
}

/** The API over the real engine: what `sim.worker.ts` exposes. */
export const simApi: SimApi = createSimApi();
