/**
 * The worker's API over a MessageChannel pair, as comlink's own tests do: `expose` on one
 * port, `wrap` the other. Same code path as the browser worker, without a browser.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Comlink from 'comlink';
import { defaultParams, expectedValue, resolvePreset, simulate, simulateReplications, twinLimitations, twinOverlayApplies, type Params } from '../../models/index.ts';
import { createSimApi, sameSpec, type RunOutcome, type SimApi } from '../../workers/simApi.ts';

const small = (overrides: Partial<Params> = {}): Params => ({ ...defaultParams(), population: 2_000, agentWeight: 1, horizonDays: 60, ...overrides });
/** Big enough to take many chunks. */
const slow = (): Params => ({ ...defaultParams(), population: 50_000, agentWeight: 1, horizonDays: 365 });

const ports: MessagePort[] = [];
function connect(api: SimApi = createSimApi({ chunkMs: 2 })): Comlink.Remote<SimApi> {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  Comlink.expose(api, port1);
  return Comlink.wrap<SimApi>(port2);
}
afterEach(() => {
  for (const port of ports.splice(0)) port.close();
});

function done(outcome: RunOutcome) {
  if (outcome.status !== 'done') throw new Error(`expected a finished run, got ${outcome.status}`);
  return outcome.result;
}

