/**
 * The CLI's boundary: turns argv into a command, or a one-line error. Nothing here runs the
 * model, so `--help`, `--schema` and bad input work even when the engine cannot load.
 *
 * Precedence of parameters: schema defaults < `--preset` < `--params FILE.json` < `--set`.
 */
import { parseArgs } from 'node:util';
import {
  DEFAULT_SEED,
  REPLICATIONS,
  SEED_RANGE,
  defaultParams,
  expectedInteger,
  inRange,
  isPlainObject,
  nearestName,
  parseParamValue,
  suggestKey,
  validateParams,
  type IntegerRange,
  type Params,
} from '../models/params/index.ts';
import { resolveScenario } from '../models/presets/index.ts';
import { NODE_IO, readJsonFile, type CliIo } from './input.ts';
import { CliError } from './terminal.ts';

export const FORMATS = ['json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export type Command =
  | { kind: 'help' }
  | { kind: 'schema' }
  | { kind: 'list-presets'; format: 'text' | 'json' }
  | {
      kind: 'run';
      /** Fully resolved and validated. */
      params: Params;
      /** uint32 master seed. */
      seed: number;
      /** Within `REPLICATIONS.cli`; more than one reports the mean with a 95% interval. */
      replications: number;
      format: Format;
      /** Output file; undefined = stdout. */
      out?: string;
      /** Run even when the estimate is beyond this machine (cli/estimate.ts). */
      force: boolean;
    };

/** The CLI's options, for `parseArgs` and for the help text. */
export const OPTIONS = {
  preset: { type: 'string', value: 'NAME', help: 'a preset id (see --list-presets), or a mode+platform+strategy combination such as interest+douyin+hybrid' },
  params: { type: 'string', value: 'FILE.json', help: 'a JSON object of parameter overrides' },
  set: { type: 'string', multiple: true, value: 'KEY=VALUE', help: 'override one parameter; repeat for several (each key once)' },
  seed: { type: 'string', value: 'S', help: `master seed, an integer ${SEED_RANGE.min}–${SEED_RANGE.max} (default ${DEFAULT_SEED}, as in the app)` },
  replications: { type: 'string', value: 'R', help: `runs to average, ${REPLICATIONS.cli.min}–${REPLICATIONS.cli.max} (default 1); more than 1 adds 95% intervals` },
  format: { type: 'string', value: 'json|csv', help: 'json: the full result (contract v1); csv: the daily series, one row a day (default json)' },
  out: { type: 'string', value: 'FILE', help: 'write the result to FILE (only after a successful run) instead of stdout' },
  force: { type: 'boolean', help: 'run even when the estimated memory or time is beyond this machine (the estimate is shown first)' },
  schema: { type: 'boolean', help: 'print the parameter schema as JSON and exit' },
  'list-presets': { type: 'boolean', help: 'list the presets and exit (as JSON with --format json)' },
  help: { type: 'boolean', short: 'h', help: 'show this help and exit' },
} as const;

type OptionName = keyof typeof OPTIONS;

/**
 * The command that `argv` (without `node` and the script) asks for.
 * @throws CliError or ParamError, each with a one-line message
 */
export function parseCommand(argv: readonly string[], io: CliIo = NODE_IO): Command {
  const values = parseFlags(argv);
  if (values.help) return { kind: 'help' };
  if (values.schema) return { kind: 'schema' };
  if (values['list-presets']) {
    const format = values.format === undefined ? 'text' : parseFormat(values.format);
    return { kind: 'list-presets', format: format === 'json' ? 'json' : 'text' };
  }

  const base = values.preset === undefined ? defaultParams() : resolveScenario(values.preset);
  // Null prototype: a `__proto__` key from a file is then an own key, reported as unknown.
  const overrides: Record<string, unknown> = Object.create(null);
  if (values.params !== undefined) Object.assign(overrides, readParamsFile(values.params, io));
  const set = new Map<string, string>();
  for (const assignment of values.set ?? []) {
    const [key, value] = splitAssignment(assignment);
    const first = set.get(key);
    // As a repeated key in a JSON file: one of the two is a mistake.
    if (first !== undefined) throw new CliError(`--set ${key} given twice (${first}, then ${assignment}); give each parameter once`);
    set.set(key, assignment);
    overrides[key] = parseParamValue(key, value);
  }
  const params = validateParams(overrides, base);

  const command: Command = {
    kind: 'run',
    params,
    seed: values.seed === undefined ? DEFAULT_SEED : parseIntegerFlag('seed', values.seed, SEED_RANGE),
    replications: values.replications === undefined ? 1 : parseIntegerFlag('replications', values.replications, REPLICATIONS.cli),
    format: values.format === undefined ? 'json' : parseFormat(values.format),
    force: values.force === true,
  };
  // Whether it can be written is checked before the run (cli/output.ts `checkOutput`).
  if (values.out !== undefined) command.out = values.out;
  return command;
}

type FlagValues = {
  [K in OptionName]?: (typeof OPTIONS)[K] extends { type: 'boolean' } ? boolean
    : (typeof OPTIONS)[K] extends { multiple: true } ? string[] : string;
};

function parseFlags(argv: readonly string[]): FlagValues {
  const options = Object.fromEntries(Object.entries(OPTIONS).map(([name, option]) => [name, {
    type: option.type,
    ...('multiple' in option ? { multiple: option.multiple } : {}),
    ...('short' in option ? { short: option.short } : {}),
  }]));
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false, tokens: true });
  } catch (error) {
    throw new CliError(describeParseError(error));
  }
  refuseRepeated(parsed.tokens ?? []);
  return parsed.values as FlagValues;
}

