/** A worker pool on Node worker_threads (the CLI, the bench, tests). */
import { Worker } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/umd/node-adapter.js';
import type { PoolWorkerApi } from './api.ts';
import { WorkerPool, type PoolWorker } from './pool.ts';

export function startNodeWorker(): PoolWorker {
  const worker = new Worker(new URL('./node-worker.mjs', import.meta.url));
  const api = Comlink.wrap<PoolWorkerApi>(nodeEndpoint(worker));
  return {
    api,
    terminate: () => {
      void worker.terminate();
    },
  };
}

export function createNodePool(size: number): WorkerPool {
  return new WorkerPool(startNodeWorker, size);
}
