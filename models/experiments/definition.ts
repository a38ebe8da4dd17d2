/**
 * Experiment definitions: what to run, as a person writes it (a JSON file, the experiments
 * form), and its validation. Validation happens once, at the boundary: every error names the
 * field path, the value and what was expected (`invalid x.steps: 0 (expected an integer
 * 2–50)`). The result is a normalized definition with the base scenario fully resolved, which
 * is all that expansion, reduction and sharding ever see.
 */
import { DEFAULT_SEED, PARAM_GROUPS, specOf, type NumberSpec, type ParamGroup, type ParamKey, type Params } from '../params/schema.ts';
import { ParamError, validateParams } from '../params/validate.ts';
import { AXIS_STEPS, REPLICATIONS, SEED_RANGE } from '../params/limits.ts';
import { nearestName } from '../params/editDistance.ts';
import { isPlainObject } from '../params/plainObject.ts';
import { resolveScenario } from '../presets/index.ts';
import { kpiSpec } from './kpis.ts';

export const EXPERIMENT_KINDS = ['replications', 'sweep1d', 'sweep2d', 'sensitivity', 'budgetSplit', 'paired'] as const;
export type ExperimentKind = (typeof EXPERIMENT_KINDS)[number];

/**
 * The KPI an experiment reports unless it names one: the headline margin ROI at 180 days
 * (margin over fully-loaded cost), and for the budget split the profit over the horizon (a
 * ratio compares shares of one budget badly: a share that buys fewer, cheaper leads can have
 * a better ratio and a smaller profit).
 */
export function defaultKpi(kind: ExperimentKind): string {
  return kind === 'budgetSplit' ? 'profit' : 'roiMargin180';
}

/** One swept parameter: `steps` values from `from` to `to` (inclusive), evenly spaced or log-spaced. */
export interface Axis {
  key: ParamKey;
  from: number;
  to: number;
  /** Number of values, within `AXIS_STEPS`. */
  steps: number;
  scale: 'linear' | 'log';
}

interface Common {
  /** The base scenario, fully resolved and valid. */
  base: Params;
  /** Master seed (32-bit unsigned); replication r of every point uses `replicationSeed(seed, r)`. */
  seed: number;
  /** Runs per point, within `REPLICATIONS.experiment`. */
  replications: number;
  /** The headline KPI (a key of `KPI_KEYS`); every KPI is recorded anyway. */
  kpi: string;
}

export interface ReplicationsExperiment extends Common {
  kind: 'replications';
}
export interface Sweep1dExperiment extends Common {
  kind: 'sweep1d';
  x: Axis;
}
export interface Sweep2dExperiment extends Common {
  kind: 'sweep2d';
  x: Axis;
  y: Axis;
}
export interface SensitivityExperiment extends Common {
  kind: 'sensitivity';
  /** Parameters moved one at a time; empty = every numeric parameter of `group` (or all). */
  keys: ParamKey[];
  group: ParamGroup | null;
  /** Low = base × (1 − spread), high = base × (1 + spread), clamped to the schema range; 0 < spread ≤ 1. */
  spread: number;
}
export interface BudgetSplitExperiment extends Common {
  kind: 'budgetSplit';
  /** Total daily budget split between paid exposure and private-domain operations, RMB/day. */
  totalBudgetDaily: number;
  /** The paid share of the budget, swept linearly (0–1). */
  share: { from: number; to: number; steps: number };
  /** Share of the private operating budget (after the fixed cost) spent on staff. */
  staffShare: number;
  /** Share of the private operating budget spent on group events; content gets what staff and groups leave. */
  groupShare: number;
  /** The pessimistic percentile for the risk-aware best share, 0–0.5 (0.1 = the 10th percentile). */
  percentile: number;
}
export interface PairedExperiment extends Common {
  kind: 'paired';
  /** Overrides on the base for scenario A and scenario B. */
  a: Partial<Params>;
  b: Partial<Params>;
}

/** A normalized, valid experiment. */
export type Experiment =
  | ReplicationsExperiment
  | Sweep1dExperiment
  | Sweep2dExperiment
  | SensitivityExperiment
  | BudgetSplitExperiment
  | PairedExperiment;

/** A bad field in an experiment definition: `field` is its path (`x.steps`, `params.staff`). */
export class ExperimentError extends Error {
  readonly field: string;
  constructor(field: string, value: unknown, expected: string, message?: string) {
    super(message ?? `invalid ${field}: ${show(value)} (expected ${expected})`);
    this.name = 'ExperimentError';
    this.field = field;
  }
}

function show(value: unknown): string {
  if (value === undefined) return 'missing';
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
  } catch {
    return String(value);
  }
}

