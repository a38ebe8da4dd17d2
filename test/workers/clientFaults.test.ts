/** The client's fault handling over MessageChannel pairs: Cancel, and a worker that dies silently. */
import { afterEach, describe, expect, it } from 'vitest';
import * as Comlink from 'comlink';
import { defaultParams, type Params } from '../../models/index.ts';
import { SimClient, WorkerFault, type WorkerLike } from '../../src/sim/client.ts';
import { createSimApi } from '../../workers/simApi.ts';

const slow = (): Params => ({ ...defaultParams(), population: 50_000, agentWeight: 1, horizonDays: 365 });
const small = (): Params => ({ ...defaultParams(), population: 2_000, agentWeight: 1, horizonDays: 60 });
const ports: MessagePort[] = [];
afterEach(() => {
  for (const port of ports.splice(0)) port.close();
});

function spawn(): MessagePort & WorkerLike {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  Comlink.expose(createSimApi({ chunkMs: 2 }), port1);
  return Object.assign(port2, { terminate: () => port1.close() });
}

/** A client with a quick heartbeat whose warmed-up worker was just killed, silently, while idle. */
async function killedWhileIdle(): Promise<SimClient> {
  const client = new SimClient({ spawn, heartbeatMs: 20, deadAfterMs: 150 });
  await client.warmUp();
  client.kill();
  return client;
}

describe('the simulation client, when runs go wrong', () => {
  it('cancels the run in flight on request', async () => {
    const client = new SimClient({ spawn });
    let reports = 0;
    const run = client.run({ params: slow(), seed: 1, replications: 1 }, () => reports++);
    await expect.poll(() => reports).toBeGreaterThan(0); // running
    client.cancel();
    expect(await run).toEqual({ status: 'cancelled' });
    client.dispose();
  });

  it('reports a worker killed mid-run as a WorkerFault, and the next run starts a fresh worker', async () => {
    // A silent worker is dead after 2 s without an answer: far above any pause between the
    // worker's chunks on a loaded machine (the worker and this test share one thread here).
    const client = new SimClient({ spawn, heartbeatMs: 50, deadAfterMs: 2_000 });
    let reports = 0;
    const run = client.run({ params: slow(), seed: 1, replications: 1 }, () => reports++);
    await expect.poll(() => reports).toBeGreaterThan(0); // running
    client.kill();
    await expect(run).rejects.toBeInstanceOf(WorkerFault);
    await expect(run).rejects.toThrow(/stopped responding/);
    const retry = await client.run({ params: small(), seed: 2, replications: 1 });
    expect(retry.status).toBe('done');
    expect(client.spawned).toBe(2);
    client.dispose();
  });

  it('finds an idle worker that died and starts a fresh one before the next request', async () => {
    const client = await killedWhileIdle();
    await expect.poll(() => client.spawned).toBe(2); // replaced while idle
    const outcome = await client.run({ params: small(), seed: 3, replications: 1 });
    expect(outcome.status === 'done' && outcome.result.seed).toBe(3);
    expect(client.spawned).toBe(2);
    client.dispose();
  });

  it('sends a run again to a fresh worker when its worker died before acknowledging it', async () => {
    const client = await killedWhileIdle();
    // Sent before the heartbeat has noticed: the run never started, so it is sent again, once.
    const outcome = await client.run({ params: small(), seed: 4, replications: 1 }, () => {});
    expect(outcome.status === 'done' && outcome.result.seed).toBe(4);
    expect(client.spawned).toBe(2);
    client.dispose();
  });

  it('fails a run whose fresh worker died too, rather than resending forever', async () => {
    // Every worker dies on its first run message, before reading it (as a run that crashed its
    // worker at once would look): the run is sent twice, then reported.
    let workers = 0;
    const dying = (): WorkerLike => {
      workers += 1;
      const worker = spawn();
      const post = worker.postMessage.bind(worker);
      return Object.assign(worker, {
        postMessage(message: unknown, transfer?: Transferable[]) {
          const call = message as { type?: string; path?: string[] };
          if (call.type === 'APPLY' && call.path?.[0] === 'run') {
            worker.terminate?.();
            return;
          }
          post(message, transfer ?? []);
        },
      });
    };
    const client = new SimClient({ spawn: dying, heartbeatMs: 20, deadAfterMs: 150 });
    await client.warmUp();
    await expect(client.run({ params: small(), seed: 5, replications: 1 })).rejects.toBeInstanceOf(WorkerFault);
    expect(workers).toBeGreaterThanOrEqual(2);
    client.dispose();
  });

  it('replaces a worker at once when it raises an error after it had loaded', async () => {
    const workers: (MessagePort & WorkerLike)[] = [];
    const client = new SimClient({ spawn: () => (workers.push(spawn()), workers.at(-1)!), heartbeatMs: 20, deadAfterMs: 150 });
    await client.warmUp();
    workers[0].dispatchEvent(new Event('error'));
    expect(client.spawned).toBe(2); // at once, not at the next request
    const outcome = await client.run({ params: small(), seed: 6, replications: 1 });
    expect(outcome.status).toBe('done');
    client.dispose();
  });
});
