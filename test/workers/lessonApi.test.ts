/**
 * The lesson worker's API over a MessageChannel pair (expose on one port, wrap the other):
 * snapshots stream in, transferred, paced; cancel stops them; runs come back whole.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Comlink from 'comlink';
import { defaultParams, simulate, type Params } from '../../models/index.ts';
import { STAGE_COUNT } from '../../models/stages.ts';
import { createLessonApi, type LessonApi, type Snapshot } from '../../workers/lessonApi.ts';

const small = (overrides: Partial<Params> = {}): Params => ({ ...defaultParams(), population: 2_000, agentWeight: 1, horizonDays: 30, ...overrides });

const ports: MessagePort[] = [];
function connect(api: LessonApi = createLessonApi()): Comlink.Remote<LessonApi> {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  Comlink.expose(api, port1);
  return Comlink.wrap<LessonApi>(port2);
}
afterEach(() => {
  for (const port of ports.splice(0)) port.close();
});

describe('the lesson worker API', () => {
  it('answers a ping', async () => {
    expect(await connect().ping()).toBe('pong');
  });

  it('streams one snapshot a day with the sample\'s stages and tiers and whole-market counts', async () => {
    const snapshots: Snapshot[] = [];
    const outcome = await connect().play(
      { id: 1, params: small(), seed: 5, sample: 500, daysPerSecond: Infinity },
      Comlink.proxy((snapshot: Snapshot) => void snapshots.push(snapshot)),
    );
    expect(outcome).toEqual({ status: 'done', id: 1, days: 30 });
    await expect.poll(() => snapshots.length).toBe(30);
    expect(snapshots.map((s) => s.day)).toEqual(Array.from({ length: 30 }, (_, d) => d + 1));
    const lastDay = snapshots[29];
    expect(lastDay.stage).toBeInstanceOf(Uint8Array);
    expect(lastDay.stage).toHaveLength(500);
    expect(lastDay.tier).toHaveLength(500);
    expect(lastDay.stageCounts.reduce((a, b) => a + b, 0)).toBe(2_000);
    expect(Math.max(...lastDay.stage)).toBeLessThan(STAGE_COUNT);
    // Same engine, same numbers: the counts agree with a plain run of the same seed.
    const direct = simulate(small(), 5);
    expect(lastDay.stageCounts[2]).toBe(direct.series.stages.follower[29]);
    expect(lastDay.tierCounts[1]).toBe(direct.series.tiers.affinity[29]);
    // The sample moves: some sampled agent left the unaware stage.
    expect(lastDay.stage.some((s) => s !== 0)).toBe(true);
  });

  it('paces the days', async () => {
    const started = performance.now();
    const snapshots: Snapshot[] = [];
    await connect().play(
      { id: 1, params: small({ horizonDays: 30 }), seed: 1, sample: 100, daysPerSecond: 200 },
      Comlink.proxy((snapshot: Snapshot) => void snapshots.push(snapshot)),
    );
    expect(performance.now() - started).toBeGreaterThanOrEqual(29 * 5 - 5);
  });

  it('stops when cancelled, and sends nothing after', async () => {
    const remote = connect();
    const snapshots: Snapshot[] = [];
    const playing = remote.play(
      { id: 7, params: small({ horizonDays: 365 }), seed: 2, sample: 100, daysPerSecond: 100 },
      Comlink.proxy((snapshot: Snapshot) => void snapshots.push(snapshot)),
    );
    await expect.poll(() => snapshots.length).toBeGreaterThan(2);
    await remote.cancel(7);
    const outcome = await playing;
    expect(outcome.status).toBe('cancelled');
    expect(outcome.days).toBeLessThan(365);
    // One snapshot for each day simulated, and no day after the cancel was simulated.
    await expect.poll(() => snapshots.length).toBe(outcome.days);
    expect(snapshots.map((s) => s.day)).toEqual(Array.from({ length: outcome.days }, (_, d) => d + 1));
  });

  it('lets a newer play supersede an older one', async () => {
    const remote = connect();
    const first = remote.play({ id: 1, params: small({ horizonDays: 365 }), seed: 2, sample: 10, daysPerSecond: 100 }, Comlink.proxy(() => {}));
    const second = remote.play({ id: 2, params: small({ horizonDays: 5 }), seed: 2, sample: 10, daysPerSecond: Infinity }, Comlink.proxy(() => {}));
    expect((await first).status).toBe('cancelled');
    expect((await second).status).toBe('done');
  });

  it('runs a list of parameter sets and returns their results, equal to simulate', async () => {
    const params = [small(), small({ pushesPerWeek: 7 })];
    const outcome = await connect().run({ id: 3, params, seed: 9 });
    if (outcome.status !== 'done') throw new Error('expected done');
    expect(outcome.results).toHaveLength(2);
    expect(outcome.results[1].summary).toEqual(simulate(params[1], 9).summary);
    expect(outcome.results[0].series.revenue).toBeInstanceOf(Float64Array);
  });
});
