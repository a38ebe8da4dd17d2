import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAG_DEBOUNCE_MS, LatestTicket, debounced, staged } from '../../../src/state/schedule.ts';

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
  it('apply the first step at once and each further step a task later', async () => {
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
