/**
 * `npm run sweep` arguments, parsed and checked apart from running, so tests call this in
 * process. Every error is one line naming the option or the field.
 */
import { ExperimentError, parseShard, validateExperiment, type Experiment, type Shard } from '../../models/experiments/index.ts';
import { NODE_IO, readJsonFile, type CliIo } from '../input.ts';
import { CliError } from '../terminal.ts';

export type SweepCommand =
  | { kind: 'help' }
  | {
      kind: 'run';
      file: string;
      experiment: Experiment;
      shard: Shard | null;
      workers: number;
      format: 'json' | 'csv';
      out?: string;
      /** Run even when the estimate is beyond this machine (cli/estimate.ts). */
      force: boolean;
    }
  | { kind: 'merge'; files: string[]; format: 'json' | 'csv'; out?: string };

export const SWEEP_HELP = `Usage:
  npm run sweep -- --experiment FILE.json [--shard i/n] [--workers N] [--format json|csv] [--out FILE] [--force]
  npm run sweep -- merge SHARD.json… [--format json|csv] [--out FILE]

Runs an experiment definition (examples/experiments/*.json) on Node worker threads.
  --experiment FILE  the definition: {kind, scenario?, params?, seed?, replications?, kpi?, …}
                     kinds: replications, sweep1d, sweep2d, sensitivity, budgetSplit, paired
  --shard i/n        run only slice i of n (0 ≤ i < n) and write a shard file for merge
  --workers N        worker threads (default: logical cores)
  --format           json (default) or csv (tidy: one row per run and metric)
  --out FILE         write here (atomically) instead of stdout
  --force            run even when the estimated memory or time is beyond this machine
The definition is read strictly: at most 1 MB, no repeated JSON key, no unknown field.
Each option is given once. Before it runs, an experiment beyond this machine's memory or
an hour is refused with its estimate (unless --force).
merge joins the shard files of one experiment into exactly what one unsharded run writes.
Exit codes: 0 done, 2 bad input (one line on stderr), 1 the run failed.
`;

/** Options that take no value. */
const FLAGS = new Set(['--force']);

export function parseSweepArgs(argv: readonly string[], cores: number, io: CliIo = NODE_IO): SweepCommand {
  const args = [...argv];
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) return { kind: 'help' };
  const merge = args[0] === 'merge';
  if (merge) args.shift();
  const files: string[] = [];
  let file: string | undefined;
  let shardText: string | undefined;
  let workers = Math.max(1, cores);
  let format: 'json' | 'csv' = 'json';
  let out: string | undefined;
  let force = false;
  /** Each option as first given, to refuse a second (`--workers 2 --workers 4`). */
  const given = new Map<string, string>();
  while (args.length > 0) {
    const arg = args.shift()!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? args.shift();
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new CliError(`missing value for ${name}`);
      const shown = `${name} ${v}`;
      const first = given.get(name);
      if (first !== undefined) throw new CliError(`${name} given twice (${first}, then ${shown}); give it once`);
      given.set(name, shown);
      return v;
    };
    if (FLAGS.has(name)) {
      if (inline !== undefined) throw new CliError(`option ${name} takes no value`);
      if (given.has(name)) throw new CliError(`${name} given twice; give it once`);
      given.set(name, name);
    }
    switch (name) {
      case '--experiment':
        if (merge) throw new CliError('--experiment is not an option of merge (merge reads shard files)');
        file = value();
        break;
      case '--shard':
        if (merge) throw new CliError('--shard is not an option of merge');
        shardText = value();
        break;
      case '--workers': {
        const text = value();
        workers = Number(text);
        if (!/^\d+$/.test(text) || workers < 1 || workers > 256) throw new CliError(`invalid --workers: ${text} (expected an integer 1–256)`);
        break;
      }
      case '--format': {
        const text = value();
        if (text !== 'json' && text !== 'csv') throw new CliError(`invalid --format: ${text} (expected json or csv)`);
        format = text;
        break;
      }
      case '--out':
        out = value();
        break;
      case '--force':
        if (merge) throw new CliError('--force is not an option of merge (merge runs nothing)');
        force = true;
        break;
      default:
        if (merge && !name.startsWith('-')) files.push(name);
        else throw new CliError(`unknown option ${name} (see --help)`);
    }
  }
  if (merge) {
    if (files.length === 0) throw new CliError('merge needs one or more shard files');
    return { kind: 'merge', files, format, out };
  }
  if (file === undefined) throw new CliError('missing --experiment FILE.json');
  let shard: Shard | null = null;
  let experiment: Experiment;
  try {
    if (shardText !== undefined) shard = parseShard(shardText);
    experiment = validateExperiment(readJsonFile(file, 'experiment', io));
  } catch (error) {
    if (error instanceof ExperimentError) throw new CliError(`${error.message}${error.field === 'shard' ? '' : ` in ${file}`}`);
    throw error;
  }
  if (shard !== null && format !== 'json') throw new CliError('invalid --format: csv (a shard file is JSON; merge it, then ask for csv)');
  return { kind: 'run', file, experiment, shard, workers, format, out, force };
}
