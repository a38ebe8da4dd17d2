/**
 * A pool of workers that runs an experiment's run specs in parallel. Each worker pulls the
 * next spec as soon as it is free; outputs are stored at their spec's position, so the caller
 * always gets them in index order, whatever the pool size or the finishing order.
 *
 * Cancel terminates every worker at once (a run in the middle of its days stops there) and
 * rejects the running `run` with `PoolCancelledError`; the next `run` starts fresh workers,
 * so the pool stays usable. Works over any endpoint: browser Workers or Node worker_threads
 * (see browser.ts and node.ts for the two factories).
 */
import type * as Comlink from 'comlink';
import type { RunSpec } from '../../models/experiments/index.ts';
import type { PoolRunOutput, PoolWorkerApi } from './api.ts';

/** One started worker: its Comlink remote and a way to stop it for good. */
export interface PoolWorker {
  api: Comlink.Remote<PoolWorkerApi>;
  terminate(): void;
}

export type WorkerFactory = () => PoolWorker;

export class PoolCancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'PoolCancelledError';
  }
}

export interface PoolRunOptions {
  /** Also return each run's whole RunResult (replications). */
  full?: boolean;
  /** Called after each finished run with (runs done, runs in all). */
  onProgress?: (done: number, total: number) => void;
}

/** A sensible default pool size: the machine's logical cores, at least 1. */
export function defaultPoolSize(hardwareConcurrency: number | undefined): number {
  return Math.max(1, Math.floor(hardwareConcurrency ?? 1) || 1);
}

export class WorkerPool {
  readonly #factory: WorkerFactory;
  #size: number;
  #workers: PoolWorker[] = [];
  #cancel: ((error: Error) => void) | null = null;
  /** Workers started over the pool's life (tests read it). */
  started = 0;

  constructor(factory: WorkerFactory, size: number) {
    this.#factory = factory;
    this.#size = Math.max(1, Math.floor(size));
  }

  get size(): number {
    return this.#size;
  }

  get running(): boolean {
    return this.#cancel !== null;
  }

  /** Live workers (0 after a cancel or `terminate`, until the next run). */
  get liveWorkers(): number {
    return this.#workers.length;
  }

  /** Changes the pool size (between runs); extra workers are stopped. */
  setSize(size: number): void {
    if (this.running) throw new Error('cannot resize a running pool');
    this.#size = Math.max(1, Math.floor(size));
    for (const worker of this.#workers.splice(this.#size)) worker.terminate();
  }

  /** Runs every spec; resolves with outputs in the order of `specs`. */
  async run(specs: readonly RunSpec[], options: PoolRunOptions = {}): Promise<PoolRunOutput[]> {
    if (this.running) throw new Error('the pool is already running');
    const total = specs.length;
    const outputs: PoolRunOutput[] = new Array(total);
    if (total === 0) return outputs;
    while (this.#workers.length < Math.min(this.#size, total)) {
      this.#workers.push(this.#factory());
      this.started++;
    }
    const cancelled = new Promise<never>((_, reject) => {
      this.#cancel = reject;
    });
    cancelled.catch(() => {}); // observed through the race below
    let next = 0;
    let done = 0;
    const loop = async (worker: PoolWorker) => {
      while (next < total) {
        const i = next++;
        outputs[i] = await Promise.race([worker.api.run(specs[i], options.full ?? false), cancelled]);
        done++;
        options.onProgress?.(done, total);
      }
    };
    try {
      await Promise.all(this.#workers.slice(0, Math.min(this.#size, total)).map(loop));
      return outputs;
    } catch (error) {
      // A failed run stops the others too: their results would be thrown away.
      this.#stopAll();
      throw error;
    } finally {
      this.#cancel = null;
    }
  }

  /** Stops every worker now; the running `run` rejects with PoolCancelledError. */
  cancel(): void {
    const reject = this.#cancel;
    if (!reject) return;
    this.#stopAll();
    reject(new PoolCancelledError());
  }

  /** Stops every worker (the pool starts new ones on the next run). */
  terminate(): void {
    if (this.running) this.cancel();
    else this.#stopAll();
  }

  #stopAll(): void {
    for (const worker of this.#workers.splice(0)) worker.terminate();
  }
}
