/**
 * Hooks for the end-to-end tests, installed only when the page's URL has `?test`: kill the
 * worker as a crash would, and lower the memory limit to exercise the refusal. Nothing else
 * reads them; without the flag `window.__siyuTest` does not exist.
 */
import type { AppState } from '../state/app.svelte.ts';
import type { SimClient } from './client.ts';
import { MB } from './memory.ts';

export interface SiyuTestHooks {
  /** Terminate the simulation worker without telling the app (the liveness check finds out). */
  killWorker(): void;
  /** Runs needing more than this many MB are refused. */
  setMemoryLimitMb(mb: number): void;
}

declare global {
  interface Window {
    __siyuTest?: SiyuTestHooks;
  }
}

export function installTestHooks(client: SimClient, app: AppState): void {
  if (typeof window === 'undefined' || !new URLSearchParams(window.location.search).has('test')) return;
  window.__siyuTest = {
    killWorker: () => client.kill(),
    setMemoryLimitMb: (mb) => {
      app.memoryLimit = mb * MB;
    },
  };
}
