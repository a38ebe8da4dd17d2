/** A worker pool on browser Web Workers (module workers bundled by Vite). */
import * as Comlink from 'comlink';
import type { PoolWorkerApi } from './api.ts';
import { WorkerPool, defaultPoolSize, type PoolWorker } from './pool.ts';

export function startBrowserWorker(): PoolWorker {
  const worker = new Worker(new URL('./pool.worker.ts', import.meta.url), { type: 'module', name: 'experiment' });
  return { api: Comlink.wrap<PoolWorkerApi>(worker), terminate: () => worker.terminate() };
}

/** A pool sized to the machine's logical cores (at least 1) unless told otherwise. */
export function createBrowserPool(size = defaultPoolSize(globalThis.navigator?.hardwareConcurrency)): WorkerPool {
  return new WorkerPool(startBrowserWorker, size);
}
