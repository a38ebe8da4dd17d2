import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changedKeys, defaultParams } from '../../../models/params/schema.ts';
import type { ExpectedCurves, RunResult } from '../../../models/output/contract.ts';
import { REPLICATIONS } from '../../../models/params/limits.ts';
import { AppState, replicationsError, seedError, type Runner } from '../../../src/state/app.svelte.ts';
import type { SimOutcome, SimRequest } from '../../../src/sim/client.ts';

/** A runner that records requests and answers when told to. */
function fakeRunner() {
  const calls: { request: SimRequest; resolve: (o: SimOutcome) => void; progress?: (d: number, t: number) => void }[] = [];
  const runner: Runner = {
    run: (request, progress) => new Promise((resolve) => calls.push({ request, resolve, progress })),
  };
  const done = (i: number, tag: number) =>
    calls[i].resolve({ status: 'done', result: { seed: calls[i].request.seed, tag } as unknown as RunResult, elapsedMs: 1 });
  return { runner, calls, done };
}

describe('app state', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('re-runs after a parameter change, and shows the result', async () => {
    const { runner, calls, done } = fakeRunner();
    const app = new AppState(runner);
    expect(app.setParam('groups', 20)).toBeNull();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    expect(calls[0].request.params.groups).toBe(20);
    expect(app.running).toBe(true);
    done(0, 1);
    await vi.advanceTimersByTimeAsync(0);
    expect((app.result as unknown as { tag: number }).tag).toBe(1);
    expect(app.running).toBe(false);
    expect(app.progress).toBeNull();
  });

  it('adds the twin\'s overlay to the result it was asked for, and not to a newer one', async () => {
    const { runner, calls, done } = fakeRunner();
    const asked: { resolve: (e: ExpectedCurves | null) => void }[] = [];
    runner.expected = () => new Promise((resolve) => asked.push({ resolve }));
    const app = new AppState(runner);
    const curves = { ltvRevenue: Float64Array.of(1, 2), customers: Float64Array.of(3, 4) };
    app.setParam('groups', 20);
    await vi.advanceTimersByTimeAsync(0);
    done(0, 1);
    await vi.advanceTimersByTimeAsync(0);
    expect(asked).toHaveLength(1); // asked for once the result is shown, which did not wait for it
    asked[0].resolve(curves);
    await vi.advanceTimersByTimeAsync(0);
    expect(app.result?.expected).toBe(curves);
    expect((app.result as unknown as { tag: number }).tag).toBe(1);
    // A newer run's result is shown before an older overlay arrives: the overlay is dropped.
    app.setParam('groups', 21);
    await vi.advanceTimersByTimeAsync(0);
    done(1, 2);
    await vi.advanceTimersByTimeAsync(0);
    app.setParam('groups', 22);
    await vi.advanceTimersByTimeAsync(0);
    done(2, 3);
    await vi.advanceTimersByTimeAsync(0);
    asked[1].resolve(curves); // the overlay of run 2, late
    await vi.advanceTimersByTimeAsync(0);
    expect((app.result as unknown as { tag: number }).tag).toBe(3);
    expect(app.result?.expected).toBeUndefined();
    expect(calls).toHaveLength(3);
  });

  it('debounces slider drags into one run ~100 ms after the last move', async () => {
    const { runner, calls } = fakeRunner();
    const app = new AppState(runner);
    for (const budget of [3100, 3200, 3300, 3400]) {
      app.setParam('paidBudgetDaily', budget, { drag: true });
      await vi.advanceTimersByTimeAsync(40);
    }
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toHaveLength(1);
    expect(calls[0].request.params.paidBudgetDaily).toBe(3400);
  });

  it('runs at once when the slider stops on the value its last drag set (key press or release)', async () => {
    const { runner, calls } = fakeRunner();
    const app = new AppState(runner);
    app.setParam('paidBudgetDaily', 3100, { drag: true });
    app.setParam('paidBudgetDaily', 3100); // the change event after the input event
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    expect(calls[0].request.params.paidBudgetDaily).toBe(3100);
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toHaveLength(1); // and not once more when the debounce would have fired
  });

  it('rejects an invalid value with the validator\'s message and keeps the last valid one', () => {
    const { runner, calls } = fakeRunner();
    const app = new AppState(runner);
    expect(app.setParam('groupCapacity', -3)?.message).toBe('invalid groupCapacity: -3 (expected an integer 1–10000)');
    expect(app.params.groupCapacity).toBe(500);
    expect(app.setParam('tierAffinity', 0.9)?.message).toMatch(/^invalid tierTrueLove/);
    expect(app.params.tierAffinity).toBe(0.4);
    vi.advanceTimersByTime(1000);
    expect(calls).toHaveLength(0);
  });

  it('shows only the newest result when runs finish out of order', async () => {
    const { runner, calls, done } = fakeRunner();
    const app = new AppState(runner);
    void app.runNow();
    void app.runNow();
    done(1, 2);
    await vi.advanceTimersByTimeAsync(0);
    done(0, 1);
    await vi.advanceTimersByTimeAsync(0);
    expect((app.result as unknown as { tag: number }).tag).toBe(2);
  });

  it('reports progress of the current run only', async () => {
    const { runner, calls } = fakeRunner();
    const app = new AppState(runner);
    void app.runNow();
    void app.runNow();
    calls[0].progress?.(10, 100);
    expect(app.progress).toEqual({ done: 0, total: 1 });
    calls[1].progress?.(30, 100);
    expect(app.progress).toEqual({ done: 30, total: 100 });
  });

  it('ignores a progress report that arrives after its result', async () => {
    const { runner, calls, done } = fakeRunner();
    const app = new AppState(runner);
    void app.runNow();
    done(0, 1);
    await vi.advanceTimersByTimeAsync(0);
    calls[0].progress?.(100, 100);
    expect(app.progress).toBeNull();
    expect(app.running).toBe(false);
  });

  it('pins a result as A, keeps it while B changes, and clears it', async () => {
    const { runner, calls, done } = fakeRunner();
    const app = new AppState(runner);
    void app.runNow();
    done(0, 1);
    await vi.advanceTimersByTimeAsync(0);
    app.pin();
    app.setParam('pushesPerWeek', 10);
    await vi.advanceTimersByTimeAsync(0);
    done(1, 2);
    await vi.advanceTimersByTimeAsync(0);
    expect((app.pinned as unknown as { tag: number }).tag).toBe(1);
    expect((app.result as unknown as { tag: number }).tag).toBe(2);
    app.clearPin();
    expect(app.pinned).toBeNull();
  });

  it('applies a preset whole, counts changes since, and resets', async () => {
    const { runner } = fakeRunner();
    const app = new AppState(runner);
    const preset = { ...defaultParams(), orderValue: 300 };
    app.applyParams(preset, { mode: 'advisor' });
    expect(app.origin.scenario).toEqual({ mode: 'advisor' });
    expect(app.changedSinceOrigin).toEqual([]);
    app.setParam('staff', 5);
    expect(app.changedSinceOrigin).toEqual(['staff']);
    app.resetParam('staff');
    expect(app.params.staff).toBe(2);
    app.resetAll();
    expect(app.params).toEqual(defaultParams());
  });

  it('validates seed and replications', async () => {
    const { runner, calls } = fakeRunner();
    const app = new AppState(runner);
    expect(app.setSeed(-1)).toMatch(/^invalid seed/);
    expect(app.setReplications(51)).toMatch(/^invalid replications: 51/);
    expect(app.setReplications(5)).toBeNull();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.at(-1)?.request.replications).toBe(5);
    expect(seedError(0xffffffff)).toBeNull();
    expect(replicationsError(1.5)).not.toBeNull();
    // The explorer's cap, quoted from the one table of limits.
    expect(replicationsError(REPLICATIONS.app.max)).toBeNull();
    expect(replicationsError(REPLICATIONS.app.max + 1)).toBe(`invalid replications: ${REPLICATIONS.app.max + 1} (expected an integer 1–${REPLICATIONS.app.max})`);
  });

  it('lists the keys two parameter sets differ in', () => {
    expect(changedKeys(defaultParams(), { ...defaultParams(), groups: 3, cpm: 9 })).toEqual(['cpm', 'groups']);
  });

  it('shows a failed run\'s error and clears it on the next success', async () => {
    let fail = true;
    const app = new AppState({
      run: async () => {
        if (fail) throw new Error('boom');
        return { status: 'done', result: {} as RunResult, elapsedMs: 1 };
      },
    });
    await app.runNow();
    expect(app.error).toBe('boom');
    fail = false;
    await app.runNow();
    expect(app.error).toBeNull();
  });
});
