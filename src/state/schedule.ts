/**
 * Scheduling of re-runs: a trailing debounce (slider drags fire `input` many times a second;
 * one run ~100 ms after the last of them is enough) and a "latest wins" ticket so that a
 * result which arrives after a newer request was made is never shown.
 */

/** Delay before a re-run while a slider is being dragged, ms. */
export const DRAG_DEBOUNCE_MS = 100;

export interface Debounced<A extends unknown[]> {
  /** Call `fn(...args)` after `wait` ms without a newer call; 0 calls it in the next task. */
  call(wait: number, ...args: A): void;
  /** Run the pending call now, if there is one. */
  flush(): void;
  /** Drop the pending call. */
  cancel(): void;
  readonly pending: boolean;
}

/** A trailing debounce whose delay is chosen per call (0 for discrete edits, ~100 ms for drags). */
export function debounced<A extends unknown[]>(fn: (...args: A) => void): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastArgs: A | undefined;
  const fire = () => {
    timer = undefined;
    const args = lastArgs as A;
    lastArgs = undefined;
    fn(...args);
  };
  return {
    call(wait, ...args) {
      lastArgs = args;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(fire, Math.max(0, wait));
    },
    flush() {
      if (timer === undefined) return;
      clearTimeout(timer);
      fire();
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      lastArgs = undefined;
    },
    get pending() {
      return timer !== undefined;
    },
  };
}

/** Tickets in request order: only the newest ticket is current. */
export class LatestTicket {
  #latest = 0;
  /** Take a new ticket; every earlier ticket stops being current. */
  next(): number {
    return ++this.#latest;
  }
  isCurrent(ticket: number): boolean {
    return ticket === this.#latest;
  }
}

/** Resolve in a later task (a MessageChannel message: not clamped like nested timeouts). */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Apply `steps` updates one task apart (the first at once), so that the work of each (a chart
 * taking a new result) is its own task and the page stays responsive between them. Returns a
 * cancel function: a newer update supersedes the rest of this one.
 */
export function staged(steps: number, apply: (step: number) => void, wait: () => Promise<void> = nextTask): () => void {
  let cancelled = false;
  void (async () => {
    for (let step = 0; step < steps; step++) {
      if (step > 0) await wait();
      if (cancelled) return;
      apply(step);
    }
  })();
  return () => {
    cancelled = true;
  };
}
