/**
 * The app's one simulation client. Its first worker is the one public/boot.js started while
 * the page was being parsed (src/sim/bootWorker.ts); without one (the dev server) it starts
 * when `main.ts` first asks for it, before the rest of the app has even been fetched: this
 * module and its imports (the client and Comlink) are all the page's first module holds.
 */
import { takeBootWorker } from './bootWorker.ts';
import { SimClient, type WorkerLike } from './client.ts';

/** The worker public/boot.js started, the first time; a new module worker after that. */
export function defaultSpawn(): WorkerLike {
  return takeBootWorker() ?? new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), { type: 'module', name: 'siyu-sim' });
}

export const client = new SimClient({ spawn: defaultSpawn });
