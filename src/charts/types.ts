/**
 * Types shared by the chart components (legends, read-outs, scenario names).
 *
 * Every chart draws a `primary` result (the current one) and, in compare mode, a `pinned` one
 * (the result pinned for comparison): the primary solid, the pinned dashed or outlined. The UI
 * names the pinned result "A" and the current one "B" (B − A is the effect of a change).
 */

/** How a legend or read-out row draws its key. */
export type MarkKind = 'line' | 'dashed' | 'dotted' | 'area' | 'swatch' | 'dot' | 'band';

/** One legend entry. */
export interface LegendItem {
  label: string;
  colour: string;
  mark: MarkKind;
}

/** One row of a hover read-out: a series' value in the primary result and, if compared, the pinned one. */
export interface ReadoutRow {
  label: string;
  colour?: string;
  mark?: MarkKind;
  /** Formatted value in the primary (current) result. */
  primary: string;
  /** Formatted value in the pinned result (only in compare mode). */
  pinned?: string;
  /** A detail of the row above (its interval, its expected value): indented. */
  indent?: boolean;
}

/** What a read-out shows at one index: a heading (the day, the flow) and rows. */
export interface ReadoutData {
  title: string;
  rows: ReadoutRow[];
}

/** Names of the two results in legends and read-outs. */
export interface ScenarioNames {
  /** The primary (current) result's name; "B" in the UI's compare mode. */
  primary: string;
  /** The pinned result's name; "A" in the UI's compare mode. */
  pinned: string;
}

/** The names a chart uses unless it is given others: the UI's, pinned A and current B. */
export const DEFAULT_NAMES: ScenarioNames = { primary: 'B', pinned: 'A' };

/** Stroke dash patterns of the `dashed` and `dotted` marks: the pinned result is dashed, the expected-value twin dotted. */
export const DASH = { dashed: '6 4', dotted: '2 3' } as const;
