/// <reference lib="webworker" />
/** The simulation worker: exposes `simApi` (workers/simApi.ts) over Comlink. */
import * as Comlink from 'comlink';
import { simApi } from './simApi.ts';
import { warmUpEngine } from './warmUp.ts';

// Before listening: requests that arrive meanwhile wait, then run on warm code.
warmUpEngine();
// Pass `self` explicitly: @vitest/web-worker's stand-in has no implicit global endpoint.
Comlink.expose(simApi, self);
