/**
 * The reporters: each a small pure function over a finished run's recorded state,
 * registered in one table (Mesa's DataCollector). `collect` assembles the run result.
 */
import type { Simulation } from '../engine/simulation.ts';
import type { Recorder } from '../engine/recorder.ts';
import {
  CHANNELS,
  OUTPUT_VERSION,
  SPEND_CATEGORIES,
  STAGES,
  TIERS,
  type Cohort,
  type DailySeries,
  type Flow,
  type LtvCurve,
  type RunResult,
  type Summary,
} from '../output/contract.ts';
import { STAGE_COUNT } from '../stages.ts';
import { channelCohorts, weekCohorts } from './cohorts.ts';
import { ltvCurves } from './ltv.ts';
import { summarize } from './summary.ts';
import { tallyAgents, type Tallies } from './tallies.ts';

export * from './clv.ts';
export { breakEvenDay, profitByMonth, MONTH_DAYS } from './summary.ts';

interface RunState {
  rec: Recorder;
  tallies: Tallies;
}

function series({ rec }: RunState): DailySeries {
  const byName = <K extends string>(names: readonly K[], arrays: Float64Array[]) =>
    Object.fromEntries(names.map((name, i) => [name, arrays[i]])) as Record<K, Float64Array>;
  return {
    day: Float64Array.from({ length: rec.horizon }, (_, day) => day),
    stages: byName(STAGES, rec.stages),
    tiers: byName(TIERS, rec.tiers),
    impressions: { paid: rec.impressionsPaid, organic: rec.impressionsOrganic },
    leads: byName(CHANNELS, rec.leads),
    customers: rec.customers,
    orders: rec.orders,
    revenue: rec.revenue,
    privateRevenue: rec.privateRevenue,
    margin: rec.margin,
    discounts: rec.discounts,
    spend: byName(SPEND_CATEGORIES, rec.spend),
    profitCumulative: rec.profitCumulative,
    organicMultiplier: rec.organicMultiplier,
    effectiveCac: rec.effectiveCac,
  };
}

function cohorts({ rec }: RunState): Cohort[] {
  return [...channelCohorts(rec), ...weekCohorts(rec)];
}

function flows({ rec }: RunState): Flow[] {
  const out: Flow[] = [];
  for (let from = 0; from < STAGE_COUNT; from++) {
    for (let to = 0; to < STAGE_COUNT; to++) {
      // Every pair of distinct stages, zeros included, so replications align one to one.
      if (from !== to) out.push({ from: STAGES[from], to: STAGES[to], count: rec.flows[from * STAGE_COUNT + to] * rec.weight });
    }
  }
  return out;
}

function ltv({ rec }: RunState): LtvCurve[] {
  return ltvCurves(rec);
}

/** The reporter table. `summary` reads the `all` and `paid` channel cohorts. */
export const REPORTERS = { series, cohorts, ltv, flows } as const;

/** The result of a finished simulation. */
export function collect(sim: Simulation): RunResult {
  const state: RunState = { rec: sim.recorder, tallies: tallyAgents(sim.population, sim.recorder.horizon) };
  const cohortList = REPORTERS.cohorts(state);
  const all = cohortList.find((c) => c.key === 'all')!;
  const paid = cohortList.find((c) => c.key === 'paid')!;
  const summary: Summary = summarize(state.rec, all, paid, state.tallies);
  return {
    version: OUTPUT_VERSION,
    seed: sim.seed,
    replications: 1,
    params: { ...sim.params },
    summary,
    series: REPORTERS.series(state),
    cohorts: cohortList,
    ltv: REPORTERS.ltv(state),
    flows: REPORTERS.flows(state),
  };
}
