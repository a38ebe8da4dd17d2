/**
 * CLV, CAC and ROI as the sources define them: CAC = C / M, CLV = R / M over a time window
 * read at the trade's slices, ROI = CLV / CAC. Small pure functions over cumulative curves.
 */
import { SLICES, SLICE_DAYS, type SliceValues } from '../output/contract.ts';

/** C / M; null when nobody was acquired. */
export function cac(acquisitionSpend: number, size: number): number | null {
  return size > 0 ? acquisitionSpend / size : null;
}

/** CLV / CAC; null when either is missing or CAC is zero (ROI of free users is undefined). */
export function roi(clv: number | null, cacValue: number | null): number | null {
  return clv === null || cacValue === null || cacValue === 0 ? null : clv / cacValue;
}

/**
 * Values at the slices from a per-user cumulative curve: slice dK reads age K−1 (the first
 * K days after acquisition); `first` is given. NaN (unobserved) becomes null.
 */
export function sliceValues(first: number | null, perUserCumulative: Float64Array): SliceValues {
  const out = { first } as SliceValues;
  for (const slice of SLICES) {
    if (slice === 'first') continue;
    const age = SLICE_DAYS[slice] - 1;
    const value = age < perUserCumulative.length ? perUserCumulative[age] : NaN;
    out[slice] = Number.isFinite(value) ? value : null;
  }
  return out;
}

/** ROI at every slice. */
export function roiValues(clv: SliceValues, cacValue: number | null): SliceValues {
  const out = {} as SliceValues;
  for (const slice of SLICES) out[slice] = roi(clv[slice], cacValue);
  return out;
}

/**
 * Payback: the first age at which cumulative margin per user covers CAC; 0 when CAC is 0,
 * null when it never does within what was observed.
 */
export function paybackDay(marginPerUser: Float64Array, cacValue: number | null): number | null {
  if (cacValue === null) return null;
  if (cacValue === 0) return 0;
  for (let age = 0; age < marginPerUser.length; age++) {
    if (marginPerUser[age] >= cacValue) return age;
  }
  return null;
}
