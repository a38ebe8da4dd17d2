/**
 * `npm run sim -- [options]`: run the model from the command line (see `--help`).
 * Exit codes: 0 done, 2 bad input (one line on stderr: a bad flag or file, an `--out` that
 * cannot be written, a run beyond this machine without `--force`), 1 the run itself failed.
 */
import { parseCommand } from './args.ts';
import type { Command } from './args.ts';
import { renderHelp, renderPresetList, renderSchema } from './help.ts';
import { checkOutput, writeOutput } from './output.ts';
import { CliError, EXIT, fail, failRun, progressReporter } from './terminal.ts';
import { ParamError } from '../models/params/index.ts';

async function main(argv: readonly string[]): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
    if (command.kind === 'run') {
      checkOutput(command.out);
      // Loaded only for a run (it reads the model's sizes), so help and input errors do not depend on the engine.
      const { checkEstimate, estimateSim, machineLimits } = await import('./estimate.ts');
      checkEstimate(estimateSim(command.params, command.replications), machineLimits(), command.force);
    }
  } catch (error) {
    if (error instanceof CliError || error instanceof ParamError) return fail(error.message, EXIT.badInput);
    throw error;
  }
  switch (command.kind) {
    case 'help':
      process.stdout.write(renderHelp());
      return EXIT.ok;
    case 'schema':
      process.stdout.write(renderSchema());
      return EXIT.ok;
    case 'list-presets':
      process.stdout.write(renderPresetList(command.format));
      return EXIT.ok;
    case 'run':
      return run(command);
  }
}

async function run(command: Extract<Command, { kind: 'run' }>): Promise<number> {
  // Loaded only for a run, so help and input errors do not depend on the engine.
  const { simulateReplications, toJson, toCsv } = await import('../models/index.ts');
  const progress = progressReporter((done, total) => `simulating… ${Math.floor((100 * done) / total)}%`);
  let text: string;
  try {
    const result = simulateReplications(command.params, command.seed, command.replications, { onProgress: progress.report });
    text = command.format === 'json' ? `${JSON.stringify(toJson(result))}\n` : toCsv(result);
  } catch (error) {
    progress.clear();
    return failRun('the run', error);
  }
  progress.clear();
  return writeOutput(text, command.out);
}

process.exitCode = await main(process.argv.slice(2));
