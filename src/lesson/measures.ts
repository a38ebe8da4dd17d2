/**
 * Numbers the lesson's steps read off runs (and the small runs their scenarios use):
 * plain functions of run results, so every answer is computed, never written in.
 */
import { MODE_PRESETS, defaultParams, presetById, validateParams, type Params, type RunResult } from '../../models/index.ts';
import type { LessonRun } from './step.ts';

/** The default scenario, read from the schema (so the scaling below follows its defaults). */
const DEFAULTS: Params = defaultParams();

/**
 * The default market run with `agents` agents: the same people and money in real units, each
 * agent standing for more people (docs/model.md#scale), so a small, quick run behaves like the
 * default one within Monte-Carlo error.
 */
export function scaled(agents: number): Partial<Params> {
  const agentWeight = Math.max(1, Math.round(DEFAULTS.population / agents));
  return { population: agentWeight * agents, agentWeight };
}

/** The public-only strategy of the presets on top of `base`: all budget on ads, no operations. */
export function publicOnly(base: Params): Params {
  return validateParams(presetById('public-only')?.overrides ?? {}, base);
}

export function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) total += values[i];
  return total;
}

/** Index of the largest value (first one on ties). */
export function argmax(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}

/** The Bass model's share adopted by day t: F(t) = (1 − e^{−(p+q)t}) / (1 + (q/p) e^{−(p+q)t}). */
export function bassF(p: number, q: number, t: number): number {
  if (p <= 0) return 0;
  const e = Math.exp(-(p + q) * t);
  return (1 - e) / (1 + (q / p) * e);
}

/** Day of the Bass model's adoption peak, t* = ln(q/p) / (p + q); 0 when q ≤ p. */
export function bassPeakDay(p: number, q: number): number {
  return q > p && p > 0 ? Math.log(q / p) / (p + q) : 0;
}

/** Bass p of a paid-only market priced by CAC (docs/model.md#correctness-anchors): budget / (baseCac × N). */
export function bassP(params: Params): number {
  return params.paidBudgetDaily / (params.baseCac * params.population);
}


/** The last element. */
export const last = (values: ArrayLike<number>) => values[values.length - 1];

/**
 * The cost of a paid lead week by week: the week's ad spend over the week's paid leads (a
 * ratio of sums, not a mean of daily ratios: with few leads a day, days without a lead would
 * drop out and the mean of spend / leads would lean on the days with the most). Weeks without
 * a paid lead are skipped; x is the week's last day + 1.
 */
export function weeklyPaidCac(r: RunResult): { x: number[]; y: number[] } {
  const x: number[] = [];
  const y: number[] = [];
  const { spend, leads } = r.series;
  for (let start = 0; start + 7 <= leads.paid.length; start += 7) {
    let cost = 0;
    let people = 0;
    for (let d = start; d < start + 7; d++) {
      cost += spend.ads[d];
      people += leads.paid[d];
    }
    if (people > 0) {
      x.push(start + 7);
      y.push(cost / people);
    }
  }
  return { x, y };
}

/** Cost of a paid lead in the last week with paid leads over the first week's. */
export function cacRise(r: RunResult): number {
  const weeks = weeklyPaidCac(r);
  return weeks.y.length > 0 ? last(weeks.y) / weeks.y[0] : NaN;
}

export function tierEnd(r: RunResult): [number, number, number] {
  return [last(r.series.tiers.passerby), last(r.series.tiers.affinity), last(r.series.tiers.trueLove)];
}

/** First day (1-based) with the most new adopters (first purchases). */
export function adoptionPeakDay(r: RunResult): number {
  const customers = r.series.customers;
  let best = 0;
  let bestGain = -Infinity;
  for (let d = 0; d < customers.length; d++) {
    const gain = customers[d] - (d > 0 ? customers[d - 1] : 0);
    if (gain > bestGain) {
      bestGain = gain;
      best = d;
    }
  }
  return best + 1;
}

/** Largest |simulated − closed-form| share adopted over the horizon. */
export function bassGap(r: RunResult): number {
  const p = bassP(r.params);
  const q = r.params.referralRate;
  let gap = 0;
  for (let d = 0; d < r.series.customers.length; d++) {
    gap = Math.max(gap, Math.abs(r.series.customers[d] / r.params.population - bassF(p, q, d + 1)));
  }
  return gap;
}

export function cumulative(values: ArrayLike<number>): number[] {
  let total = 0;
  return Array.from(values, (v) => (total += v));
}

export function paidCohort(r: RunResult) {
  return r.cohorts.find((c) => c.kind === 'channel' && c.channel === 'paid');
}

/** The first slice at which the paid cohort's revenue ROI reaches 1, or null. */
export function paidPaybackSlice(r: RunResult): string | null {
  const roi = paidCohort(r)?.roi;
  if (!roi) return null;
  for (const slice of ['first', 'd7', 'd30', 'd60', 'd90', 'd180'] as const) {
    const value = roi[slice];
    if (value !== null && value >= 1) return slice;
  }
  return null;
}

/** Revenue with a private domain over revenue on ads only, per mode (runs 1.. in pairs). */
export function modeLift(run: LessonRun): number[] {
  return MODE_PRESETS.map((_, i) => {
    const hybrid = run.results[1 + 2 * i].summary.revenue;
    const adsOnly = run.results[2 + 2 * i].summary.revenue;
    return hybrid / Math.max(1, adsOnly);
  });
}
