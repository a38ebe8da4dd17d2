/** Executing one run spec: what a worker (browser or Node) does for each run, and nothing else. */
import { simulate } from '../engine/run.ts';
import type { RunOptions } from '../engine/simulation.ts';
import type { RunResult } from '../output/contract.ts';
import type { RunSpec } from './expand.ts';
import { extractKpis } from './kpis.ts';
import type { RunOutput } from './reduce.ts';

/** One run reduced to its KPI record (small enough to post back for every run). */
export function executeRun(spec: RunSpec, options: RunOptions = {}): RunOutput {
  return { index: spec.index, kpis: extractKpis(simulate(spec.params, spec.seed, options)) };
}

/** One run with its whole result too (replications need the series for their mean and band). */
export function executeRunFull(spec: RunSpec, options: RunOptions = {}): RunOutput & { result: RunResult } {
  const result = simulate(spec.params, spec.seed, options);
  return { index: spec.index, kpis: extractKpis(result), result };
}
