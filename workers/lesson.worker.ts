/// <reference lib="webworker" />
/** The lesson's worker: exposes `lessonApi` (workers/lessonApi.ts) over Comlink. */
import * as Comlink from 'comlink';
import { lessonApi } from './lessonApi.ts';

// Pass `self` explicitly: @vitest/web-worker's stand-in has no implicit global endpoint.
Comlink.expose(lessonApi, self);
