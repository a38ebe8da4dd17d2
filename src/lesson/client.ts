/**
 * The main thread's handle on the lesson workers: one worker plays the dots (a paced stream of
 * snapshots), another runs the step's scenario and variants, so a sweep never stalls the dots.
 * A newer `play` or `run` supersedes the one in flight.
 */
import * as Comlink from 'comlink';
import type { Params, RunResult } from '../../models/index.ts';
import type { LessonApi, PlayOutcome, Snapshot } from '../../workers/lessonApi.ts';

export type WorkerLike = Comlink.Endpoint & { terminate?: () => void };

export function defaultSpawn(): WorkerLike {
  return new Worker(new URL('../../workers/lesson.worker.ts', import.meta.url), { type: 'module', name: 'siyu-lesson' });
}

export interface PlayOptions {
  /** Agents drawn (sampled evenly from the population). */
  sample: number;
  /** Simulated days a second. */
  daysPerSecond: number;
}

export class LessonClient {
  readonly #spawn: () => WorkerLike;
  #players: { worker: WorkerLike; remote: Comlink.Remote<LessonApi> } | null = null;
  #runners: { worker: WorkerLike; remote: Comlink.Remote<LessonApi> } | null = null;
  #nextId = 0;
  #playing = 0;
  #running = 0;

  constructor(spawn: () => WorkerLike = defaultSpawn) {
    this.#spawn = spawn;
  }

  #connect() {
    const worker = this.#spawn();
    return { worker, remote: Comlink.wrap<LessonApi>(worker) };
  }

  /**
   * Plays `params` day by day; `onSnapshot` gets each day's snapshot (only those of this play).
   * Returns a function that stops it.
   */
  play(params: Params, seed: number, onSnapshot: (snapshot: Snapshot) => void, options: PlayOptions): { stop: () => void; finished: Promise<PlayOutcome> } {
    this.#players ??= this.#connect();
    const { remote } = this.#players;
    const id = ++this.#nextId;
    this.#playing = id;
    const callback = Comlink.proxy((snapshot: Snapshot) => {
      if (this.#playing === id) onSnapshot(snapshot);
    });
    const finished = remote.play({ id, params, seed, ...options }, callback);
    return {
      stop: () => {
        if (this.#playing === id) this.#playing = 0;
        void remote.cancel(id);
      },
      finished,
    };
  }

  /** Runs every parameter set; null when a newer run superseded this one. */
  async run(params: Params[], seed: number): Promise<RunResult[] | null> {
    this.#runners ??= this.#connect();
    const id = ++this.#nextId;
    this.#running = id;
    const outcome = await this.#runners.remote.run({ id, params, seed, lean: true });
    if (outcome.status !== 'done' || this.#running !== id) return null;
    // Decoding the message was this task's work; the charts render in the next one.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return this.#running === id ? outcome.results : null;
  }

  dispose(): void {
    for (const handle of [this.#players, this.#runners]) {
      handle?.remote[Comlink.releaseProxy]();
      handle?.worker.terminate?.();
    }
    this.#players = null;
    this.#runners = null;
  }
}
