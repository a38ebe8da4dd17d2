import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAG_DEBOUNCE_MS, LatestTicket, debounced, nextFrame, staged, stagedList } from '../../../src/state/schedule.ts';

describe('debounced re-runs', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, ~100 ms after the last of a burst of drag events, with the last arguments', () => {
    const fn = vi.fn();
    const run = debounced(fn);
    for (let i = 0; i < 10; i++) {
      run.call(DRAG_DEBOUNCE_MS, i);
      vi.advanceTimersByTime(30);
    }
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(DRAG_DEBOUNCE_MS);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn).toHaveBeenCalledWith(9);
  });

  it('runs a discrete edit in the next task, replacing a pending drag', () => {
    const fn = vi.fn();
    const run = debounced(fn);
    run.call(DRAG_DEBOUNCE_MS, 'drag');
    run.call(0, 'click');
    vi.advanceTimersByTime(0);
    expect(fn.mock.calls).toEqual([['click']]);
    vi.advanceTimersByTime(DRAG_DEBOUNCE_MS);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('flushes a pending call now, and cancel drops it', () => {
    const fn = vi.fn();
    const run = debounced(fn);
    run.call(500, 1);
    expect(run.pending).toBe(true);
    run.flush();
    expect(fn).toHaveBeenCalledWith(1);
    expect(run.pending).toBe(false);
    run.call(500, 2);
    run.cancel();
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

describe('latest ticket', () => {
  it('makes every earlier ticket stale once a newer one is taken', () => {
    const tickets = new LatestTicket();
    const first = tickets.next();
    expect(tickets.isCurrent(first)).toBe(true);
    const second = tickets.next();
    expect(tickets.isCurrent(first)).toBe(false);
    expect(tickets.isCurrent(second)).toBe(true);
  });
});

describe('staged updates', () => {
  it('apply the first step at once and each further step after the wait', async () => {
    const applied: number[] = [];
    const gates: (() => void)[] = [];
    const wait = () => new Promise<void>((resolve) => gates.push(resolve));
    staged(3, (step) => applied.push(step), wait);
    expect(applied).toEqual([0]);
    gates.shift()!();
    await Promise.resolve();
    await Promise.resolve();
    expect(applied).toEqual([0, 1]);
    gates.shift()!();
    await Promise.resolve();
    await Promise.resolve();
    expect(applied).toEqual([0, 1, 2]);
  });

  it('wait before the first step too when asked (delayFirst)', async () => {
    const applied: number[] = [];
    const gates: (() => void)[] = [];
    staged(2, (step) => applied.push(step), () => new Promise<void>((resolve) => gates.push(resolve)), true);
    expect(applied).toEqual([]);
    gates.shift()!();
    await Promise.resolve();
    await Promise.resolve();
    expect(applied).toEqual([0]);
    gates.shift()!();
    await Promise.resolve();
    await Promise.resolve();
    expect(applied).toEqual([0, 1]);
  });

  it('stop when cancelled by a newer update', async () => {
    const applied: number[] = [];
    const gates: (() => void)[] = [];
    const cancel = staged(3, (step) => applied.push(step), () => new Promise<void>((resolve) => gates.push(resolve)));
    cancel();
    gates.shift()!();
    await Promise.resolve();
    await Promise.resolve();
    expect(applied).toEqual([0]);
  });
});

describe('a list staged a batch per frame', () => {
  const flush = async () => {
    for (let i = 0; i < 4; i++) await Promise.resolve();
  };

  it('shows the new items a batch at a time over the old ones, and ends on the new list itself', async () => {
    const shown: (readonly string[])[] = [];
    const gates: (() => void)[] = [];
    const next = ['A', 'B', 'C', 'D', 'E'];
    stagedList(['a', 'b', 'c', 'd', 'e', 'f', 'g'], next, 2, (list) => shown.push(list), () => new Promise<void>((resolve) => gates.push(resolve)));
    expect(shown).toEqual([['A', 'B', 'c', 'd', 'e', 'f', 'g']]);
    gates.shift()!();
    await flush();
    expect(shown[1]).toEqual(['A', 'B', 'C', 'D', 'e', 'f', 'g']);
    gates.shift()!();
    await flush();
    expect(shown[2]).toBe(next);
    expect(gates).toHaveLength(0);
  });

  it('grows a shorter list to the new length', async () => {
    const shown: (readonly number[])[] = [];
    const gates: (() => void)[] = [];
    stagedList([1], [10, 20, 30], 2, (list) => shown.push(list), () => new Promise<void>((resolve) => gates.push(resolve)));
    expect(shown).toEqual([[10, 20]]);
    gates.shift()!();
    await flush();
    expect(shown).toEqual([[10, 20], [10, 20, 30]]);
  });

  it('stops when cancelled, and shows an empty new list at once', () => {
    const shown: (readonly number[])[] = [];
    const cancel = stagedList([1, 2, 3], [4, 5, 6], 1, (list) => shown.push(list), () => new Promise<void>(() => {}));
    cancel();
    expect(shown).toEqual([[4, 2, 3]]);
    stagedList([1, 2], [], 5, (list) => shown.push(list));
    expect(shown[1]).toEqual([]);
  });
});

describe('the next frame', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('resolves in the frame callback, once, and drops its fallback timer', async () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    let resolved = 0;
    const done = nextFrame(10_000).then(() => resolved++);
    expect(frames).toHaveLength(1);
    frames[0]();
    await done;
    expect(resolved).toBe(1);
  });

  it('still resolves on a page that runs no frames (hidden), after the fallback delay', async () => {
    let cancelled = 0;
    vi.stubGlobal('requestAnimationFrame', () => 7);
    vi.stubGlobal('cancelAnimationFrame', (id: number) => (cancelled += id === 7 ? 1 : 0));
    await nextFrame(5);
    expect(cancelled).toBe(1);
  });
});
