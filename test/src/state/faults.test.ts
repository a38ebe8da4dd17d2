import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultParams } from '../../../models/params/schema.ts';
import type { RunResult } from '../../../models/output/contract.ts';
import { AppState, LONG_RUN_MS, type Runner } from '../../../src/state/app.svelte.ts';
import { WorkerFault, type SimOutcome, type SimRequest } from '../../../src/sim/client.ts';
import { MB } from '../../../src/sim/memory.ts';

function fakeRunner() {
  const calls: { request: SimRequest; resolve: (o: SimOutcome) => void; reject: (e: Error) => void }[] = [];
  let cancels = 0;
  const runner: Runner = {
    run: (request) => new Promise((resolve, reject) => calls.push({ request, resolve, reject })),
    cancel: () => {
      cancels += 1;
      calls.at(-1)?.resolve({ status: 'cancelled' });
    },
  };
  return { runner, calls, cancels: () => cancels };
}

/** An app whose first run failed with `error`, and its runner's calls. */
async function afterFailure(error: Error) {
  const { runner, calls } = fakeRunner();
  const app = new AppState(runner);
  const first = app.runNow();
  calls[0].reject(error);
  await first;
  return { app, calls };
}

/** An app showing the result of its first run, and its runner's calls. */
async function afterResult() {
  const { runner, calls } = fakeRunner();
  const app = new AppState(runner);
  const first = app.runNow();
  calls[0].resolve({ status: 'done', result: { tag: 1 } as unknown as RunResult, elapsedMs: 1 });
  await first;
  return { app, calls };
}

describe('run faults in the app state', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('offers Cancel on a long run; cancelling keeps the previous result and offers Retry', async () => {
    const { runner, calls, cancels } = fakeRunner();
    const app = new AppState(runner);
    void app.runNow();
    calls[0].resolve({ status: 'done', result: { tag: 1 } as unknown as RunResult, elapsedMs: 1 });
    await vi.advanceTimersByTimeAsync(0);
    void app.runNow();
    expect(app.longRun).toBe(false);
    await vi.advanceTimersByTimeAsync(LONG_RUN_MS + 10);
    expect(app.longRun).toBe(true);
    app.cancel();
    expect(cancels()).toBe(1);
    expect(app.running).toBe(false);
    expect(app.cancelled).toBe(true);
    expect((app.result as unknown as { tag: number }).tag).toBe(1);
    void app.retry();
    expect(app.cancelled).toBe(false);
    expect(calls).toHaveLength(3);
  });

  it('shows a worker failure and recovers on Retry', async () => {
    const { app, calls } = await afterFailure(new Error('the simulation worker stopped responding'));
    expect(app.error).toBe('the simulation worker stopped responding');
    expect(app.fault).toBeNull(); // a plain Error: the message is shown as it is
    expect(app.running).toBe(false);
    const second = app.retry();
    calls[1].resolve({ status: 'done', result: { tag: 2 } as unknown as RunResult, elapsedMs: 1 });
    await second;
    expect(app.error).toBeNull();
  });

  it('clears a failure when Retry starts the new run, and shows Cancel as a cancel, not the failure', async () => {
    const { app } = await afterFailure(new Error('the simulation worker stopped responding'));
    expect(app.error).not.toBeNull();
    void app.retry();
    expect(app.running).toBe(true);
    expect(app.error).toBeNull(); // "running", not the old failure
    app.cancel();
    expect(app.cancelled).toBe(true);
    expect(app.error).toBeNull(); // "cancelled", not the old failure
  });

  it('knows a worker fault from a refused input, so the explorer can say it in the user\'s language', async () => {
    const { app } = await afterFailure(new WorkerFault('unresponsive', 'the simulation worker stopped responding'));
    expect(app.fault).toBe('unresponsive');
    app.error = 'invalid preset: "x"'; // another failure replaces it: no longer a fault
    expect(app.fault).toBeNull();
  });

  it('shows a memory refusal after a failure as the refusal, not the old failure', async () => {
    const { app } = await afterFailure(new Error('worker crashed'));
    app.memoryLimit = 100 * MB;
    app.applyState({ params: { ...defaultParams(), population: 10_000_000, agentWeight: 1 }, seed: 1, replications: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(app.refused).not.toBeNull();
    expect(app.error).toBeNull();
  });

  it('marks the result on screen stale when a run for newer settings fails, and fresh once one succeeds', async () => {
    const { app, calls } = await afterResult();
    expect(app.stale).toBe(false);
    app.setParam('groups', 12);
    expect(app.stale).toBe(false); // a run is coming: not stale, only pending
    await vi.advanceTimersByTimeAsync(0);
    expect(app.stale).toBe(false); // running
    calls[1].reject(new Error('worker crashed'));
    await vi.advanceTimersByTimeAsync(0);
    expect(app.error).toBe('worker crashed');
    expect(app.stale).toBe(true); // the numbers shown are for groups at its old value
    const retry = app.retry();
    calls[2].resolve({ status: 'done', result: { tag: 2 } as unknown as RunResult, elapsedMs: 1 });
    await retry;
    expect(app.stale).toBe(false);
    // A failure of the very settings on screen leaves the result current.
    const again = app.runNow();
    calls[3].reject(new Error('worker crashed'));
    await again;
    expect(app.error).toBe('worker crashed');
    expect(app.stale).toBe(false);
  });

  it('marks the result stale after a cancel or a refusal of newer settings', async () => {
    const { app } = await afterResult();
    app.setSeed(5);
    await vi.advanceTimersByTimeAsync(0);
    app.cancel();
    expect(app.stale).toBe(true);
    app.memoryLimit = 1 * MB;
    app.setSeed(6);
    await vi.advanceTimersByTimeAsync(0);
    expect(app.refused).not.toBeNull();
    expect(app.stale).toBe(true);
  });

  it('refuses a run whose memory estimate exceeds the limit, before it starts, with the estimate', async () => {
    const { runner, calls } = fakeRunner();
    const app = new AppState(runner);
    app.memoryLimit = 100 * MB;
    // 100 million people at 10 a agent: ten million agents.
    app.applyState({ params: { ...defaultParams(), population: 100_000_000, agentWeight: 10 }, seed: 1, replications: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(0);
    expect(app.refused?.limitBytes).toBe(100 * MB);
    expect(app.refused?.estimateBytes).toBeGreaterThan(200 * MB);
    expect(app.running).toBe(false);
    // The same market at a larger weight is fewer agents: it runs.
    app.setParam('agentWeight', 1_000);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    expect(app.refused).toBeNull();
  });

  it('applies a whole state with one run', async () => {
    const { runner, calls } = fakeRunner();
    const app = new AppState(runner);
    app.applyState({ params: { ...defaultParams(), groups: 3 }, seed: 77, replications: 4 });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    expect(calls[0].request).toMatchObject({ seed: 77, replications: 4 });
    expect(app.changedSinceOrigin).toEqual([]);
  });
});
