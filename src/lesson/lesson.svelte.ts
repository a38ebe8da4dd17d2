/**
 * The lesson's state in one place: which step is open, the learner's parameter overrides and
 * predictions, the link's error, and the latest run of the open step (replaced whole).
 */
import { ParamError, validateParams, type Params } from '../../models/index.ts';
import type { LessonClient } from './client.ts';
import { formatLessonLink, parseLessonLink } from './link.ts';
import { STEPS, stepParams, stepRuns, type LessonRun, type LessonStep } from './steps.ts';

/** The seed of every lesson run: the same numbers for every learner in the room. */
export const LESSON_SEED = 20_240_601;
/** Runs kept, so stepping back (or switching language) shows a step at once. */
const CACHE_SIZE = 40;

export interface StepRun {
  stepId: string;
  key: string;
  run: LessonRun;
}

export class Lesson {
  index = $state(0);
  /** The learner's overrides for the open step (always valid). */
  overrides = $state<Record<string, number | string>>({});
  /** Predictions and check answers by step id. */
  predictions = $state<Record<string, string>>({});
  checks = $state<Record<string, string>>({});
  linkError = $state.raw<ParamError | null>(null);
  current = $state.raw<StepRun | null>(null);
  running = $state(false);

  readonly step: LessonStep = $derived(STEPS[this.index]);
  readonly params: Params = $derived(stepParams(this.step, this.overrides));
  readonly key: string = $derived(`${this.step.id}|${JSON.stringify(this.overrides)}`);
  /** The run of the open step with its current overrides, once it has arrived. */
  readonly run: LessonRun | null = $derived(this.current !== null && this.current.key === this.key ? this.current.run : null);

  readonly #cache = new Map<string, LessonRun>();

  get count(): number {
    return STEPS.length;
  }

  /** The `rest` of the link to the open step with its overrides. */
  link(): string {
    return formatLessonLink(this.index, this.overrides);
  }

  /** Opens what a link says; an invalid link opens the step with defaults and keeps the error. */
  openLink(rest: string): void {
    if (rest === this.link() && this.linkError === null) return;
    const parsed = parseLessonLink(rest, STEPS.length, (i) => STEPS[i].scenario);
    this.index = parsed.index;
    this.overrides = parsed.overrides;
    this.linkError = parsed.error;
  }

  go(index: number): void {
    const next = Math.max(0, Math.min(STEPS.length - 1, index));
    if (next === this.index) return;
    this.index = next;
    this.overrides = {};
    this.linkError = null;
  }

  /** Sets one override; returns the validator's error (and changes nothing) when it is invalid. */
  setParam(key: string, value: number | string): ParamError | null {
    const next = { ...this.overrides, [key]: value };
    try {
      validateParams({ ...this.step.scenario, ...next });
    } catch (problem) {
      if (problem instanceof ParamError) return problem;
      throw problem;
    }
    if (Object.is(stepParams(this.step)[key as keyof Params], value)) delete next[key];
    this.overrides = next;
    return null;
  }

  predict(optionId: string): void {
    this.predictions = { ...this.predictions, [this.step.id]: optionId };
  }

  answerCheck(optionId: string): void {
    this.checks = { ...this.checks, [this.step.id]: optionId };
  }

  /** Runs the open step (from the cache when it was run before). */
  async runStep(client: LessonClient): Promise<void> {
    const step = this.step;
    const key = this.key;
    const cached = this.#cache.get(key);
    if (cached) {
      this.current = { stepId: step.id, key, run: cached };
      return;
    }
    const params = stepRuns(step, this.params);
    this.running = true;
    try {
      const results = await client.run(params, LESSON_SEED);
      if (results === null) return; // superseded
      const run: LessonRun = { params, results };
      this.#cache.set(key, run);
      if (this.#cache.size > CACHE_SIZE) this.#cache.delete(this.#cache.keys().next().value as string);
      this.current = { stepId: step.id, key, run };
    } finally {
      if (key === this.key) this.running = false;
    }
  }
}
