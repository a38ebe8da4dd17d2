/**
 * `npm run sim -- [options]`: run the model from the command line (see `--help`).
 * Exit codes: 0 done, 2 bad input (one line on stderr), 1 the run itself failed.
 */
import { CliError, parseCommand } from './args.ts';
import type { Command } from './args.ts';
import { renderHelp, renderPresetList, renderSchema } from './help.ts';
import { writeFileAtomic } from './output.ts';
import { ParamError } from '../models/params/index.ts';

async function main(argv: readonly string[]): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (error instanceof CliError || error instanceof ParamError) return fail(error.message, 2);
    throw error;
  }
  switch (command.kind) {
    case 'help':
      process.stdout.write(renderHelp());
      return 0;
    case 'schema':
      process.stdout.write(renderSchema());
      return 0;
    case 'list-presets':
      process.stdout.write(renderPresetList(command.format));
      return 0;
    case 'run':
      return run(command);
  }
}

async function run(command: Extract<Command, { kind: 'run' }>): Promise<number> {
  // Loaded only for a run, so help and input errors do not depend on the engine.
  const { simulateReplications, toJson, toCsv } = await import('../models/index.ts');
  const progress = progressReporter();
  let text: string;
  try {
    const result = simulateReplications(command.params, command.seed, command.replications, { onProgress: progress.report });
    text = command.format === 'json' ? `${JSON.stringify(toJson(result))}\n` : toCsv(result);
  } catch (error) {
    progress.clear();
    if (process.env.SIYU_DEBUG) console.error(error);
    return fail(`the run failed: ${(error as Error).message ?? error} (set SIYU_DEBUG=1 for the stack)`, 1);
  }
  progress.clear();
  if (command.out === undefined) {
    process.stdout.write(text);
  } else {
    try {
      writeFileAtomic(command.out, text);
    } catch (error) {
      return fail(`cannot write ${command.out} (${(error as { code?: string }).code ?? (error as Error).message})`, 1);
    }
  }
  return 0;
}

/** A day counter on a terminal's stderr; silent when stderr is a pipe or a file. */
function progressReporter(): { report?: (done: number, total: number) => void; clear: () => void } {
  if (!process.stderr.isTTY) return { clear: () => {} };
  let shown = -1;
  return {
    report: (done, total) => {
      const percent = Math.floor((100 * done) / total);
      if (percent === shown) return;
      shown = percent;
      process.stderr.write(`\rsimulating… ${percent}%`);
    },
    clear: () => {
      if (shown >= 0) process.stderr.write('\r\x1b[K');
    },
  };
}

function fail(message: string, code: number): number {
  process.stderr.write(`error: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  return code;
}

process.exitCode = await main(process.argv.slice(2));
