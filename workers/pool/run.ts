/**
 * One experiment on a pool: expand, execute, reduce. Shared by the app and the CLI so both
 * produce the same result from the same definition.
 */
import { aggregateRuns, type RunResult } from '../../models/index.ts';
import { expandRuns, reduceExperiment, type Experiment, type ExperimentResult, type RunOutput, type RunSpec } from '../../models/experiments/index.ts';
import type { WorkerPool } from './pool.ts';

export interface ExperimentRun {
  result: ExperimentResult;
  /** Replications only: the mean of every series with its 95% band (`aggregateRuns`, index order). */
  aggregate: RunResult | null;
}

export async function runExperiment(
  pool: WorkerPool,
  experiment: Experiment,
  onProgress?: (done: number, total: number) => void,
): Promise<ExperimentRun> {
  const full = experiment.kind === 'replications';
  const outputs = await pool.run(expandRuns(experiment), { full, onProgress });
  const result = reduceExperiment(experiment, outputs.map(({ index, kpis }) => ({ index, kpis })));
  const aggregate = full ? aggregateRuns(outputs.map((o) => o.result as RunResult), experiment.seed) : null;
  return { result, aggregate };
}

/** Only some run specs (a shard): their outputs, in index order. */
export async function runSpecs(
  pool: WorkerPool,
  specs: readonly RunSpec[],
  onProgress?: (done: number, total: number) => void,
): Promise<RunOutput[]> {
  const outputs = await pool.run(specs, { onProgress });
  return outputs.map(({ index, kpis }) => ({ index, kpis }));
}
