/**
 * Siyu Lab's simulation core: the public surface of `models/`. Pure TypeScript: no DOM, no
 * Svelte, no Comlink, no clock, no unseeded randomness. The model is a function of (params, seed).
 */
import type { Params } from './params/schema.ts';
import type { RunResult } from './output/contract.ts';
import { Simulation, type RunOptions } from './engine/simulation.ts';
import { collect } from './metrics/index.ts';
import { aggregateRuns } from './replications/aggregate.ts';
import { deriveSeed } from './random/rng.ts';

export * from './params/index.ts';
export * from './presets/index.ts';
export { expectedValue, twinLimitations, withExpected, LTV_MAX_HORIZON, type TwinSeries } from './expected/index.ts';
export * from './output/contract.ts';
export { toJson, toJsonValue } from './output/json.ts';
export { toCsv } from './output/csv.ts';
export { createRng, deriveSeed, type Rng } from './random/rng.ts';
export { Simulation, CancelledError, type RunOptions } from './engine/simulation.ts';
export { collect, REPORTERS } from './metrics/index.ts';
export { aggregateRuns, meanInterval, tQuantile975 } from './replications/aggregate.ts';
export { BYTES_PER_AGENT } from './agents/population.ts';

/**
 * One run of the agent model.
 * @param params a valid, fully resolved parameter set (validate at the boundary first)
 * @param seed 32-bit unsigned seed; same params and seed give bit-identical results
 */
export function simulate(params: Params, seed: number, options: RunOptions = {}): RunResult {
  return collect(new Simulation(params, seed).run(options));
}

/** The seed of replication `index` of `masterSeed`. Replication 0 uses the master seed itself. */
export function replicationSeed(masterSeed: number, index: number): number {
  return index === 0 ? masterSeed >>> 0 : deriveSeed(masterSeed, index);
}

/**
 * R replications (seeds from `replicationSeed`), reduced to means with `ci95`.
 * With R = 1 this is `simulate` with the master seed.
 */
export function simulateReplications(
  params: Params,
  seed: number,
  replications: number,
  options: RunOptions = {},
): RunResult {
  if (replications <= 1) return simulate(params, seed, options);
  const runs: RunResult[] = [];
  const total = replications * params.horizonDays;
  for (let r = 0; r < replications; r++) {
    const done = r * params.horizonDays;
    runs.push(
      simulate(params, replicationSeed(seed, r), {
        signal: options.signal,
        onProgress: options.onProgress ? (d) => options.onProgress!(done + d, total) : undefined,
      }),
    );
  }
  return aggregateRuns(runs, seed);
}
