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

function spawn(): WorkerLike {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  Comlink.expose(createSimApi({ chunkMs: 2 }), port1);
  return Object.assign(port2, { terminate: () => port1.close() });
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
});
