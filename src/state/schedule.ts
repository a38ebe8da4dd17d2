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
 * Resolve at the start of the next frame (in its animation-frame callbacks, so work done on
 * resolution is styled, laid out and painted in that same frame). A hidden page runs no frames;
 * a task timer stands in after `fallbackMs` so that updates still land.
 */
export function nextFrame(fallbackMs = 100): Promise<void> {
  if (typeof requestAnimationFrame === 'undefined') return nextTask();
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      resolve();
    };
    const frame = requestAnimationFrame(finish);
    const timer = setTimeout(finish, fallbackMs);
  });
}

/**
 * Apply `steps` updates one frame apart (the first at once, or after a first wait with
 * `delayFirst`), so that the work of each (a chart taking a new result) and the layout and
 * paint it causes are their own frame: tasks alone would run back to back and leave one frame
 * to lay out every chart at once. Returns a cancel function: a newer update supersedes the
 * rest of this one.
 */
export function staged(
  steps: number,
  apply: (step: number) => void,
  wait: () => Promise<void> = nextFrame,
  delayFirst = false,
): () => void {
  let cancelled = false;
  void (async () => {
    for (let step = 0; step < steps; step++) {
      if (step > 0 || delayFirst) await wait();
      if (cancelled) return;
      apply(step);
    }
  })();
  return () => {
    cancelled = true;
  };
}

/**
 * Move a shown list from `from` to `next`, `size` items per frame (the first batch at once):
 * items not reached yet keep showing `from`'s, and the last step shows `next` itself, so a
 * longer or shorter list ends right. Returns a cancel function, as `staged` does.
 */
export function stagedList<T>(
  from: readonly T[],
  next: readonly T[],
  size: number,
  show: (list: readonly T[]) => void,
  wait: () => Promise<void> = nextFrame,
): () => void {
  const steps = Math.max(1, Math.ceil(next.length / size));
  return staged(
    steps,
    (step) => {
      const end = (step + 1) * size;
      show(end >= next.length ? next : next.slice(0, end).concat(from.slice(end)));
    },
    wait,
  );
}
