/** A Node pool worker (worker_threads): exposes `poolWorkerApi` over Comlink's Node adapter. */
import { parentPort } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/umd/node-adapter.js';
import { poolWorkerApi } from './api.ts';

if (!parentPort) throw new Error('node-worker.ts must run in a worker thread');
Comlink.expose(poolWorkerApi, nodeEndpoint(parentPort));
