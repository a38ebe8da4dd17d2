/// <reference lib="webworker" />
/** A browser pool worker: exposes `poolWorkerApi` over Comlink. */
import * as Comlink from 'comlink';
import { poolWorkerApi } from './api.ts';

// Pass `self` explicitly: @vitest/web-worker's stand-in has no implicit global endpoint.
Comlink.expose(poolWorkerApi, self);
