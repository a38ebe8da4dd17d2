/**
 * The twin's LTV curve (docs/model.md#cohorts-and-slices): each day's leads are followed as a
 * cohort of their own, stepped with the day's probabilities; the revenue each cohort makes at
 * each age is pooled and divided by the leads observed at that age.
 */
import type { Layout } from './population.ts';

/** Cohort-cell visits of the age-structured LTV (its cost grows as H²). */
export function ltvCost(H: number, layout: Layout, segments: number): number {
  return ((H * (H + 1)) / 2) * layout.cells * segments;
}

/**
 * The LTV curve's right-censoring: the revenue added at age a is divided by the leads of
 * days 0 … H − 1 − a (the ones observed at that age); the curve is the running sum.
 */
export function fillLtv(out: Float64Array, revenueByAge: Float64Array, leadsByDay: Float64Array): void {
  const H = out.length;
  const observedThrough = new Float64Array(H);
  let running = 0;
  for (let c = 0; c < H; c++) observedThrough[c] = running += leadsByDay[c];
  let cumulative = 0;
  for (let a = 0; a < H; a++) {
    const observed = observedThrough[H - 1 - a];
    cumulative += observed > 0 ? revenueByAge[a] / observed : NaN;
    out[a] = cumulative;
  }
}

