/**
 * `npm run sweep -- --experiment FILE.json`: run an experiment definition on Node worker
 * threads; `--shard i/n` runs one slice, `merge` joins the slices (see `--help`).
 * Exit codes: 0 done, 2 bad input (one line on stderr: a bad option or definition, an `--out`
 * that cannot be written, an experiment beyond this machine without `--force`), 1 the run failed.
 */
import { availableParallelism } from 'node:os';
import { SWEEP_HELP, parseSweepArgs, type SweepCommand } from './sweep/args.ts';
import { checkEstimate, estimateSweep, machineLimits } from './estimate.ts';
import { readJsonFile } from './input.ts';
import { checkOutput, writeOutput } from './output.ts';
import { CliError, EXIT, fail, failRun, progressReporter } from './terminal.ts';
import {
  ExperimentError,
  expandRuns,
  experimentCsv,
  experimentJson,
  mergeShards,
  reduceExperiment,
  shardFile,
  shardRuns,
  type ExperimentResult,
} from '../models/experiments/index.ts';

async function main(argv: readonly string[]): Promise<number> {
  let command: SweepCommand;
  try {
    command = parseSweepArgs(argv, availableParallelism());
    if (command.kind !== 'help') checkOutput(command.out);
  } catch (error) {
    if (error instanceof CliError) return fail(error.message, EXIT.badInput);
    throw error;
  }
  if (command.kind === 'help') {
    process.stdout.write(SWEEP_HELP);
    return EXIT.ok;
  }
  if (command.kind === 'merge') {
    let result: ExperimentResult;
    try {
      // Shard files are written by --shard, not by hand, and grow with the runs: no size cap.
      result = mergeShards(command.files.map((name) => ({ name, json: readJsonFile(name, 'shard file', undefined, Infinity) })));
    } catch (error) {
      if (error instanceof CliError || error instanceof ExperimentError) return fail(error.message, EXIT.badInput);
      throw error;
    }
    return writeOutput(command.format === 'csv' ? experimentCsv(result) : experimentJson(result), command.out);
  }
  const specs = command.shard ? shardRuns(command.experiment, command.shard) : expandRuns(command.experiment);
  try {
    checkEstimate(estimateSweep(specs, command.workers), machineLimits(), command.force);
  } catch (error) {
    if (error instanceof CliError) return fail(error.message, EXIT.badInput);
    throw error;
  }
  const { createNodePool } = await import('../workers/pool/node.ts');
  const { runSpecs } = await import('../workers/pool/run.ts');
  const pool = createNodePool(Math.min(command.workers, Math.max(1, specs.length)));
  const progress = progressReporter((done, total) => `runs ${done}/${total}`);
  let text: string;
  try {
    const outputs = await runSpecs(pool, specs, progress.report);
    if (command.shard) {
      text = `${JSON.stringify(shardFile(command.experiment, command.shard, outputs), null, 2)}\n`;
    } else {
      const result = reduceExperiment(command.experiment, outputs);
      text = command.format === 'csv' ? experimentCsv(result) : experimentJson(result);
    }
  } catch (error) {
    progress.clear();
    return failRun('the experiment', error);
  } finally {
    pool.terminate();
  }
  progress.clear();
  return writeOutput(text, command.out);
}

process.exitCode = await main(process.argv.slice(2));
