/**
 * The main thread's client against the worker API over MessageChannel pairs: a newer run
 * supersedes the one in flight; a worker stuck on a superseded run is replaced.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Comlink from 'comlink';
import { defaultParams, type Params, type RunResult } from '../../models/index.ts';
import { SimClient, type WorkerLike } from '../../src/sim/client.ts';
import { createSimApi, type RunRequest, type SimApi } from '../../workers/simApi.ts';

const small = (overrides: Partial<Params> = {}): Params => ({ ...defaultParams(), population: 2_000, agentWeight: 1, horizonDays: 60, ...overrides });
const slow = (): Params => ({ ...defaultParams(), population: 50_000, agentWeight: 1, horizonDays: 365 });

const ports: MessagePort[] = [];
afterEach(() => {
  for (const port of ports.splice(0)) port.close();
});

/** A "worker": the API exposed on one end of a channel; terminate closes it. */
function spawnWith(makeApi: () => SimApi): () => WorkerLike {
  return () => {
    const { port1, port2 } = new MessageChannel();
    ports.push(port1, port2);
    Comlink.expose(makeApi(), port1);
    return Object.assign(port2, { terminate: () => port1.close() });
  };
}

describe('the simulation client', () => {
  it('runs a request in the worker and returns the result', async () => {
    const client = new SimClient({ spawn: spawnWith(() => createSimApi()) });
    const outcome = await client.run({ params: small(), seed: 9, replications: 1 });
    expect(outcome.status).toBe('done');
    if (outcome.status === 'done') {
      expect(outcome.result.seed).toBe(9);
      expect(outcome.result.series.revenue).toBeInstanceOf(Float64Array);
    }
    client.dispose();
  });

  it('cancels the run in flight when a newer one starts; only the newer result arrives', async () => {
    const client = new SimClient({ spawn: spawnWith(() => createSimApi({ chunkMs: 2 })) });
    const progressOfFirst: number[] = [];
    const first = client.run({ params: slow(), seed: 1, replications: 1 }, (done) => progressOfFirst.push(done));
    await expect.poll(() => progressOfFirst.length).toBeGreaterThan(0); // the first run is under way
    const second = client.run({ params: small(), seed: 2, replications: 1 });
    expect(await first).toEqual({ status: 'cancelled' });
    const outcome = await second;
    expect(outcome.status === 'done' && outcome.result.seed).toBe(2);
    expect(client.spawned).toBe(1); // the worker stopped the old run itself…
    expect(Math.max(...progressOfFirst)).toBeLessThan(slow().horizonDays); // …before its last day
    client.dispose();
  });

  it('replaces a worker stuck on a superseded run and sends it the newest request', async () => {
    let workers = 0;
    const fakeResult = { seed: 0 } as unknown as RunResult;
    const client = new SimClient({
      stuckAfterMs: 50,
      spawn: spawnWith(() => {
        const stuck = workers++ === 0; // the first worker never answers, like a blocked loop
        return {
          run: (request: RunRequest) =>
            stuck ? new Promise(() => {}) : Promise.resolve({ status: 'done', id: request.id, result: { ...fakeResult, seed: request.seed }, elapsedMs: 0, prefetched: false }),
          cancel: () => {},
          prefetch: async () => {},
          expected: async () => null,
          ping: () => 'pong',
        };
      }),
    });
    const first = client.run({ params: small(), seed: 1, replications: 1 });
    const second = client.run({ params: small(), seed: 2, replications: 1 });
    expect(await first).toEqual({ status: 'cancelled' });
    const outcome = await second;
    expect(outcome.status === 'done' && outcome.result.seed).toBe(2);
    expect(client.spawned).toBe(2);
    client.dispose();
  });

  it('passes on a failed run as an error', async () => {
    const client = new SimClient({
      spawn: spawnWith(() => ({
        run: () => Promise.reject(new Error('invalid population: 0 (expected an integer 1000–10000000)')),
        cancel: () => {},
        prefetch: async () => {},
        expected: async () => null,
        ping: () => 'pong',
      })),
    });
    await expect(client.run({ params: small(), seed: 1, replications: 1 })).rejects.toThrow(/invalid population/);
    client.dispose();
  });
});
