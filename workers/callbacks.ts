/**
 * The main thread's callbacks as a worker API holds them (progress, snapshots): in the browser
 * a `Comlink.proxy`, whose every call posts a message, and which must be let go once the
 * request is over; in tests, often a plain function.
 */
import * as Comlink from 'comlink';

/**
 * Call a listener and forget it: neither its error nor a failed reply (a closed port) is the
 * run's, so neither may stop it.
 */
export function notify<A extends unknown[]>(listener: (...args: A) => unknown, ...args: A): void {
  try {
    const reply = listener(...args) as Promise<unknown> | undefined;
    if (reply && typeof reply.then === 'function') reply.then(undefined, () => {});
  } catch {
    // a listener's error is not the run's
  }
}

/** Let go of a Comlink proxy callback once its request is over (a plain function is left alone). */
export function release(callback: unknown): void {
  const releaser = (callback as { [Comlink.releaseProxy]?: () => void } | undefined)?.[Comlink.releaseProxy];
  if (typeof releaser === 'function') Promise.resolve().then(releaser).catch(() => {});
}
