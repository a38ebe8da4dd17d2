/**
 * Cohort table logic: row order, the measure shown at each slice, and the heat colours of
 * its cells. The component only lays the table out.
 */
import { interpolateBlues, interpolateGreens, interpolateOranges } from 'd3';
import { CHANNELS, SLICES, type Cohort, type SliceValues } from '../../../models/output/contract.ts';
import { divergingCellColour, sequentialCellColour, type CellColour } from './colour.ts';

/** What the slice columns show: revenue or margin CLV, or the ROI on either. */
export type CohortMeasure = 'clv' | 'clvMargin' | 'roi' | 'roiMargin';

/** Whether `measure` is a return on acquisition cost (a ratio), not an amount. */
export function isRoiMeasure(measure: CohortMeasure): boolean {
  return measure === 'roi' || measure === 'roiMargin';
}

/** The slice values of `measure` for one cohort. */
export function measureOf(cohort: Cohort, measure: CohortMeasure): SliceValues {
  return cohort[measure];
}

/**
 * Channel cohorts first (in the contract's channel order, 'all' last among them), then the
 * weekly cohorts by start day. Stable for anything else; the input is not modified.
 */
export function orderCohorts(cohorts: readonly Cohort[]): Cohort[] {
  const channelRank = (c: Cohort) => {
    const i = (CHANNELS as readonly string[]).indexOf(c.channel);
    return i < 0 ? CHANNELS.length : i;
  };
  return cohorts
    .map((c, i) => ({ c, i }))
    .sort((a, b) => {
      const ka = a.c.kind === 'channel' ? 0 : 1;
      const kb = b.c.kind === 'channel' ? 0 : 1;
      if (ka !== kb) return ka - kb;
      if (ka === 0) return channelRank(a.c) - channelRank(b.c) || a.i - b.i;
      return (a.c.startDay ?? Infinity) - (b.c.startDay ?? Infinity) || a.i - b.i;
    })
    .map(({ c }) => c);
}

/**
 * Whether a cohort's missing CAC means "free": it has leads and nothing was spent acquiring
 * them (organic, or a channel that has not paid yet). A cohort without leads has no CAC at all,
 * and one that spent but has no customers has no CAC per customer: neither is free.
 */
export function isFree(cohort: Pick<Cohort, 'size' | 'acquisitionSpend'>): boolean {
  return cohort.size > 0 && cohort.acquisitionSpend === 0;
}

/** Heat colours for the coloured columns of the table. */
export interface CohortColours {
  /** All slice cells of the measure share one scale, so growth along a row shows. */
  slice: CellColour;
  /** Higher CAC darker (costlier). */
  cac: CellColour;
  /** Higher repurchase rate darker. */
  repurchase: CellColour;
  /** Earlier payback darker (better). */
  payback: CellColour;
}

/**
 * The colour scales for `cohorts` showing `measure`. ROI diverges around 1 (below 1 the
 * cohort has not paid back its acquisition cost); a CLV with negative values (margin net of
 * retention cost early on) diverges around 0; otherwise CLV is sequential.
 */
export function cohortColours(cohorts: readonly Cohort[], measure: CohortMeasure): CohortColours {
  const values = cohorts.flatMap((c) => SLICES.map((s) => measureOf(c, measure)[s]));
  let slice: CellColour;
  if (isRoiMeasure(measure)) slice = divergingCellColour(values, 1);
  else if (values.some((v) => v !== null && v < 0)) slice = divergingCellColour(values, 0);
  else slice = sequentialCellColour(values, interpolateBlues);
  return {
    slice,
    cac: sequentialCellColour(cohorts.map((c) => c.cacPerLead), interpolateOranges),
    repurchase: sequentialCellColour(cohorts.map((c) => c.repurchaseRate90), interpolateGreens),
    payback: sequentialCellColour(cohorts.map((c) => c.paybackDay), interpolateGreens, { reverse: true }),
  };
}
