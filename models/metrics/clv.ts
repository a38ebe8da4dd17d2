/**
 * CAC, CLV and ROI as docs/model.md#metrics defines them: CAC = C / M per lead and per
 * customer, CLV = R / M over a time window read at the trade's slices, ROI = CLV / CAC, on
 * revenue and on margin with the fully-loaded cost. Small pure functions.
 */
import { SLICES, SLICE_DAYS, type SliceValues } from '../output/contract.ts';

/** Spend / count; null when nothing was spent ("free") or the count is 0. */
export function costPer(spend: number, count: number): number | null {
  return spend > 0 && count > 0 ? spend / count : null;
}

/** a / b; null when either is missing or b is 0. */
export function ratio(a: number | null, b: number | null): number | null {
  return a === null || b === null || b === 0 ? null : a / b;
}

/** A cumulative curve at the age a slice dK reads (K − 1, the first K days); null when unobserved. */
export function atSlice(curve: Float64Array, slice: Exclude<(typeof SLICES)[number], 'first'>): number | null {
  const age = SLICE_DAYS[slice] - 1;
  const value = age < curve.length ? curve[age] : NaN;
  return Number.isFinite(value) ? value : null;
}

/** Values at the slices from a per-lead cumulative curve; `first` is given. */
export function sliceValues(first: number | null, perLead: Float64Array): SliceValues {
  const out = { first } as SliceValues;
  for (const slice of SLICES) if (slice !== 'first') out[slice] = atSlice(perLead, slice);
  return out;
}

/**
 * Payback: the first age at which cumulative margin per lead covers the cost per lead plus
 * the opex per lead incurred so far; null when nothing was spent on acquisition (nothing to
 * pay back) or it never does within what was observed.
 */
export function paybackDay(marginPerLead: Float64Array, opexPerLead: Float64Array, cacPerLead: number | null): number | null {
  if (cacPerLead === null) return null;
  for (let age = 0; age < marginPerLead.length; age++) {
    if (marginPerLead[age] - opexPerLead[age] >= cacPerLead) return age;
  }
  return null;
}
