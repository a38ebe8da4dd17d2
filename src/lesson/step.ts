/**
 * What a lesson step is: its question, options, scenario, answer and charts (types), the
 * parts it belongs to, and the parameters it runs.
 */
import { validateParams, type ParamKey, type Params, type RunResult } from '../../models/index.ts';
import type { Lang } from '../charts/format.ts';
import type { TermId } from './glossary.ts';
import type { Text } from './text.ts';

export type { Text } from './text.ts';

/** The runs of one step: `results[i]` is the run of `params[i]`; index 0 is the step's scenario. */
export interface LessonRun {
  params: Params[];
  results: RunResult[];
}

export interface Option {
  readonly id: string;
  readonly text: Text;
}

export interface LineSeries {
  label: Text;
  x: number[];
  y: number[];
  dashed?: boolean;
}

export interface LineChartData {
  xLabel: Text;
  yLabel: Text;
  series: LineSeries[];
  /** An x value to mark with a vertical rule (e.g. the slider's current setting). */
  marker?: number | null;
  /** Format y values as a percentage. */
  percent?: boolean;
}

export interface BarChartData {
  yLabel: Text;
  bars: { label: Text; value: number; highlight?: boolean }[];
  /** Format values as ratios (×) instead of money. */
  ratio?: boolean;
}

/** What the step's chart shows: a chart of the explorer on the scenario's run, or a lesson chart. */
export type StepChart =
  | { kind: 'stages' | 'tiers' | 'funnel' | 'cohorts' }
  | { kind: 'line'; data: (run: LessonRun) => LineChartData }
  | { kind: 'bars'; data: (run: LessonRun) => BarChartData };

/** A short check question at the end of a part, with feedback; its answer is conceptual. */
export interface CheckQuestion {
  readonly question: Text;
  readonly options: readonly Option[];
  readonly correct: string;
  readonly feedback: Text;
}

export const PARTS = ['domains', 'trust', 'growth', 'money'] as const;
export type PartId = (typeof PARTS)[number];

export const PART_TITLES: Record<PartId, Text> = {
  domains: { en: 'Part 1 · Two domains', zh: '第一部分 · 两种流量' },
  trust: { en: 'Part 2 · Trust and touches', zh: '第二部分 · 信任与触达' },
  growth: { en: 'Part 3 · Growth', zh: '第三部分 · 增长' },
  money: { en: 'Part 4 · Money and choices', zh: '第四部分 · 算账与选择' },
};

export interface LessonStep {
  readonly id: string;
  readonly part: PartId;
  readonly title: Text;
  /** A short explanation of the idea (two to four sentences). */
  readonly explanation: Text;
  readonly question: Text;
  readonly options: readonly Option[];
  /** Overrides on the schema defaults: the step's scenario (validated with `validateParams`). */
  readonly scenario: Readonly<Partial<Params>>;
  /** One or two parameters the learner may move; sliders are generated from their specs. */
  readonly sliders: readonly ParamKey[];
  /** Further runs beside the scenario (a sweep, a comparison); default none. */
  readonly variants?: (base: Params) => Params[];
  /** The option the numbers of the run support. */
  readonly answer: (run: LessonRun) => string;
  /** The numbers behind the answer, in one or two sentences. */
  readonly reveal: (run: LessonRun, lang: Lang) => string;
  readonly chart: StepChart;
  readonly glossary: readonly TermId[];
  /** The check question closing the step's part (on the part's last step). */
  readonly check?: CheckQuestion;
}

/**
 * The step's parameters: its scenario, then the learner's overrides, validated.
 * @throws ParamError when an override is invalid
 */
export function stepParams(step: LessonStep, overrides: Readonly<Record<string, unknown>> = {}): Params {
  return validateParams({ ...step.scenario, ...overrides });
}

/** Every parameter set a step runs: its scenario first, then its variants. */
export function stepRuns(step: LessonStep, base: Params): Params[] {
  return [base, ...(step.variants ? step.variants(base) : [])];
}
