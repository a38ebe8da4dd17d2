/**
 * Experiments over the model: replications, 1-D and 2-D sweeps, one-at-a-time sensitivity,
 * the budget split and paired comparisons. Pure: a definition expands to ordered run specs,
 * any executor (a browser worker pool, Node worker threads, a batch array job) runs them, and
 * the indexed outputs reduce to one result, the same bits whoever ran what.
 */
export {
  EXPERIMENT_KINDS,
  ExperimentError,
  defaultKpi,
  validateExperiment,
  type ExperimentKind,
  type Axis,
  type Experiment,
  type ReplicationsExperiment,
  type Sweep1dExperiment,
  type Sweep2dExperiment,
  type SensitivityExperiment,
  type BudgetSplitExperiment,
  type PairedExperiment,
} from './definition.ts';
export { KPI_SPECS, KPI_KEYS, kpiSpec, extractKpis, type KpiSpec, type KpiFormat, type KpiRecord } from './kpis.ts';
export {
  axisValues,
  shareValues,
  sensitivityRanges,
  experimentPoints,
  expandRuns,
  runCount,
  type Coords,
  type ExperimentPoint,
  type RunSpec,
  type SensitivityRange,
} from './expand.ts';
export { allocateBudget, budgetSplitParams, type BudgetAllocation, type BudgetSplitSettings } from './budgetSplit.ts';
export {
  RESULT_FORMAT,
  RESULT_VERSION,
  reduceExperiment,
  kpiStats,
  quantileSorted,
  tornado,
  bestShare,
  pairedDifferences,
  pairedDifferenceValues,
  type RunOutput,
  type RunRecord,
  type KpiStats,
  type PointResult,
  type TornadoBar,
  type BestShare,
  type PairedDifference,
  type ExperimentResult,
} from './reduce.ts';
export { tidyRows, experimentCsv, experimentJson, type TidyValue } from './tidy.ts';
export { SHARD_FORMAT, parseShard, shardRange, shardRuns, shardFile, mergeShards, type Shard, type ShardFile } from './shard.ts';
export { executeRun, executeRunFull } from './execute.ts';
