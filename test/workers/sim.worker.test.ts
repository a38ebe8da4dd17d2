/**
 * The real worker file, started as a Worker by @vitest/web-worker (in this thread), wrapped by
 * Comlink exactly as the app does.
 */
import '@vitest/web-worker';
import { describe, expect, it } from 'vitest';
import * as Comlink from 'comlink';
import { DEFAULT_SEED, defaultParams, simulate, type Params } from '../../models/index.ts';
import type { SimApi } from '../../workers/simApi.ts';
import { SimClient } from '../../src/sim/client.ts';

const small = (): Params => ({ ...defaultParams(), population: 2_000, agentWeight: 1, horizonDays: 60 });
const spawn = () => new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), { type: 'module' });

describe('workers/sim.worker.ts', () => {
  it('exposes the simulation API: a run comes back with typed arrays and progress', async () => {
    const worker = spawn();
    const remote = Comlink.wrap<SimApi>(worker);
    expect(await remote.ping()).toBe('pong');
    const reports: number[] = [];
    const outcome = await remote.run(
      { id: 1, params: small(), seed: 5, replications: 1 },
      Comlink.proxy((done: number) => void reports.push(done)),
    );
    expect(outcome.status).toBe('done');
    if (outcome.status === 'done') {
      expect(outcome.result.series.customers).toBeInstanceOf(Float64Array);
      expect(outcome.result.series.customers).toHaveLength(60);
      expect(outcome.result.summary.leads).toBeGreaterThan(0);
    }
    // Progress is a message of its own, which may come after the result.
    await expect.poll(() => reports.at(-1)).toBe(60);
    worker.terminate();
  });

  it('says it has started before its warm-up, and the client hears it', async () => {
    const worker = spawn();
    const first = await new Promise<unknown>((resolve) => worker.addEventListener('message', (event) => resolve(event.data), { once: true }));
    expect(first).toEqual({ worker: 'siyu-sim', started: true });
    worker.terminate();
    const client = new SimClient({ spawn });
    await client.started();
    expect(client.spawned).toBe(1);
    client.dispose();
  });

  it('starts the default scenario before it is asked, and a request for it adopts that run', async () => {
    const worker = spawn();
    const remote = Comlink.wrap<SimApi>(worker);
    const outcome = await remote.run({ id: 1, params: defaultParams(), seed: DEFAULT_SEED, replications: 1 });
    expect(outcome.status === 'done' && outcome.prefetched).toBe(true);
    if (outcome.status === 'done') expect(outcome.result.summary).toEqual(simulate(defaultParams(), DEFAULT_SEED).summary);
    worker.terminate();
  });

  it('serves the app\'s client', async () => {
    const client = new SimClient({ spawn });
    const outcome = await client.run({ params: small(), seed: 6, replications: 2 });
    expect(outcome.status === 'done' && outcome.result.replications).toBe(2);
    client.dispose();
  });
});