const has = (o: Record<string, unknown>, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** The fields every definition may have, then each kind's own; an axis's; a budget split's share. */
const COMMON_FIELDS = ['kind', 'scenario', 'params', 'seed', 'replications', 'kpi'] as const;
const KIND_FIELDS: Record<ExperimentKind, readonly string[]> = {
  replications: [],
  sweep1d: ['x'],
  sweep2d: ['x', 'y'],
  sensitivity: ['keys', 'group', 'spread'],
  budgetSplit: ['totalBudgetDaily', 'share', 'staffShare', 'groupShare', 'percentile'],
  paired: ['a', 'b'],
};
const AXIS_FIELDS = ['key', 'from', 'to', 'steps', 'scale'] as const;
const SHARE_FIELDS = ['from', 'to', 'steps'] as const;

/**
 * Refuses a key of `o` not in `known`, so a typo (`"replicatons": 50`) is an error with a
 * suggestion instead of a field silently ignored.
 * @param prefix the object's path (`''` for the definition itself, `x`, `share`)
 * @param what the object in words, for the message: `a sweep1d experiment`, `an axis`
 */
function refuseUnknown(o: Record<string, unknown>, known: readonly string[], prefix: string, what: string): void {
  for (const key of Object.keys(o)) {
    if (known.includes(key)) continue;
    const field = prefix === '' ? key : `${prefix}.${key}`;
    const suggestion = key.length <= 64 ? nearestName(key, known, Math.max(2, Math.floor(key.length / 3))) : undefined;
    const hint = suggestion ? `: did you mean ${prefix === '' ? suggestion : `${prefix}.${suggestion}`}?` : '';
    throw new ExperimentError(field, key, `one of ${known.join(', ')}`,
      `unknown field ${JSON.stringify(field).slice(0, 70)}${hint} (${what} has ${known.join(', ')})`);
  }
}

function num(o: Record<string, unknown>, key: string, path: string, min: number, max: number, fallback?: number, integer = false): number {
  const value = has(o, key) ? o[key] : fallback;
  const ok = typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value));
  if (!ok) throw new ExperimentError(path, has(o, key) ? o[key] : undefined, `${integer ? 'an integer' : 'a number'} ${min}–${max}`);
  return value as number;
}

function numericSpec(key: unknown, path: string): NumberSpec {
  const spec = typeof key === 'string' ? specOf(key) : undefined;
  if (!spec || spec.kind === 'choice') throw new ExperimentError(path, key, 'the key of a numeric parameter');
  return spec;
}

/** Rewrites a ParamError from an override object as an error on `prefix.field`. */
function params(input: unknown, base: Params, prefix: string): Params {
  if (input === undefined) return base;
  try {
    return validateParams(input, base);
  } catch (error) {
    if (error instanceof ParamError) {
      const field = error.field === 'params' ? prefix : `${prefix}.${error.field}`;
      throw new ExperimentError(field, error.field === 'params' ? input : error.value, error.expected);
    }
    throw error;
  }
}

function axis(input: unknown, path: string): Axis {
  if (!isPlainObject(input)) throw new ExperimentError(path, input, 'an object {key, from, to, steps, scale}');
  refuseUnknown(input, AXIS_FIELDS, path, 'an axis');
  const spec = numericSpec(input.key, `${path}.key`);
  const from = num(input, 'from', `${path}.from`, spec.min, spec.max);
  const to = num(input, 'to', `${path}.to`, spec.min, spec.max);
  const steps = num(input, 'steps', `${path}.steps`, AXIS_STEPS.min, AXIS_STEPS.max, undefined, true);
  const scale = input.scale ?? 'linear';
  if (scale !== 'linear' && scale !== 'log') throw new ExperimentError(`${path}.scale`, scale, 'linear or log');
  if (scale === 'log' && (from <= 0 || to <= 0)) throw new ExperimentError(`${path}.from`, from, 'a positive range for a log scale');
  if (from === to) throw new ExperimentError(`${path}.to`, to, `a value different from from (${from})`);
  return { key: spec.key as ParamKey, from, to, steps, scale };
}

/**
 * Checks a definition and returns it normalized.
 * Accepted shape: `{ kind, scenario?, params?, seed?, replications?, kpi?, …kind fields }`:
 * `scenario` is a preset id or a `+`-joined combination (see `resolveScenario`), `params`
 * overrides on top of it. Defaults: seed `DEFAULT_SEED` (as in the explorer and the CLI),
 * replications 1 (10 for paired and budgetSplit), kpi roi180 (profit for budgetSplit).
 * Any other field, at the top or in an axis or share, is refused, with the nearest known name.
 * @throws ExperimentError naming the first bad field
 */