describe('the simulation worker API', () => {
  it('answers a ping', async () => {
    expect(await connect().ping()).toBe('pong');
  });

  it('returns a run whose series are typed arrays, one value a day', async () => {
    const result = done(await connect().run({ id: 1, params: small(), seed: 7, replications: 1 }));
    expect(result.series.revenue).toBeInstanceOf(Float64Array);
    expect(result.series.stages.follower).toBeInstanceOf(Float64Array);
    expect(result.series.revenue).toHaveLength(60);
    expect(result.ltv[0].revenue).toBeInstanceOf(Float64Array);
    expect(typeof result.summary.leads).toBe('number');
    expect(result.seed).toBe(7);
  });

  it('gives exactly what simulate gives for the same parameters and seed', async () => {
    const params = small();
    const result = done(await connect().run({ id: 1, params, seed: 11, replications: 1 }));
    const direct = simulate(params, 11);
    expect(result.summary).toEqual(direct.summary);
    expect(Array.from(result.series.profitCumulative)).toEqual(Array.from(direct.series.profitCumulative));
  });

  it('gives exactly what simulateReplications gives, ci95 included', async () => {
    const params = small({ population: 1_000, horizonDays: 40 });
    const result = done(await connect().run({ id: 1, params, seed: 3, replications: 3 }));
    const direct = simulateReplications(params, 3, 3);
    expect(result.replications).toBe(3);
    expect(result.summary).toEqual(direct.summary);
    expect(result.ci95).toEqual(direct.ci95);
  });

  it('reports progress through a proxied callback, ending at the total', async () => {
    const reports: [number, number][] = [];
    const remote = connect(createSimApi({ chunkMs: 0 }));
    done(await remote.run({ id: 1, params: small(), seed: 1, replications: 2 }, Comlink.proxy((d: number, t: number) => void reports.push([d, t]))));
    // Each report is a message of its own, which may come after the result.
    await expect.poll(() => reports.at(-1)).toEqual([120, 120]);
    for (let i = 1; i < reports.length; i++) expect(reports[i][0]).toBeGreaterThanOrEqual(reports[i - 1][0]);
  });

  it('cancels a run that a newer request supersedes, and runs the newer one', async () => {
    const remote = connect();
    const first = remote.run({ id: 1, params: slow(), seed: 1, replications: 1 });
    const second = remote.run({ id: 2, params: small(), seed: 2, replications: 1 });
    expect(await first).toEqual({ status: 'cancelled', id: 1 });
    expect(done(await second).seed).toBe(2);
  });

  it('stops a running request at its next chunk when told to cancel', async () => {
    const remote = connect();
    const reports: number[] = [];
    const run = remote.run({ id: 5, params: slow(), seed: 1, replications: 1 }, Comlink.proxy((done: number) => void reports.push(done)));
    await expect.poll(() => reports.length).toBeGreaterThan(0); // running
    await remote.cancel(5);
    expect(await run).toEqual({ status: 'cancelled', id: 5 });
    expect(Math.max(...reports)).toBeLessThan(slow().horizonDays); // it stopped before its last day
  });

  it('stops when its shared flag is raised', async () => {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const api = createSimApi({ chunkMs: 0 });
    let reports = 0;
    const outcome = await api.run({ id: 1, params: slow(), seed: 1, replications: 1, cancelFlag: flag }, () => {
      reports += 1;
      Atomics.store(flag, 0, 1); // as the main thread would, from another thread
    });
    expect(outcome).toEqual({ status: 'cancelled', id: 1 });
    expect(reports).toBe(1);
  });

  describe('a run started before it is asked for (prefetch)', () => {
    it('is adopted by a request for exactly it: the same result as a fresh run, progress to the end', async () => {
      const api = createSimApi({ chunkMs: 1 });
      const spec = { params: small(), seed: 9, replications: 1 };
      void api.prefetch(spec);
      const reports: number[] = [];
      // A copy, as a request that crossed a thread would be: the same values, not the same object.
      const outcome = await connect(api).run({ id: 1, ...structuredClone(spec) }, Comlink.proxy((d: number) => void reports.push(d)));
      expect(outcome.status === 'done' && outcome.prefetched).toBe(true);
      const direct = simulate(spec.params, 9);
      expect(done(outcome).summary).toEqual(direct.summary);
      expect(Array.from(done(outcome).series.profitCumulative)).toEqual(Array.from(direct.series.profitCumulative));
      await expect.poll(() => reports.at(-1)).toBe(60);
    });

    it('is adopted after it has finished, and still reports the end', async () => {
      const api = createSimApi({ chunkMs: 1 });
      const tiny = small({ population: 1_000, horizonDays: 20 });
      const asked = performance.now();
      await api.prefetch({ params: tiny, seed: 4, replications: 2 }); // resolves when that run is over
      const finished = performance.now();
      const reports: [number, number][] = [];
      const outcome = await api.run({ id: 1, params: tiny, seed: 4, replications: 2 }, (d, t) => void reports.push([d, t]));
      expect(outcome.status === 'done' && outcome.prefetched).toBe(true);
      expect(done(outcome).summary).toEqual(simulateReplications(tiny, 4, 2).summary);
      expect(reports).toEqual([[40, 40]]);
      // Its time is the run's own, which ended before it was asked for: not the wait for the request.
      if (outcome.status !== 'done') throw new Error('expected done');
      expect(outcome.elapsedMs).toBeGreaterThan(0);
      expect(outcome.elapsedMs).toBeLessThanOrEqual(finished - asked);
    });

    it('is dropped by a request for anything else, which runs as asked; a later request runs afresh', async () => {
      const api = createSimApi({ chunkMs: 1 });
      const prefetch = api.prefetch({ params: slow(), seed: 1, replications: 1 });
      const other = await api.run({ id: 1, params: small(), seed: 1, replications: 1 });
      expect(other.status === 'done' && other.prefetched).toBe(false);
      expect(done(other).summary).toEqual(simulate(small(), 1).summary);
      const again = await api.run({ id: 2, params: small({ population: 1_000 }), seed: 1, replications: 1 });
      expect(again.status === 'done' && again.prefetched).toBe(false);
      await prefetch; // the dropped run has stopped
    });

    it('once adopted, is cancelled as its request is (here: superseded by a newer one)', async () => {
      const api = createSimApi({ chunkMs: 1 });
      void api.prefetch({ params: slow(), seed: 1, replications: 1 });
      const remote = connect(api);
      const first = remote.run({ id: 1, params: slow(), seed: 1, replications: 1 });
      const second = remote.run({ id: 2, params: small(), seed: 2, replications: 1 });
      expect(await first).toEqual({ status: 'cancelled', id: 1 });
      expect(done(await second).seed).toBe(2);
    });

    it('matches on seed, replications and every parameter', () => {
      const spec = { params: small(), seed: 3, replications: 1 };
      expect(sameSpec(spec, { ...spec, params: { ...spec.params } })).toBe(true);
      expect(sameSpec(spec, { ...spec, replications: 0 })).toBe(true); // 0 runs as 1
      expect(sameSpec(spec, { ...spec, seed: 4 })).toBe(false);
      expect(sameSpec(spec, { ...spec, replications: 2 })).toBe(false);
      expect(sameSpec(spec, { ...spec, params: { ...spec.params, cpm: spec.params.cpm + 1 } })).toBe(false);
    });
  });

  describe('the twin for the dashed overlay', () => {
    // The Bass reduction over 100 days: the twin applies and its LTV is cheap.
    const bass = (): Params => ({ ...resolvePreset('bass'), horizonDays: 100 });

    it('comes after the run, with its LTV curve, where the twin applies', async () => {
      const remote = connect();
      const outcome = await remote.run({ id: 1, params: bass(), seed: 1, replications: 1 });
      expect(done(outcome).expected).toBeNull(); // the result does not wait for the twin
      const curves = await remote.expected({ id: 2, params: bass() });
      expect(curves).not.toBeNull();
      const direct = expectedValue(bass(), { ltv: true });
      expect(Array.from(curves!.ltvRevenue!)).toEqual(Array.from(direct.ltvRevenue!));
      expect(Array.from(curves!.customers)).toEqual(Array.from(direct.customers));
    });

    it('is null where the twin does not apply or its LTV is too dear, and when a newer run comes first', async () => {
      const remote = connect();
      // A repurchase gap longer than 120 days but shorter than the horizon is beyond the twin.
      const unclaimed = { ...bass(), horizonDays: 300, minRepurchaseGapDays: 150 };
      expect(twinLimitations(unclaimed)).not.toEqual([]);
      expect(await remote.expected({ id: 1, params: unclaimed })).toBeNull();
      expect(twinOverlayApplies(defaultParams())).toBe(false); // the default's LTV is over the budget
      expect(await remote.expected({ id: 2, params: defaultParams() })).toBeNull();
      const year = { ...resolvePreset('bass') };
      const twin = remote.expected({ id: 3, params: year });
      const run = remote.run({ id: 4, params: small(), seed: 1, replications: 1 });
      expect(await twin).toBeNull(); // stopped for the newer run
      expect(done(await run).seed).toBe(1);
    });
  });
});
