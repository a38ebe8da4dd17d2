/**
 * The worker pool on real Node worker threads (the same workers the CLI and bench use): the
 * result is byte-identical whatever the pool size, and cancel stops every worker and leaves
 * the pool usable.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { experimentCsv, experimentJson, validateExperiment } from '../../../models/experiments/index.ts';
import { createNodePool } from '../../../workers/pool/node.ts';
import { PoolCancelledError, runExperiment, type WorkerPool } from '../../../workers/pool/index.ts';

const sweep = validateExperiment({
  kind: 'sweep2d',
  params: { population: 1_000, agentWeight: 1, horizonDays: 40 },
  replications: 2,
  x: { key: 'staff', from: 0, to: 4, steps: 3 },
  y: { key: 'groups', from: 0, to: 10, steps: 2 },
});

const pools: WorkerPool[] = [];
afterAll(() => pools.forEach((p) => p.terminate()));

describe('worker pool', () => {
  it('gives byte-identical exports on 1, 2 and 3 workers', async () => {
    const exports: string[] = [];
    for (const size of [1, 2, 3]) {
      const pool = createNodePool(size);
      pools.push(pool);
      const seen: number[] = [];
      const { result } = await runExperiment(pool, sweep, (done) => seen.push(done));
      expect(seen.at(-1)).toBe(12);
      exports.push(experimentJson(result) + experimentCsv(result));
      pool.terminate();
    }
    expect(exports[1]).toBe(exports[0]);
    expect(exports[2]).toBe(exports[0]);
  });

  it('stops every worker on cancel and runs again afterwards', async () => {
    const big = validateExperiment({ kind: 'replications', params: { population: 50_000, agentWeight: 1, horizonDays: 365 }, replications: 6 });
    const pool = createNodePool(2);
    pools.push(pool);
    const running = runExperiment(pool, big);
    await expect.poll(() => pool.liveWorkers).toBe(2);
    pool.cancel();
    await expect(running).rejects.toBeInstanceOf(PoolCancelledError);
    expect(pool.liveWorkers).toBe(0);
    expect(pool.running).toBe(false);

    const { result } = await runExperiment(pool, sweep);
    expect(result.runs).toHaveLength(12);
    expect(pool.started).toBe(4);
  });

  it('returns the mean series of replications reduced in index order', async () => {
    const reps = validateExperiment({ kind: 'replications', params: { population: 1_000, agentWeight: 1, horizonDays: 30 }, replications: 3 });
    const pool = createNodePool(2);
    pools.push(pool);
    const { aggregate, result } = await runExperiment(pool, reps);
    expect(aggregate?.replications).toBe(3);
    expect(aggregate?.series.revenue).toBeInstanceOf(Float64Array);
    expect(aggregate?.summary.revenue).toBeCloseTo(result.points[0].stats.revenue.mean!, 6);
  });
});
