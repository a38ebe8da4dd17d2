/** Chart math: plain TypeScript, no DOM. The components and their tests import from here. */
export { finiteExtent, niceDomain, type NiceDomainOptions } from './extent.ts';
export { tickCount, linearTicks, integerTicks, chartMargins, type Tick, type Margins } from './ticks.ts';
export {
  clampIndex,
  indexAtPosition,
  nearestIndex,
  stepIndex,
  alongX,
  atPositions,
  type HoverGeometry,
  type PlotOrigin,
  type IndexScale,
} from './nearest.ts';
export { STAGE_STACK_ORDER, TIER_STACK_ORDER, stackSeries, stackTotal } from './stack.ts';
export { weekBins, binSum, weeklyMoney, type WeekBin, type WeeklyMoney } from './weekly.ts';
export {
  STAGE_RANK,
  sankeyGraph,
  isAcyclic,
  returnNodeId,
  nodeTotals,
  linkEdgesPath,
  type SankeyNodeDatum,
  type SankeyLinkDatum,
  type SankeyGraphData,
} from './sankeyGraph.ts';
export {
  STAGE_COLOURS,
  TIER_COLOURS,
  CHANNEL_COLOURS,
  SPEND_COLOURS,
  MARK_COLOURS,
  ordinalColour,
  sequentialCellColour,
  divergingCellColour,
  luminance,
  textColourOn,
  type CellColour,
} from './colour.ts';
export { orderCohorts, measureOf, cohortColours, type CohortMeasure, type CohortColours } from './cohorts.ts';
export { firstCrossing, paybackPoints, ltvLength, ltvYDomain, type LtvMetric, type PaybackPoint } from './ltv.ts';
export { declutter } from './declutter.ts';
export { placeLabels, textWidth, type Box, type LabelRequest } from './labelPlacement.ts';
