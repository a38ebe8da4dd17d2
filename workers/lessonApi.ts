/**
 * The lesson's worker API, exposed over Comlink by `lesson.worker.ts`:
 *
 * - `play` runs one Simulation with identity tracking and, every day, sends a compact snapshot
 *   of a fixed sample of agents (their stage and fan tier, one byte each, transferred) through a
 *   callback (a `Comlink.proxy` in the browser), pacing days so an animation can follow them.
 *   A newer `play` supersedes an older one; `cancel(id)` stops one at its next day.
 * - `run` simulates a short list of parameter sets (a step's scenario and its variants) and
 *   returns their results, transferred; a newer `run` supersedes an older one between runs.
 */
import * as Comlink from 'comlink';
import { Simulation, collect, type Params, type RunResult } from '../models/index.ts';
import { CONTACT, FOLLOWER, GROUP, STAGE_COUNT, TIER_COUNT } from '../models/stages.ts';
import { collectTransferables } from './simApi.ts';

/** Fan tier codes in a snapshot: 0 = not in the private domain, then the contract's TIERS + 1. */
export const NO_TIER = 0;

export interface PlayRequest {
  /** Increasing per client: a larger id supersedes every smaller one. */
  id: number;
  /** Valid parameters (validated on the main thread). */
  params: Params;
  seed: number;
  /** Agents followed, at most the population; sampled evenly by stable id. */
  sample: number;
  /** Pace of the playback, simulated days a second; Infinity plays as fast as possible. */
  daysPerSecond: number;
}

/** One day of a playing simulation. */
export interface Snapshot {
  id: number;
  /** Days simulated so far (1 after the first day). */
  day: number;
  horizon: number;
  population: number;
  /** Stage code (models/stages.ts) of each sampled agent, in sample order. */
  stage: Uint8Array;
  /** Tier code of each sampled agent: NO_TIER outside the private domain, else 1 + tier index. */
  tier: Uint8Array;
  /** Agents of the whole population in each stage (sums to `population`). */
  stageCounts: Uint32Array;
  /** Private-domain agents of the whole population in each fan tier. */
  tierCounts: Uint32Array;
}

export type SnapshotCallback = (snapshot: Snapshot) => unknown;

export interface PlayOutcome {
  status: 'done' | 'cancelled';
  id: number;
  days: number;
}

export interface RunsRequest {
  id: number;
  params: Params[];
  seed: number;
  /**
   * Send only what a lesson step reads, so the main thread decodes less: no LTV curves; for
   * runs after the first, summary and series only (no cohorts or flows). Default false.
   */
  lean?: boolean;
}

export type RunsOutcome = { status: 'done'; id: number; results: RunResult[] } | { status: 'cancelled'; id: number };

export interface LessonApi {
  play(request: PlayRequest, onSnapshot: SnapshotCallback): Promise<PlayOutcome>;
  /** Stop a playback (or a run) at its next day (or run) boundary. */
  cancel(id: number): void;
  run(request: RunsRequest): Promise<RunsOutcome>;
  ping(): 'pong';
}

/** Evenly spaced agent ids: `sample` of `population` (all of them when sample ≥ population). */
export function sampleIds(population: number, sample: number): Int32Array {
  const n = Math.max(0, Math.min(population, Math.floor(sample)));
  const ids = new Int32Array(n);
  for (let k = 0; k < n; k++) ids[k] = Math.floor((k * population) / n);
  return ids;
}

/** The snapshot of `simulation` (built with trackIdentity) for the agents `ids`. */
export function takeSnapshot(simulation: Simulation, ids: Int32Array, id: number): Snapshot {
  const pop = simulation.population;
  const slotOf = pop.slotOf;
  if (slotOf === null) throw new Error('takeSnapshot needs a Simulation built with { trackIdentity: true }');
  const { tierAffinity, tierTrueLove } = simulation.params;
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
    stageCounts[s]++;
    const t = tierCode(s, pop.trust[slot], tierAffinity, tierTrueLove);
    if (t !== NO_TIER) tierCounts[t - 1]++;
  }
  return {
    id,
    day: simulation.day,
    horizon: simulation.params.horizonDays,
    population: pop.size,
    stage,
    tier,
    stageCounts,
    tierCounts,
  };
}

/** The engine's tier rule (trust ≥ threshold), for private-domain stages only. */
function tierCode(stage: number, trust: number, affinity: number, trueLove: number): number {
  if (stage !== FOLLOWER && stage !== CONTACT && stage !== GROUP) return NO_TIER;
  return trust >= trueLove ? 3 : trust >= affinity ? 2 : 1;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Let go of a Comlink proxy callback (a plain function is left alone). */
function release(callback: unknown): void {
  const releaser = (callback as { [Comlink.releaseProxy]?: () => void } | undefined)?.[Comlink.releaseProxy];
  if (typeof releaser === 'function') Promise.resolve().then(releaser).catch(() => {});
}

/** A result without what a lesson step never reads (see `RunsRequest.lean`). */
export function leanResult(result: RunResult, variant: boolean): RunResult {
  return variant ? { ...result, ltv: [], cohorts: [], flows: [] } : { ...result, ltv: [] };
}

export function createLessonApi(): LessonApi {
  let latestPlay = 0;
  let latestRun = 0;
  const cancelled = new Set<number>();
  const stopped = (id: number, latest: number) => id < latest || cancelled.has(id);

  return {
    async play(request, onSnapshot) {
      latestPlay = Math.max(latestPlay, request.id);
      const simulation = new Simulation(request.params, request.seed, { trackIdentity: true });
      const ids = sampleIds(request.params.population, request.sample);
      const interval = request.daysPerSecond > 0 ? 1000 / request.daysPerSecond : 0;
      const start = performance.now();
      try {
        while (!simulation.done) {
          // Read queued messages (a cancel, a newer play) before every day.
          await sleep(start + simulation.day * interval - performance.now());
          if (stopped(request.id, latestPlay)) return { status: 'cancelled', id: request.id, days: simulation.day };
          simulation.stepDay();
          const snapshot = takeSnapshot(simulation, ids, request.id);
          try {
            const reply = onSnapshot(Comlink.transfer(snapshot, [snapshot.stage.buffer, snapshot.tier.buffer])) as Promise<unknown> | undefined;
            if (reply && typeof reply.then === 'function') reply.then(undefined, () => {});
          } catch {
            // a listener's error is not the simulation's
          }
        }
        return { status: 'done', id: request.id, days: simulation.day };
      } finally {
        cancelled.delete(request.id);
        release(onSnapshot);
      }
    },

    cancel(id) {
      cancelled.add(id);
    },

    async run(request) {
      latestRun = Math.max(latestRun, request.id);
      try {
        const results: RunResult[] = [];
        for (const params of request.params) {
          await sleep(0);
          if (stopped(request.id, latestRun)) return { status: 'cancelled', id: request.id };
          const result = collect(new Simulation(params, request.seed).run());
          results.push(request.lean ? leanResult(result, results.length > 0) : result);
        }
        const outcome: RunsOutcome = { status: 'done', id: request.id, results };
        return Comlink.transfer(outcome, collectTransferables(results));
      } finally {
        cancelled.delete(request.id);
      }
    },

    ping() {
      return 'pong';
    },
  };
}

export const lessonApi: LessonApi = createLessonApi();
