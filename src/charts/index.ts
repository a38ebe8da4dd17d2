/**
 * The charts' public surface. Components take data and size as props and render SVG (or a
 * table); the math behind them is plain TypeScript in `math/`.
 */
export { default as ChartFrame } from './ChartFrame.svelte';
export { default as LtvCurves } from './LtvCurves.svelte';
export { default as StageArea } from './StageArea.svelte';
export { default as FunnelSankey } from './FunnelSankey.svelte';
export { default as MoneyChart } from './MoneyChart.svelte';
export { default as CohortTable } from './CohortTable.svelte';
export { default as Legend } from './Legend.svelte';
export { default as HoverPlot } from './HoverPlot.svelte';

export {
  MISSING,
  formatNumber,
  formatMoney,
  formatPercent,
  formatRatio,
  formatDay,
  type Lang,
} from './format.ts';
export { LABELS, labelsFor, ltvCurveLabel, cohortLabel, type ChartLabels } from './labels.ts';
export type { LegendItem, ReadoutRow, ReadoutData, ScenarioNames, MarkKind } from './types.ts';
export { DEFAULT_NAMES } from './types.ts';
export type { CohortMeasure, LtvMetric, HoverGeometry, PlotOrigin } from './math/index.ts';
export { alongX, atPositions } from './math/index.ts';
export { STAGE_COLOURS, TIER_COLOURS, CHANNEL_COLOURS, SPEND_COLOURS } from './math/index.ts';