/**
 * A single-value option given twice (`--seed 1 --seed 2`) is refused rather than letting the
 * last one win: one of them is a mistake, and the CLI cannot know which.
 */
function refuseRepeated(tokens: readonly { kind: string; name?: string; rawName?: string; value?: string }[]): void {
  const seen = new Map<string, string>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined) continue;
    const option = OPTIONS[token.name as OptionName];
    if (!option || 'multiple' in option) continue;
    const shown = `${token.rawName ?? `--${token.name}`}${token.value === undefined ? '' : ` ${token.value}`}`;
    const first = seen.get(token.name);
    if (first !== undefined) throw new CliError(`--${token.name} given twice (${first}, then ${shown}); give it once`);
    seen.set(token.name, shown);
  }
}

/** node:util's messages, rephrased to one line with a hint. */
function describeParseError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const text = String(message ?? error);
  const quoted = /'([^']*)'/.exec(text)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const name = quoted.replace(/^-+/, '');
      const suggestion = nearestOption(name);
      return `unknown option ${quoted}${suggestion ? ` (did you mean --${suggestion}?)` : ''}; see --help`;
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${JSON.stringify(quoted)}; options start with -- (see --help)`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const option = quoted.split(/[ ,]+/).find((part) => part.startsWith('--')) ?? quoted;
      if (text.includes('does not take')) return `option ${option} takes no value`;
      if (text.includes('ambiguous')) return `option ${option} needs a value; for one starting with -, write ${option}=-…`;
      return `option ${option} needs a value`;
    }
    default:
      return text.split('\n')[0];
  }
}

function nearestOption(name: string): string | undefined {
  const option = nearestName(name, Object.keys(OPTIONS), 2);
  if (option) return option;
  // `--groupCapacity=3` is a parameter, not an option.
  const key = suggestKey(name.split('=')[0]);
  return key ? `set ${key}=…` : undefined;
}

function readParamsFile(path: string, io: CliIo): Record<string, unknown> {
  const data = readJsonFile(path, 'params file', io);
  if (!isPlainObject(data)) {
    throw new CliError(`params file ${path} must hold a JSON object of parameter overrides, e.g. {"groupCapacity": 200}`);
  }
  const copy: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(data)) copy[key] = data[key];
  return copy;
}

function splitAssignment(assignment: string): [string, string] {
  const at = assignment.indexOf('=');
  if (at <= 0) {
    throw new CliError(`invalid --set: ${JSON.stringify(assignment)} (expected KEY=VALUE, e.g. --set groupCapacity=200)`);
  }
  return [assignment.slice(0, at).trim(), assignment.slice(at + 1)];
}

function parseIntegerFlag(name: string, text: string, range: IntegerRange): number {
  const value = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!inRange(value, range)) {
    const shown = /^-?\d+(\.\d+)?$/.test(text.trim()) ? text.trim() : JSON.stringify(text);
    throw new CliError(`invalid --${name}: ${shown} (expected ${expectedInteger(range)})`);
  }
  return value;
}

function parseFormat(text: string): Format {
  if ((FORMATS as readonly string[]).includes(text)) return text as Format;
  throw new CliError(`invalid --format: ${JSON.stringify(text)} (expected one of ${FORMATS.join(', ')})`);
}
