/**
 * The expected-value twin: the mean-field (expected) daily evolution of the v2 model,
 * written from docs/model.md and sharing no code with the engine.
 *
 * The population is a distribution over stage × thread × need state × fatigue window × trust
 * (population.ts, touches.ts, trustBins.ts); each day applies the text's day in order to it
 * (day.ts). Pool-level
 * feedbacks (the cost of a paid lead on the never-reached share, referrals from eligible
 * customers, the flywheel on active fans, service capacity, contact-list room, group seats)
 * read the distribution's expected counts. The LTV curve follows each day's leads as a
 * cohort of its own, stepped with the day's probabilities. What the twin approximates, and
 * where it does not apply, is in `twinLimitations` and docs/model.md#the-expected-value-twin.
 */
import type { Params } from '../params/schema.ts';
import type { ExpectedCurves, RunResult } from '../output/contract.ts';
import { planOf, scheduleOn, type DaySchedule } from './calendar.ts';
import { DayStep, emptyTally, type DayMap } from './day.ts';
import { DayOutcomes, windowCap } from './dayOutcomes.ts';
import { fillLtv, ltvCost } from './ltv.ts';
import { emptySeries, record, type TwinSeries } from './series.ts';
import { twinLimitations } from './limitations.ts';
import { emptySegment, initialPopulation, layoutFor, type Layout, type Segment } from './population.ts';
import { trustBinsFor } from './trustBins.ts';

export { twinLimitations } from './limitations.ts';
export type { TwinSeries } from './series.ts';

/** The age-structured LTV costs O(H²) cohort-days; beyond this horizon it is not computed. */
export const LTV_MAX_HORIZON = 400;

/**
 * Cohort-cell visits (cohort-days × cells) the LTV may cost when `ltv: 'auto'`: about a
 * second (some 65 ns a visit). Past it, `ltvRevenue` is null: with the default state (about
 * 17,000 cells) that is past a 40-day horizon.
 */
export const LTV_AUTO_BUDGET = 1.5e7;

export interface TwinOptions {
  /**
   * The LTV curve: 'auto' (default) computes it when H ≤ LTV_MAX_HORIZON and its cost is
   * within LTV_AUTO_BUDGET; true computes it whenever H ≤ LTV_MAX_HORIZON; false never.
   * Never with `discountRateDaily` > 0 (docs/model.md does not say how the curve discounts).
   */
  ltv?: boolean | 'auto';
  /** Equal-width trust bins of the base grid (the thresholds are added as edges). */
  bins?: number;
}

/**
 * The run result with the twin's curves attached where it applies, `expected: null` elsewhere.
 * Synchronous: the twin takes about as long as several agent runs (docs/model.md); a worker
 * that must stay responsive can step `expectedValueInSteps` itself and attach
 * `expectedCurves` of the result.
 */
export function withExpected(result: RunResult): RunResult {
  if (twinLimitations(result.params).length > 0) return { ...result, expected: null };
  return { ...result, expected: expectedCurves(expectedValue(result.params)) };
}

/**
 * The twin's layout for `params`: its trust bins, fatigue windows and need states (one
 * place, read by the twin and by `twinWork`).
 */
function layoutOf(params: Params, bins?: number): Layout {
  const cap = windowCap(params, planOf(params), (params.staff * params.conversationsPerStaff) / params.agentWeight);
  return layoutFor(trustBinsFor(params, bins), params.minRepurchaseGapDays, params.horizonDays, cap + 1);
}

/**
 * The work of the twin's LTV curve for `params` (cohort-cell visits, growing as H²): about
 * 200 million for the Bass reduction over a year, 1.1 billion for the default scenario.
 */
export function twinLtvWork(params: Params): number {
  const layout = layoutOf(params);
  return ltvCost(params.horizonDays, layout, initialPopulation(params, layout).length);
}

/**
 * The most LTV work the explorer's worker does for the dashed overlay, in the background after
 * a run (a few seconds on this machine): the reductions get it, the default scenario does not.
 */
export const TWIN_BACKGROUND_LTV_WORK = 2.5e8;

/** Whether the explorer overlays the twin's LTV curve for `params` (it applies, within the budget). */
export function twinOverlayApplies(params: Params): boolean {
  return ltvClaimed(params) && twinLimitations(params).length === 0 && twinLtvWork(params) <= TWIN_BACKGROUND_LTV_WORK;
}

