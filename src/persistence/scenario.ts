/**
 * Scenarios as they are written down: in IndexedDB, in exported JSON files and (the state
 * part) in share links and the autosave. The written form carries the schema version and
 * only the parameters that differ from the defaults, so it stays small and an older one can be
 * migrated (models/params/migrations.ts) before it is validated.
 *
 * Reading is the boundary: everything read is checked here once, every problem becomes a
 * `ParamError` naming the field, the value and what was expected, and nothing is returned
 * unless all of it is valid. Only own keys are read, and results are built fresh, so a
 * `__proto__` or `constructor` key is reported as unknown, never assigned.
 */
import {
  ParamError,
  REPLICATIONS,
  SCHEMA_VERSION,
  SEED_RANGE,
  diffFromDefaults,
  expectedInteger,
  inRange,
  isPlainObject,
  migrateParams,
  validateAll,
  type Params,
} from '../../models/params/index.ts';
import { CARD_KPI_KEYS, type CardKpiKey } from '../state/kpis.ts';

/** What a run needs: the parameters, the seed and the number of replications. */
export interface ScenarioState {
  params: Params;
  /** 32-bit unsigned master seed (`SEED_RANGE`). */
  seed: number;
  /** Within the explorer's `REPLICATIONS.app`: a scenario reopens in the explorer. */
  replications: number;
}

/** The headline KPIs (the explorer's cards) of the scenario's run when it was saved (display only; reopening re-runs). */
export type KpiSummary = Partial<Record<CardKpiKey, number | null>>;

/**
 * Reserved for experiment definitions and their results (a later issue). Always `null` for
 * now; a non-null value read from a file must be a plain JSON object with a string `kind`.
 */
export interface ExperimentSlot {
  kind: string;
  definition: unknown;
  results: unknown;
}

/** A saved scenario, in the current schema, as the app holds it. */
export interface Scenario extends ScenarioState {
  id: string;
  /** 1–MAX_NAME characters; shown as text, never as HTML. */
  name: string;
  /** Up to MAX_NOTES characters. */
  notes: string;
  summary: KpiSummary | null;
  experiment: ExperimentSlot | null;
  /** Epoch ms. */
  createdAt: number;
  updatedAt: number;
}

/** The written form of a scenario (IndexedDB record and exported file). */
export interface ScenarioDoc {
  format: typeof SCENARIO_FORMAT;
  version: number;
  id: string;
  name: string;
  notes: string;
  /** Overrides of the schema defaults, in the schema of `version`. */
  params: Partial<Params>;
  seed: number;
  replications: number;
  summary: KpiSummary | null;
  experiment: ExperimentSlot | null;
  createdAt: number;
  updatedAt: number;
}

export const SCENARIO_FORMAT = 'siyu-lab/scenario';
export const MAX_NAME = 200;
export const MAX_NOTES = 10_000;
const DOC_KEYS = ['format', 'version', 'id', 'name', 'notes', 'params', 'seed', 'replications', 'summary', 'experiment', 'createdAt', 'updatedAt'] as const;
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/**
 * The first schema version whose summaries are model v2's (docs/model.md#metrics). An older
 * scenario's summary holds model v1's cards (`blendedCac`, `paybackDay`…), other keys and
 * other numbers: it is dropped on reading, not shown as if the current model had said it
 * (reopening the scenario re-runs it).
 */
const SUMMARY_SINCE_VERSION = 3;

/** The written form of a scenario: current version, parameters as a diff from the defaults. */
export function toDoc(scenario: Scenario): ScenarioDoc {
  return {
    format: SCENARIO_FORMAT,
    version: SCHEMA_VERSION,
    id: scenario.id,
    name: scenario.name,
    notes: scenario.notes,
    params: diffFromDefaults(scenario.params),
    seed: scenario.seed,
    replications: scenario.replications,
    summary: scenario.summary,
    experiment: scenario.experiment,
    createdAt: scenario.createdAt,
    updatedAt: scenario.updatedAt,
  };
}

/** A new scenario of `state`, under a fresh id (saved in the Library, or downloaded as a file). */
export function newScenario(
  state: ScenarioState,
  name: string,
  options: { notes?: string; summary?: KpiSummary | null; now?: number } = {},
): Scenario {
  const now = options.now ?? Date.now();
  return {
    id: newId(), name, notes: options.notes ?? '', params: state.params, seed: state.seed, replications: state.replications,
    summary: options.summary ?? null, experiment: null, createdAt: now, updatedAt: now,
  };
}

/** A new random id (for new, duplicated and imported scenarios). */
export function newId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(36).padStart(2, '0')).join('').slice(0, 20);
}

/** Own property, read without touching accessors on the prototype. */
function own(input: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(input, key) ? input[key] : undefined;
}

/**
 * The state part of a written scenario (version, params, seed, replications), migrated and
 * checked. Problems are pushed onto `errors`; the state is returned only when there are none.
 * @param fields the names under which this input stores them (share links use short keys)
 */
