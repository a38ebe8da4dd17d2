/**
 * What one pool worker exposes: run one spec of an experiment and return its KPI record (and,
 * when asked, the whole result with its typed arrays transferred). Thin on purpose: the
 * experiment logic lives in models/experiments, the scheduling in pool.ts.
 */
import * as Comlink from 'comlink';
import { executeRun, executeRunFull, type RunOutput, type RunSpec } from '../../models/experiments/index.ts';
import type { RunResult } from '../../models/index.ts';
import { collectTransferables } from '../transfer.ts';

export type PoolRunOutput = RunOutput & { result?: RunResult };

export interface PoolWorkerApi {
  /** Runs one spec; `full` also returns the whole RunResult (replications need the series). */
  run(spec: RunSpec, full: boolean): PoolRunOutput;
  /** Resolves once the worker has loaded. */
  ping(): 'pong';
}

export const poolWorkerApi: PoolWorkerApi = {
  run(spec, full) {
    if (!full) return executeRun(spec);
    const output = executeRunFull(spec);
    return Comlink.transfer(output, collectTransferables(output.result));
  },
  ping() {
    return 'pong';
  },
};
