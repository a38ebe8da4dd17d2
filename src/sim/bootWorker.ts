/**
 * The simulation worker that public/boot.js started while the page was still being parsed
 * (the build names the worker's file in `<meta name="siyu-sim-worker">`), handed to the app's
 * client: taken once, for the client's first worker. A restart, the dev server (no meta) or a
 * boot worker that failed to load leave the client to start its own.
 */
import type { WorkerLike } from './client.ts';

/** What public/boot.js leaves on `window`. */
export interface BootWorker {
  worker: Worker;
  /** Resolves on the worker's first message or error, which may come before the app listens. */
  started: Promise<void>;
  /** The worker raised an error before the app took it. */
  failed: boolean;
  /** The app's client has taken it. */
  taken: boolean;
}

declare global {
  interface Window {
    __siyuSimWorker?: BootWorker;
  }
}

/** The boot worker as the client's endpoint, or null when there is none to take. */
export function takeBootWorker(): WorkerLike | null {
  const boot = typeof window === 'undefined' ? undefined : window.__siyuSimWorker;
  if (!boot || boot.taken) return null;
  boot.taken = true;
  if (boot.failed) {
    boot.worker.terminate();
    return null;
  }
  const { worker } = boot;
  return {
    postMessage: (message: unknown, transfer?: Transferable[]) => worker.postMessage(message, transfer ?? []),
    addEventListener: worker.addEventListener.bind(worker),
    removeEventListener: worker.removeEventListener.bind(worker),
    terminate: () => worker.terminate(),
    started: boot.started,
  };
}
