/**
 * Validation at the boundary. Input from a person, a file or a URL is checked here once;
 * the engine then trusts what it is given. Every error names the field, the value and what
 * was expected, in one line: `invalid groupCapacity: -3 (expected an integer 1–10000)`.
 *
 * Input is treated as hostile: only own enumerable keys are read (`Object.keys`), the output
 * is built on a fresh object from the schema's keys, and `__proto__`, `constructor` or
 * `prototype` are reported as unknown parameters, never assigned.
 */
import { AGENT_LIMITS, PARAM_KEYS, PARAM_SPECS, agentCount, defaultParams, specOf } from './schema.ts';
import type { ParamKey, ParamSpec, Params } from './schema.ts';
import { nearestName } from './editDistance.ts';
import { isPlainObject } from './plainObject.ts';

/** A bad parameter value, key or input, with what was expected. */
export class ParamError extends Error {
  /** The parameter key (or `params` for the input as a whole, `preset` for a preset id). */
  readonly field: string;
  /** The offending value, as given. */
  readonly value: unknown;
  /** What was expected, e.g. `an integer 1–10000`, `one of cac, cpm`, `a known parameter`. */
  readonly expected: string;

  constructor(field: string, value: unknown, expected: string, message?: string) {
    super(message ?? `invalid ${formatKey(field)}: ${formatValue(value)} (expected ${expected})`);
    this.name = 'ParamError';
    this.field = field;
    this.value = value;
    this.expected = expected;
  }
}

/** What a valid value of `spec` looks like, in words: `an integer 1–10000`, `one of cac, cpm`. */
export function expectedOf(spec: ParamSpec): string {
  if (spec.kind === 'choice') return `one of ${spec.choices.join(', ')}`;
  return `${spec.kind === 'integer' ? 'an integer' : 'a number'} ${spec.min}–${spec.max}`;
}

/**
 * Overrides on top of a base, checked: a new, full parameter set.
 * @param input a plain object of overrides (partial `Params`), e.g. parsed JSON
 * @param base the set the overrides apply to (default: the schema defaults); never mutated
 * @throws ParamError for the first problem found (see `validateAll` for all of them)
 */
export function validateParams(input: unknown, base?: Params): Params {
  const { params, errors } = validateAll(input, base);
  if (errors.length > 0) throw errors[0];
  return params as Params;
}

/**
 * Like `validateParams`, but collects every problem instead of stopping at the first
 * (for a form that marks each bad field). `params` is present only when `errors` is empty.
 */
export function validateAll(input: unknown, base?: Params): { params?: Params; errors: ParamError[] } {
  if (!isPlainObject(input)) {
    return { errors: [new ParamError('params', input, 'a plain object of parameter overrides')] };
  }
  const start = base ?? defaultParams();
  const merged: Record<string, number | string> = {};
  for (const key of PARAM_KEYS) merged[key] = start[key];

  const errors: ParamError[] = [];
  const badFields = new Set<string>();
  for (const key of Object.keys(input)) {
    const spec = hasSpec(key) ? specOf(key) : undefined;
    if (spec === undefined) {
      errors.push(unknownKeyError(key));
      continue;
    }
    const value = (input as Record<string, unknown>)[key];
    const error = checkValue(spec, value);
    if (error) {
      errors.push(error);
      badFields.add(key);
    } else {
      merged[key] = value as number | string;
    }
  }
  // Base values are checked too: a base from an older share link may be out of date.
  if (base !== undefined) {
    for (const spec of PARAM_SPECS) {
      if (badFields.has(spec.key) || Object.prototype.hasOwnProperty.call(input, spec.key)) continue;
      const error = checkValue(spec, merged[spec.key]);
      if (error) errors.push(error);
    }
  }
  if (errors.length === 0) errors.push(...crossFieldErrors(merged as Params));
  return errors.length === 0 ? { params: merged as Params, errors } : { errors };
}

/** Relations between parameters that single-field ranges cannot express. */
function crossFieldErrors(params: Params): ParamError[] {
  const errors: ParamError[] = [];
  const agents = agentCount(params);
  if (!Number.isInteger(agents) || agents < AGENT_LIMITS.min || agents > AGENT_LIMITS.max) {
    errors.push(new ParamError('agentWeight', params.agentWeight,
      `a divisor of population (${params.population}) leaving ${AGENT_LIMITS.min}–${AGENT_LIMITS.max} agents`));
  }
  if (params.tierAffinity > params.tierTrueLove) {
    errors.push(new ParamError('tierTrueLove', params.tierTrueLove,
      `a number ≥ tierAffinity (${params.tierAffinity}) and ≤ 1`));
  }
  return errors;
}

