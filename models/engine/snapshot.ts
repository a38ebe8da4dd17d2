/**
 * Snapshots of a running simulation for views that follow individual agents (the lesson's
 * dots): the stage and fan tier of a fixed, evenly spread sample of agents, one byte each,
 * and the whole market's counts by stage and tier. Read-only: taking one changes nothing.
 */
import { STAGE_COUNT, TIER_COUNT, isPrivate } from '../stages.ts';
import { tierOf } from '../trust/trust.ts';
import type { Simulation } from './simulation.ts';

/** Fan tier codes in a snapshot: 0 = not in the private domain, else 1 + the tier's index in `TIERS`. */
export const NO_TIER = 0;

/** One day of a simulation, as views that follow agents read it. */
export interface AgentSnapshot {
  /** Days simulated so far (1 after the first day). */
  day: number;
  horizon: number;
  /** People in the market (`params.population`). */
  population: number;
  /** Agents simulated (each stands for `params.agentWeight` people). */
  agents: number;
  /** Stage code (models/stages.ts) of each sampled agent, in sample order. */
  stage: Uint8Array;
  /** Tier code of each sampled agent: NO_TIER outside the private domain, else 1 + tier index. */
  tier: Uint8Array;
  /** People of the whole market in each stage (sums to `population`). */
  stageCounts: Uint32Array;
  /** Private-domain people of the whole market in each fan tier. */
  tierCounts: Uint32Array;
}

/** Evenly spaced agent ids: `sample` of `population` (all of them when sample ≥ population). */
export function sampleIds(population: number, sample: number): Int32Array {
  const n = Math.max(0, Math.min(population, Math.floor(sample)));
  const ids = new Int32Array(n);
  for (let k = 0; k < n; k++) ids[k] = Math.floor((k * population) / n);
  return ids;
}

/** An agent's tier code: NO_TIER outside the private domain, else 1 + `tierOf` its trust. */
export function tierCode(stage: number, trust: number, affinity: number, trueLove: number): number {
  return isPrivate(stage) ? 1 + tierOf(trust, affinity, trueLove) : NO_TIER;
}

/** The snapshot of `simulation` (built with `trackIdentity`) for the agents `ids`. */
export function takeSnapshot(simulation: Simulation, ids: Int32Array): AgentSnapshot {
  const pop = simulation.population;
  const slotOf = pop.slotOf;
  if (slotOf === null) throw new Error('takeSnapshot needs a Simulation built with { trackIdentity: true }');
  const { tierAffinity, tierTrueLove, agentWeight } = simulation.params;
  const stage = new Uint8Array(ids.length);
  const tier = new Uint8Array(ids.length);
  for (let k = 0; k < ids.length; k++) {
    const slot = slotOf[ids[k]];
    const s = pop.stage[slot];
    stage[k] = s;
    tier[k] = tierCode(s, pop.trust[slot], tierAffinity, tierTrueLove);
  }
  const stageCounts = new Uint32Array(STAGE_COUNT);
  const tierCounts = new Uint32Array(TIER_COUNT);
  for (let slot = 0; slot < pop.size; slot++) {
    const s = pop.stage[slot];
    stageCounts[s] += agentWeight;
    const t = tierCode(s, pop.trust[slot], tierAffinity, tierTrueLove);
    if (t !== NO_TIER) tierCounts[t - 1] += agentWeight;
  }
  const { horizonDays: horizon, population } = simulation.params;
  return { day: simulation.day, horizon, population, agents: pop.size, stage, tier, stageCounts, tierCounts };
}
