/** Small experiments run in this process (no pool): a definition's result, as the view gets it. */
import { aggregateRuns, type RunResult } from '../../../models/index.ts';
import {
  executeRunFull,
  expandRuns,
  reduceExperiment,
  validateExperiment,
  type ExperimentResult,
} from '../../../models/experiments/index.ts';

/** A market small enough that a run takes milliseconds: 2,000 people, one agent each. */
export const TINY = { population: 2_000, agentWeight: 1, horizonDays: 40 } as const;

export function runInProcess(input: Record<string, unknown>): { result: ExperimentResult; aggregate: RunResult | null } {
  const experiment = validateExperiment({ ...input, params: { ...TINY, ...(input.params as object | undefined) } });
  const outputs = expandRuns(experiment).map((spec) => executeRunFull(spec));
  const result = reduceExperiment(experiment, outputs.map(({ index, kpis }) => ({ index, kpis })));
  const aggregate = experiment.kind === 'replications' ? aggregateRuns(outputs.map((o) => o.result), experiment.seed) : null;
  return { result, aggregate };
}