/**
 * The value of one parameter typed as text (`--set key=value`, a form field), parsed and
 * checked against its spec. Accepts `100000`, `1e5`, `0.5`, `-3`, `3,000` and full-width
 * digits for numbers (see `readNumber`) and a choice's id for a choice; surrounding spaces
 * are ignored.
 * @throws ParamError naming the key and the text (unknown key, empty or garbled text, out of range)
 */
export function parseParamValue(key: string, text: string): number | string {
  const spec = hasSpec(key) ? specOf(key) : undefined;
  if (spec === undefined) throw unknownKeyError(key);
  const trimmed = String(text).trim();
  if (spec.kind === 'choice') {
    const error = checkValue(spec, trimmed);
    if (error) throw new ParamError(key, text, error.expected);
    return trimmed;
  }
  const value = readNumber(trimmed);
  if (value === null) throw new ParamError(key, text, expectedOf(spec));
  const error = checkValue(spec, value);
  if (error) throw error;
  return value;
}

/** Decimal notation only: no hex, no `Infinity`, no `NaN`, no empty string. */
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** Digits grouped by thousands with commas: `3,000`, `1,234,567.5`. */
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/**
 * A number as people type it: decimal or scientific notation, digits grouped by thousands
 * with commas (`3,000`), and the full-width forms a Chinese input method gives (`５０００`,
 * `１，０００．５`, folded by Unicode NFKC). Null for anything else.
 */
export function readNumber(text: string): number | null {
  const folded = text.normalize('NFKC').trim();
  const plain = GROUPED.test(folded) ? folded.replace(/,/g, '') : folded;
  return NUMBER_TEXT.test(plain) ? Number(plain) : null;
}

/**
 * The parameters that differ from the schema defaults, in schema order: what a share link or
 * a preset's documentation needs to say.
 */
export function diffFromDefaults(params: Params): Partial<Params> {
  const defaults = defaultParams();
  const diff: Record<string, number | string> = {};
  for (const key of PARAM_KEYS) {
    if (!Object.is(params[key], defaults[key])) diff[key] = params[key];
  }
  return diff as Partial<Params>;
}

/** The nearest known key by edit distance, if it is near enough to be a plausible typo. */
export function suggestKey(key: string): ParamKey | undefined {
  if (key.length === 0 || key.length > 64) return undefined;
  return nearestName(key, PARAM_KEYS, Math.max(2, Math.floor(key.length / 3)));
}

function unknownKeyError(key: string): ParamError {
  const suggestion = suggestKey(key);
  const hint = suggestion ? ` (did you mean ${suggestion}?)` : '';
  return new ParamError(key, key, suggestion ? `a known parameter, such as ${suggestion}` : 'a known parameter',
    `unknown parameter ${formatKey(key)}${hint}`);
}

/** One value against one spec; undefined when valid. */
function checkValue(spec: ParamSpec, value: unknown): ParamError | undefined {
  if (spec.kind === 'choice') {
    return typeof value === 'string' && spec.choices.includes(value)
      ? undefined
      : new ParamError(spec.key, value, expectedOf(spec));
  }
  const ok = typeof value === 'number'
    && Number.isFinite(value)
    && value >= spec.min
    && value <= spec.max
    && (spec.kind !== 'integer' || Number.isInteger(value));
  return ok ? undefined : new ParamError(spec.key, value, expectedOf(spec));
}

/** Own keys only: `hasOwnProperty`, toString and friends are not parameters. */
function hasSpec(key: string): boolean {
  return (PARAM_KEYS as readonly string[]).includes(key);
}

const MAX_SHOWN = 60;

/** A key as typed, unless it would break the one-line message (then quoted and escaped). */
function formatKey(key: string): string {
  return /^[\w$.-]{1,64}$/.test(key) ? key : clip(JSON.stringify(key));
}

/** A value for a one-line message: numbers as written, strings quoted, the rest as JSON. */
export function formatValue(value: unknown): string {
  try {
    switch (typeof value) {
      case 'number':
        return Object.is(value, -0) ? '-0' : String(value);
      case 'string':
        return clip(JSON.stringify(value));
      case 'bigint':
        return `${value}n`;
      case 'undefined':
        return 'undefined';
      case 'symbol':
      case 'function':
        return typeof value;
      case 'boolean':
        return String(value);
      default: {
        const json = JSON.stringify(value);
        return json === undefined ? Object.prototype.toString.call(value) : clip(json);
      }
    }
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function clip(text: string): string {
  return text.length <= MAX_SHOWN ? text : `${text.slice(0, MAX_SHOWN - 1)}…`;
}
