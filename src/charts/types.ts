/** Types shared by the chart components (legends, read-outs, scenario names). */

/** How a legend or read-out row draws its key. */
export type MarkKind = 'line' | 'dashed' | 'dotted' | 'area' | 'swatch' | 'dot' | 'band';

/** One legend entry. */
export interface LegendItem {
  label: string;
  colour: string;
  mark: MarkKind;
}

/** One row of a hover read-out: a series' value under scenario A and, if compared, B. */
export interface ReadoutRow {
  label: string;
  colour?: string;
  mark?: MarkKind;
  /** Formatted value in scenario A. */
  a: string;
  /** Formatted value in scenario B (only with a comparison). */
  b?: string;
  /** A detail of the row above (its interval, its expected value): indented. */
  indent?: boolean;
}

/** What a read-out shows at one index: a heading (the day, the flow) and rows. */
export interface ReadoutData {
  title: string;
  rows: ReadoutRow[];
}

/** Names of the two scenarios in legends and read-outs; default "A" and "B". */
export interface ScenarioNames {
  a: string;
  b: string;
}

/** Stroke dash patterns: B (comparison) dashed, the expected-value twin dotted. */
export const DASH = { compare: '6 4', twin: '2 3' } as const;
