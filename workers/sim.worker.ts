/// <reference lib="webworker" />
/** The simulation worker: exposes `simApi` (workers/simApi.ts) over Comlink. */
import * as Comlink from 'comlink';
import { DEFAULT_SEED, defaultParams } from '../models/index.ts';
import { simApi } from './simApi.ts';
import { warmUpEngine } from './warmUp.ts';

// Tell the page at once that this worker is running (SimClient.started): the page waits for
// it before mounting, because a worker's start needs the page's main thread. Comlink ignores
// a message without an id.
self.postMessage({ worker: 'siyu-sim', started: true });
// Before listening: requests that arrive meanwhile wait, then run on warm code.
warmUpEngine();
// The page's first request is most often the default scenario (a first visit has no link or
// autosave): start it now, while the page is still loading the app. A request for anything
// else stops it within a chunk. Nothing waits for it here.
void simApi.prefetch({ params: defaultParams(), seed: DEFAULT_SEED, replications: 1 });
// Pass `self` explicitly: @vitest/web-worker's stand-in has no implicit global endpoint.
Comlink.expose(simApi, self);