export function readState(
  input: Record<string, unknown>,
  errors: ParamError[],
  fields: { version: string; params: string; seed: string; replications: string } = {
    version: 'version', params: 'params', seed: 'seed', replications: 'replications',
  },
): ScenarioState | undefined {
  const before = errors.length;
  let params: Params | undefined;
  try {
    const overrides = migrateParams(own(input, fields.params) ?? {}, own(input, fields.version), fields.version);
    const checked = validateAll(overrides);
    errors.push(...checked.errors);
    params = checked.params;
  } catch (error) {
    if (!(error instanceof ParamError)) throw error;
    // The version or the params container is wrong: report which, as the field named here.
    errors.push(error.field === 'params' ? new ParamError(fields.params, error.value, error.expected) : error);
  }
  const seed = own(input, fields.seed);
  const seedOk = inRange(seed, SEED_RANGE);
  if (!seedOk) errors.push(new ParamError(fields.seed, seed, expectedInteger(SEED_RANGE)));
  const replications = own(input, fields.replications) ?? 1;
  const replicationsOk = inRange(replications, REPLICATIONS.app);
  if (!replicationsOk) errors.push(new ParamError(fields.replications, replications, expectedInteger(REPLICATIONS.app)));
  if (errors.length > before || params === undefined || !seedOk || !replicationsOk) return undefined;
  return { params, seed, replications };
}

/** Keys of `input` that are not in `known`, each as an error that lists what is. */
export function unknownKeys(input: Record<string, unknown>, known: readonly string[], where: string): ParamError[] {
  return Object.keys(input)
    .filter((key) => !known.includes(key))
    .map((key) => new ParamError(key, key, `one of ${known.join(', ')}`,
      `unknown field ${JSON.stringify(key).slice(0, 60)} in ${where} (expected one of ${known.join(', ')})`));
}

function text(input: Record<string, unknown>, key: string, max: number, min: number, errors: ParamError[]): string {
  const value = own(input, key) ?? (min === 0 ? '' : undefined);
  if (typeof value === 'string' && value.length >= min && value.length <= max) return value;
  errors.push(new ParamError(key, value, `text of ${min}–${max} characters`));
  return '';
}

function time(input: Record<string, unknown>, key: string, fallback: number, errors: ParamError[]): number {
  const value = own(input, key) ?? fallback;
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 8.64e15) return value;
  errors.push(new ParamError(key, value, 'a time in ms since 1970'));
  return fallback;
}

function readSummary(value: unknown, errors: ParamError[]): KpiSummary | null {
  if (value === undefined || value === null) return null;
  if (!isPlainObject(value)) {
    errors.push(new ParamError('summary', value, 'null or an object of KPI values'));
    return null;
  }
  const summary: KpiSummary = {};
  for (const key of Object.keys(value)) {
    if (!(CARD_KPI_KEYS as readonly string[]).includes(key)) {
      errors.push(...unknownKeys({ [key]: 0 }, CARD_KPI_KEYS, 'summary'));
      continue;
    }
    const kpi = value[key];
    if (kpi === null || (typeof kpi === 'number' && Number.isFinite(kpi))) summary[key as CardKpiKey] = kpi;
    else errors.push(new ParamError(`summary.${key}`, kpi, 'a finite number or null'));
  }
  return summary;
}

function readExperiment(value: unknown, errors: ParamError[]): ExperimentSlot | null {
  if (value === undefined || value === null) return null;
  if (isPlainObject(value) && typeof value.kind === 'string') {
    try {
      // A JSON round trip keeps data only: no prototypes, accessors or functions.
      const copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
      return { kind: copy.kind as string, definition: copy.definition ?? null, results: copy.results ?? null };
    } catch {
      // fall through to the error
    }
  }
  errors.push(new ParamError('experiment', value, 'null or an object with a string kind'));
  return null;
}

/**
 * Every problem with a written scenario, or the scenario (migrated to the current schema).
 * @param options.id the id to give it when the input has none or `fresh` is set (imports)
 */
export function readScenarioAll(
  input: unknown,
  options: { fresh?: boolean; now?: number } = {},
): { scenario?: Scenario; errors: ParamError[] } {
  if (!isPlainObject(input)) return { errors: [new ParamError('scenario', input, 'a JSON object')] };
  const errors: ParamError[] = unknownKeys(input, DOC_KEYS, 'the scenario');
  const format = own(input, 'format');
  if (format !== SCENARIO_FORMAT) errors.push(new ParamError('format', format, JSON.stringify(SCENARIO_FORMAT)));
  const now = options.now ?? Date.now();
  let id = own(input, 'id');
  if (options.fresh || id === undefined) id = newId();
  else if (typeof id !== 'string' || !ID_PATTERN.test(id)) errors.push(new ParamError('id', id, '1–64 letters, digits, _ or -'));
  const name = text(input, 'name', MAX_NAME, 1, errors);
  const notes = text(input, 'notes', MAX_NOTES, 0, errors);
  const state = readState(input, errors);
  const version = own(input, 'version');
  const summary = typeof version === 'number' && version < SUMMARY_SINCE_VERSION ? null : readSummary(own(input, 'summary'), errors);
  const experiment = readExperiment(own(input, 'experiment'), errors);
  const createdAt = time(input, 'createdAt', now, errors);
  const updatedAt = time(input, 'updatedAt', createdAt, errors);
  if (errors.length > 0 || !state) return { errors };
  return { scenario: { id: id as string, name, notes, ...state, summary, experiment, createdAt, updatedAt }, errors };
}

/** Like `readScenarioAll`, throwing the first problem. */
export function readScenario(input: unknown, options: { fresh?: boolean; now?: number } = {}): Scenario {
  const { scenario, errors } = readScenarioAll(input, options);
  if (!scenario) throw errors[0];
  return scenario;
}
