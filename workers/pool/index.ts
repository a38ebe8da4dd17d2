/** The experiment worker pool: scheduling (pool.ts), the worker API, and the run helpers. */
export { WorkerPool, PoolCancelledError, defaultPoolSize, type PoolWorker, type WorkerFactory, type PoolRunOptions } from './pool.ts';
export { poolWorkerApi, type PoolWorkerApi, type PoolRunOutput } from './api.ts';
export { runExperiment, runSpecs, type ExperimentRun } from './run.ts';
