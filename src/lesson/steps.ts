/**
 * The lesson, as data: one object per step. Each step asks a question, lets the learner
 * predict (multiple choice), runs the model on its scenario (and variants, for a sweep or a
 * comparison), and picks the right option from the numbers with `answer`; `reveal` says the
 * numbers. Nothing here is hard-coded about the outcome: move a slider and the answer may
 * change. Scenarios are in real people and RMB; `scaled` runs the default market with fewer,
 * heavier agents (docs/model.md#scale) where a step runs it many times.
 */
import { DOMAINS_STEPS } from './parts/domains.ts';
import { TRUST_STEPS } from './parts/trust.ts';
import { GROWTH_STEPS } from './parts/growth.ts';
import { MONEY_STEPS } from './parts/money.ts';
import type { LessonStep } from './step.ts';

export * from './step.ts';
export * from './measures.ts';

/** The whole lesson, in order: one file per part under parts/. */
export const STEPS: readonly LessonStep[] = [...DOMAINS_STEPS, ...TRUST_STEPS, ...GROWTH_STEPS, ...MONEY_STEPS];
