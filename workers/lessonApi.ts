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
import { Simulation, agentCount, sampleIds, simulate, takeSnapshot, type AgentSnapshot, type Params, type RunResult } from '../models/index.ts';
import { notify, release } from './callbacks.ts';
import { collectTransferables } from './transfer.ts';

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

/** One day of a playing simulation: the model's snapshot (models/engine/snapshot.ts) and its play's id. */
export type Snapshot = AgentSnapshot & { id: number };

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

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

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
      const ids = sampleIds(agentCount(request.params), request.sample);
      const interval = request.daysPerSecond > 0 ? 1000 / request.daysPerSecond : 0;
      const start = performance.now();
      try {
        while (!simulation.done) {
          // Read queued messages (a cancel, a newer play) before every day.
          await sleep(start + simulation.day * interval - performance.now());
          if (stopped(request.id, latestPlay)) return { status: 'cancelled', id: request.id, days: simulation.day };
          simulation.stepDay();
          const snapshot: Snapshot = { id: request.id, ...takeSnapshot(simulation, ids) };
          notify(onSnapshot, Comlink.transfer(snapshot, [snapshot.stage.buffer, snapshot.tier.buffer]));
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
          const result = simulate(params, request.seed);
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
