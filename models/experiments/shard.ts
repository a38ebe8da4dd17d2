/**
 * Sharding: a big experiment split into `n` slices of its ordered runs, run apart (an array
 * job on Kubernetes or Slurm), and merged back. The merge reduces the union of the slices in
 * index order, so its output is byte-for-byte what one unsharded run writes.
 *
 * Shards are numbered from 0 (`--shard 0/4` … `--shard 3/4`), like Kubernetes'
 * `JOB_COMPLETION_INDEX`; slice `i` of `n` holds runs `⌊total·i/n⌋` up to `⌊total·(i+1)/n⌋ − 1`.
 */
import { ExperimentError, validateExperiment, type Experiment } from './definition.ts';
import { expandRuns, runCount } from './expand.ts';
import { KPI_KEYS } from './kpis.ts';
import { reduceExperiment, type ExperimentResult, type RunOutput } from './reduce.ts';

export const SHARD_FORMAT = 'siyu-lab/experiment-shard';

export interface Shard {
  /** 0-based slice number, < count. */
  index: number;
  count: number;
}

export interface ShardFile {
  format: typeof SHARD_FORMAT;
  version: 1;
  definition: Experiment;
  shard: Shard;
  /** Runs in the experiment (all shards together). */
  totalRuns: number;
  runs: RunOutput[];
}

/** Parses `i/n` (0 ≤ i < n ≤ 100000). @throws ExperimentError on field `shard` */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || count > 100_000 || index >= count) {
    throw new ExperimentError('shard', text, 'i/n with 0 ≤ i < n, e.g. 0/4 (shards count from 0)');
  }
  return { index, count };
}

/** The half-open range of run indexes in one shard. */
export function shardRange(total: number, shard: Shard): { start: number; end: number } {
  return { start: Math.floor((total * shard.index) / shard.count), end: Math.floor((total * (shard.index + 1)) / shard.count) };
}

/** The run specs of one shard. */
export function shardRuns(experiment: Experiment, shard: Shard) {
  const runs = expandRuns(experiment);
  const { start, end } = shardRange(runs.length, shard);
  return runs.slice(start, end);
}

export function shardFile(experiment: Experiment, shard: Shard, runs: RunOutput[]): ShardFile {
  const sorted = [...runs].sort((a, b) => a.index - b.index);
  return { format: SHARD_FORMAT, version: 1, definition: experiment, shard, totalRuns: runCount(experiment), runs: sorted };
}

/** A normalized definition back to input form (to re-validate a definition read from a file). */
function asInput(experiment: Experiment): Record<string, unknown> {
  const { base, ...rest } = experiment as Experiment & Record<string, unknown>;
  return { ...rest, params: base };
}

function checkShardFile(value: unknown, name: string): ShardFile {
  const file = value as Partial<ShardFile> | null;
  if (typeof file !== 'object' || file === null || file.format !== SHARD_FORMAT) {
    throw new ExperimentError(`${name}: format`, file && (file as { format?: unknown }).format, `"${SHARD_FORMAT}" (a file written with --shard)`);
  }
  let definition: Experiment;
  try {
    definition = validateExperiment(asInput(file.definition as Experiment));
  } catch (error) {
    if (error instanceof ExperimentError) throw new ExperimentError(`${name}: definition.${error.field}`, undefined, 'a valid experiment');
    throw error;
  }
  if (JSON.stringify(definition) !== JSON.stringify(file.definition)) {
    throw new ExperimentError(`${name}: definition`, '…', 'a normalized definition as written by --shard');
  }
  if (!Array.isArray(file.runs)) throw new ExperimentError(`${name}: runs`, file.runs, 'an array of runs');
  file.runs.forEach((run, i) => {
    if (typeof run !== 'object' || run === null || !Number.isInteger(run.index) || typeof run.kpis !== 'object' || run.kpis === null) {
      throw new ExperimentError(`${name}: runs[${i}]`, run, 'a run {index, kpis}');
    }
    for (const key of KPI_KEYS) {
      const v = run.kpis[key];
      if (v !== null && !(typeof v === 'number' && Number.isFinite(v))) throw new ExperimentError(`${name}: runs[${i}].kpis.${key}`, v, 'a finite number or null');
    }
  });
  return { ...(file as ShardFile), definition };
}

/**
 * Merges shard files into the experiment's result: the same object (and so the same bytes)
 * as reducing one unsharded run. Every run must be present exactly once across the files.
 * @param files parsed JSON of each shard file, with a name for error messages
 * @throws ExperimentError naming the file and field
 */
export function mergeShards(files: readonly { name: string; json: unknown }[]): ExperimentResult {
  if (files.length === 0) throw new ExperimentError('merge', [], 'one or more shard files');
  const shards = files.map((f) => checkShardFile(f.json, f.name));
  const first = JSON.stringify(shards[0].definition);
  const total = runCount(shards[0].definition);
  const seen = new Map<number, string>();
  const outputs: RunOutput[] = [];
  shards.forEach((shard, i) => {
    if (JSON.stringify(shard.definition) !== first) {
      throw new ExperimentError(`${files[i].name}: definition`, '…', `the same experiment as ${files[0].name}`);
    }
    for (const run of shard.runs) {
      if (run.index < 0 || run.index >= total) throw new ExperimentError(`${files[i].name}: runs.index`, run.index, `an index 0–${total - 1}`);
      const other = seen.get(run.index);
      if (other !== undefined) throw new ExperimentError(`${files[i].name}: runs.index`, run.index, `a run not already in ${other}`);
      seen.set(run.index, files[i].name);
      outputs.push(run);
    }
  });
  if (seen.size !== total) {
    const missing = Array.from({ length: total }, (_, i) => i).filter((i) => !seen.has(i));
    throw new ExperimentError('merge', `${missing.length} runs missing (first: ${missing[0]})`, `all ${total} runs: a shard file is missing`);
  }
  return reduceExperiment(shards[0].definition, outputs);
}
