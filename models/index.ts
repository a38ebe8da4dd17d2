/**
 * Siyu Lab's simulation core: the public surface of `models/`. Pure TypeScript: no DOM, no
 * Svelte, no Comlink, no clock, no unseeded randomness. The model is a function of (params, seed).
 * This file only re-exports; nothing inside models/ imports it.
 */
export * from './params/index.ts';
export * from './presets/index.ts';
export { expectedValue, expectedValueInSteps, expectedCurves, twinLimitations, twinOverlayApplies, withExpected, twinLtvWork, TWIN_BACKGROUND_LTV_WORK, LTV_MAX_HORIZON, type TwinSeries } from './expected/index.ts';
export * from './output/contract.ts';
export { toJson, toJsonValue } from './output/json.ts';
export { toCsv } from './output/csv.ts';
export { createRng, deriveSeed, type Rng } from './random/rng.ts';
export { Simulation, CancelledError, type RunOptions } from './engine/simulation.ts';
export { simulate } from './engine/run.ts';
export { estimateRunBytes, estimateSeconds, runAgentDays, ENGINE_AGENT_DAYS_PER_SECOND } from './engine/footprint.ts';
export { NO_TIER, sampleIds, takeSnapshot, type AgentSnapshot } from './engine/snapshot.ts';
export { collect, REPORTERS } from './metrics/index.ts';
export {
  aggregateRuns,
  meanInterval,
  tQuantile975,
  replicationSeed,
  replicationDays,
  ReplicationStepper,
  simulateReplications,
} from './replications/index.ts';
export { BYTES_PER_AGENT } from './agents/population.ts';