/** The LTV curve is claimed only undiscounted and within its longest horizon. */
function ltvClaimed(params: Params): boolean {
  return params.horizonDays <= LTV_MAX_HORIZON && params.discountRateDaily === 0;
}

/** The twin's curves that charts overlay on the agents' (the contract's `ExpectedCurves`). */
export function expectedCurves(twin: TwinSeries): ExpectedCurves {
  return { ltvRevenue: twin.ltvRevenue, customers: twin.customers };
}

/** Runs the twin over the horizon. Meaningful where `twinLimitations(params)` is empty. */
export function expectedValue(params: Params, options: TwinOptions = {}): TwinSeries {
  const steps = expectedValueInSteps(params, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The twin day by day: yields each day once it is done (0 … H − 1) and returns the series,
 * so that a caller can interleave other work (a worker's heartbeat) between days.
 */
export function* expectedValueInSteps(params: Params, options: TwinOptions = {}): Generator<number, TwinSeries, void> {
  const H = params.horizonDays;
  const plan = planOf(params);
  const conversations = (params.staff * params.conversationsPerStaff) / params.agentWeight;
  const cap = windowCap(params, plan, conversations);
  const layout = layoutOf(params, options.bins);
  const step = new DayStep(params, layout);
  let population = initialPopulation(params, layout);
  let spare = population.map((s) => emptySegment(layout, s.local));

  const wantLtv = options.ltv ?? 'auto';
  // docs/model.md gives the LTV curve undiscounted; with a discount rate it is not claimed.
  const withLtv =
    H <= LTV_MAX_HORIZON &&
    params.discountRateDaily === 0 &&
    (wantLtv === true || (wantLtv === 'auto' && ltvCost(H, layout, population.length) <= LTV_AUTO_BUDGET));

  const series = emptySeries(H, withLtv);
  const outcomes = new DayOutcomes(params, step.rules, cap);

  const cohorts: Segment[][] = [];
  let cohortSpare = population.map((s) => emptySegment(layout, s.local));
  const revenueByAge = new Float64Array(H);
  const leadsByDay = new Float64Array(H);

  for (let t = 0; t < H; t++) {
    const totals = step.totals(population);
    const schedule = scheduleOn(plan, t);
    const map = emptyMap(schedule, layout, population.length);
    const tally = emptyTally();
    const capture = withLtv ? population.map((s) => emptySegment(layout, s.local)) : null;
    step.exposure(population, map, true, totals, capture, tally);
    outcomes.fill(map, totals, conversations, step, population);
    step.operate(population, spare, map, true, true, tally);
    [population, spare] = [spare, population];

    if (withLtv && capture) {
      const scratch = emptyTally();
      for (let c = 0; c < cohorts.length; c++) {
        const cohortTally = emptyTally();
        step.exposure(cohorts[c], map, false, null, null, scratch);
        step.operate(cohorts[c], cohortSpare, map, false, false, cohortTally);
        [cohorts[c], cohortSpare] = [cohortSpare, cohorts[c]];
        revenueByAge[t - c] += cohortTally.revenue;
      }
      const first = emptyTally();
      const born = capture.map((s) => emptySegment(layout, s.local));
      step.operate(capture, born, map, false, false, first);
      revenueByAge[0] += first.revenue;
      cohorts.push(born);
    }

    record(series, t, params, step, population, tally, schedule);
    series.organicMultiplier[t] = map.multiplier;
    leadsByDay[t] = tally.leadsPaid + tally.leadsOrganic + tally.leadsReferral + tally.leadsOffline;
    yield t;
  }
  if (series.ltvRevenue) fillLtv(series.ltvRevenue, revenueByAge, leadsByDay);
  return series;
}

/** A day's map before the pools and the touches fill it. */
function emptyMap(schedule: DaySchedule, layout: Layout, segments: number): DayMap {
  return {
    schedule,
    scanned: 0,
    scanContact: 0,
    referred: 0,
    paid: 0,
    paidLapsed: 0,
    organic: 0,
    organicLapsed: 0,
    multiplier: 1,
    service: Array.from({ length: segments }, () => new Float64Array(layout.groups)),
    branches: [[], []],
    threadAccepted: 1,
    seatAccepted: 1,
  };
}