export function validateExperiment(input: unknown): Experiment {
  if (!isPlainObject(input)) throw new ExperimentError('experiment', input, 'a JSON object');
  const kind = input.kind;
  if (typeof kind !== 'string' || !(EXPERIMENT_KINDS as readonly string[]).includes(kind)) {
    throw new ExperimentError('kind', kind, `one of ${EXPERIMENT_KINDS.join(', ')}`);
  }
  refuseUnknown(input, [...COMMON_FIELDS, ...KIND_FIELDS[kind as ExperimentKind]], '', `a ${kind} experiment`);
  let scenario: Params;
  try {
    if (has(input, 'scenario') && typeof input.scenario !== 'string') {
      throw new ExperimentError('scenario', input.scenario, 'a preset id or a mode+platform+strategy combination');
    }
    scenario = has(input, 'scenario') ? resolveScenario(input.scenario as string) : validateParams({});
  } catch (error) {
    if (error instanceof ParamError) throw new ExperimentError('scenario', input.scenario, error.expected);
    throw error;
  }
  const base = params(input.params, scenario, 'params');
  const manyByDefault = kind === 'paired' || kind === 'budgetSplit';
  const seed = num(input, 'seed', 'seed', SEED_RANGE.min, SEED_RANGE.max, DEFAULT_SEED, true);
  const replications = num(input, 'replications', 'replications', REPLICATIONS.experiment.min, REPLICATIONS.experiment.max, manyByDefault ? 10 : 1, true);
  const kpi = has(input, 'kpi') ? input.kpi : defaultKpi(kind as ExperimentKind);
  if (typeof kpi !== 'string' || !kpiSpec(kpi)) throw new ExperimentError('kpi', kpi, 'a KPI key such as profit, roiMargin180, clv90');
  const common = { base, seed, replications, kpi };

  let experiment: Experiment;
  switch (kind as ExperimentKind) {
    case 'replications':
      experiment = { kind: 'replications', ...common };
      break;
    case 'sweep1d':
      experiment = { kind: 'sweep1d', ...common, x: axis(input.x, 'x') };
      break;
    case 'sweep2d': {
      const x = axis(input.x, 'x');
      const y = axis(input.y, 'y');
      if (x.key === y.key) throw new ExperimentError('y.key', y.key, `a parameter other than x.key (${x.key})`);
      experiment = { kind: 'sweep2d', ...common, x, y };
      break;
    }
    case 'sensitivity': {
      const keysInput = input.keys ?? [];
      if (!Array.isArray(keysInput)) throw new ExperimentError('keys', keysInput, 'an array of numeric parameter keys');
      const keys = keysInput.map((k, i) => numericSpec(k, `keys[${i}]`).key as ParamKey);
      const group = input.group ?? null;
      if (group !== null && !(PARAM_GROUPS as readonly unknown[]).includes(group)) {
        throw new ExperimentError('group', group, `one of ${PARAM_GROUPS.join(', ')}`);
      }
      const spread = num(input, 'spread', 'spread', 0.01, 1, 0.5);
      experiment = { kind: 'sensitivity', ...common, keys, group: group as ParamGroup | null, spread };
      break;
    }
    case 'budgetSplit': {
      const totalBudgetDaily = num(input, 'totalBudgetDaily', 'totalBudgetDaily', 1, 1_000_000);
      const shareInput = input.share ?? { from: 0, to: 1, steps: 11 };
      if (!isPlainObject(shareInput)) throw new ExperimentError('share', shareInput, 'an object {from, to, steps}');
      refuseUnknown(shareInput, SHARE_FIELDS, 'share', 'a share');
      const from = num(shareInput, 'from', 'share.from', 0, 1, 0);
      const to = num(shareInput, 'to', 'share.to', 0, 1, 1);
      const steps = num(shareInput, 'steps', 'share.steps', AXIS_STEPS.min, AXIS_STEPS.max, 11, true);
      if (from >= to) throw new ExperimentError('share.to', to, `a share greater than share.from (${from})`);
      const staffShare = num(input, 'staffShare', 'staffShare', 0, 1, 0.5);
      const groupShare = num(input, 'groupShare', 'groupShare', 0, 1 - staffShare, Math.min(0.3, 1 - staffShare));
      const percentile = num(input, 'percentile', 'percentile', 0, 0.5, 0.1);
      experiment = { kind: 'budgetSplit', ...common, totalBudgetDaily, share: { from, to, steps }, staffShare, groupShare, percentile };
      break;
    }
    case 'paired': {
      const a = overrides(input.a, base, 'a');
      const b = overrides(input.b, base, 'b');
      experiment = { kind: 'paired', ...common, a, b };
      break;
    }
  }
  return experiment;
}

/** Overrides for one arm, checked against the base; kept as the overrides (not the full set). */
function overrides(input: unknown, base: Params, path: string): Partial<Params> {
  if (input === undefined) return {};
  const full = params(input, base, path);
  const out: Record<string, number | string> = {};
  for (const key of Object.keys(input as object)) out[key] = full[key as ParamKey];
  return out as Partial<Params>;
}
