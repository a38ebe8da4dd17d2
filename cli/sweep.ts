/**
 * `npm run sweep -- --experiment FILE.json`: run an experiment definition on Node worker
 * threads; `--shard i/n` runs one slice, `merge` joins the slices (see `--help`).
 * Exit codes: 0 done, 2 bad input (one line on stderr), 1 the run failed.
 */
import { availableParallelism } from 'node:os';
import { SWEEP_HELP, SweepCliError, parseSweepArgs, readJson, type SweepCommand } from './sweep/args.ts';
import { writeFileAtomic } from './output.ts';
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
  } catch (error) {
    if (error instanceof SweepCliError) return fail(error.message, 2);
    throw error;
  }
  if (command.kind === 'help') {
    process.stdout.write(SWEEP_HELP);
    return 0;
  }
  if (command.kind === 'merge') {
    let result: ExperimentResult;
    try {
      result = mergeShards(command.files.map((name) => ({ name, json: readJson(name, 'shard file') })));
    } catch (error) {
      if (error instanceof SweepCliError || error instanceof ExperimentError) return fail(error.message, 2);
      throw error;
    }
    return write(command.format === 'csv' ? experimentCsv(result) : experimentJson(result), command.out);
  }
  const { createNodePool } = await import('../workers/pool/node.ts');
  const { runSpecs } = await import('../workers/pool/run.ts');
  const specs = command.shard ? shardRuns(command.experiment, command.shard) : expandRuns(command.experiment);
  const pool = createNodePool(Math.min(command.workers, Math.max(1, specs.length)));
  const progress = progressReporter();
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
    if (process.env.SIYU_DEBUG) console.error(error);
    return fail(`the experiment failed: ${(error as Error).message ?? error} (set SIYU_DEBUG=1 for the stack)`, 1);
  } finally {
    pool.terminate();
  }
  progress.clear();
  return write(text, command.out);
}

function write(text: string, out: string | undefined): number {
  if (out === undefined) {
    process.stdout.write(text);
    return 0;
  }
  try {
    writeFileAtomic(out, text);
  } catch (error) {
    return fail(`cannot write ${out} (${(error as { code?: string }).code ?? (error as Error).message})`, 1);
  }
  return 0;
}

/** A run counter on a terminal's stderr; silent when stderr is a pipe or a file. */
function progressReporter(): { report?: (done: number, total: number) => void; clear: () => void } {
  if (!process.stderr.isTTY) return { clear: () => {} };
  let shown = false;
  return {
    report: (done, total) => {
      shown = true;
      process.stderr.write(`\rruns ${done}/${total}`);
    },
    clear: () => {
      if (shown) process.stderr.write('\r\x1b[K');
    },
  };
}

function fail(message: string, code: number): number {
  process.stderr.write(`error: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  return code;
}

process.exitCode = await main(process.argv.slice(2));
