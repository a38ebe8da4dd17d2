import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../cli/args.ts';
import { CliError } from '../../cli/terminal.ts';
import type { Command } from '../../cli/args.ts';
import type { CliIo } from '../../cli/input.ts';
import { DEFAULT_SEED, MAX_INPUT_FILE_BYTES, ParamError, defaultParams } from '../../models/params/index.ts';
import { AppState } from '../../src/state/app.svelte.ts';
import { composeScenario, resolvePreset } from '../../models/presets/index.ts';

/** Files in memory: path → text. */
function filesIo(files: Record<string, string>): CliIo {
  const text = (path: string) => {
    if (!(path in files)) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return files[path];
  };
  return { readFile: text, fileSize: (path) => Buffer.byteLength(text(path)) };
}

function runCommand(argv: string[], io: CliIo = filesIo({})): Extract<Command, { kind: 'run' }> {
  const command = parseCommand(argv, io);
  if (command.kind !== 'run') throw new Error(`expected a run, got ${command.kind}`);
  return command;
}

function errorOf(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    expect(error instanceof CliError || error instanceof ParamError).toBe(true);
    expect((error as Error).message).not.toContain('\n');
    return error as Error;
  }
  throw new Error('expected an error, but nothing was thrown');
}

describe('parseCommand', () => {
  it('runs the defaults with the app\'s default seed, one replication, as JSON to stdout', () => {
    expect(runCommand([])).toEqual({ kind: 'run', params: defaultParams(), seed: DEFAULT_SEED, replications: 1, format: 'json', force: false });
    expect(DEFAULT_SEED).toBe(new AppState({ run: () => new Promise(() => {}) }).seed);
  });

  it('reads seed, replications, format and out', () => {
    const command = runCommand(['--seed', '4294967295', '--replications', '1000', '--format', 'csv', '--out', 'x.csv']);
    expect(command).toMatchObject({ seed: 4_294_967_295, replications: 1000, format: 'csv', out: 'x.csv' });
  });

  it('knows the info commands, help first', () => {
    expect(parseCommand(['--schema', '--help']).kind).toBe('help');
    expect(parseCommand(['-h']).kind).toBe('help');
    expect(parseCommand(['--schema']).kind).toBe('schema');
    expect(parseCommand(['--list-presets'])).toEqual({ kind: 'list-presets', format: 'text' });
    expect(parseCommand(['--list-presets', '--format', 'json'])).toEqual({ kind: 'list-presets', format: 'json' });
  });

  it('resolves a preset id and a mode+platform+strategy combination', () => {
    expect(runCommand(['--preset', 'bass']).params).toEqual(resolvePreset('bass'));
    expect(runCommand(['--preset', 'interest+douyin+hybrid']).params)
      .toEqual(composeScenario({ mode: 'interest', platform: 'douyin', strategy: 'hybrid' }));
  });

  it('applies defaults < preset < params file < --set', () => {
    const io = filesIo({ 'p.json': JSON.stringify({ population: 5000, staff: 7 }) });
    const params = runCommand(['--preset', 'bass', '--params', 'p.json', '--set', 'staff=9', '--set', 'groups=2'], io).params;
    expect(params).toEqual({ ...resolvePreset('bass'), population: 5000, staff: 9, groups: 2 });
  });

  it('refuses a --set of the same key twice, as a JSON file with a repeated key', () => {
    expect(errorOf(() => runCommand(['--set', 'staff=1', '--set', 'staff=3'])).message)
      .toBe('--set staff given twice (staff=1, then staff=3); give each parameter once');
  });

  it.each([
    [['--seed', '1', '--seed', '2'], '--seed given twice (--seed 1, then --seed 2); give it once'],
    [['--format', 'json', '--format=csv'], '--format given twice (--format json, then --format csv); give it once'],
    [['--replications', '2', '--replications', '2'], '--replications given twice (--replications 2, then --replications 2); give it once'],
    [['--out', 'a.json', '--out', 'b.json'], '--out given twice (--out a.json, then --out b.json); give it once'],
    [['--force', '--force'], '--force given twice (--force, then --force); give it once'],
  ])('refuses a single-value option given twice: %j', (argv, expected) => {
    expect(errorOf(() => parseCommand(argv, filesIo({}))).message).toBe(expected);
  });

  it('refuses a params file over the app\'s import cap before reading it, and one that repeats a key', () => {
    let read = false;
    const big: CliIo = { fileSize: () => MAX_INPUT_FILE_BYTES + 1, readFile: () => ((read = true), '{}') };
    expect(errorOf(() => runCommand(['--params', 'big.json'], big)).message)
      .toBe('params file big.json is too large: 1 MB (1048577 bytes; expected at most 1 MB)');
    expect(read).toBe(false);
    const io = filesIo({ 'p.json': '{\n  "staff": 3,\n  "staff": 4\n}' });
    expect(errorOf(() => runCommand(['--params', 'p.json'], io)).message)
      .toBe('params file p.json has a duplicate key "staff" (line 3, column 3; expected each key once)');
  });

  it('checks cross-field rules on the merged result, not on each source alone', () => {
    const io = filesIo({ 'p.json': '{"tierAffinity": 0.9}' });
    expect(runCommand(['--params', 'p.json', '--set', 'tierTrueLove=0.95'], io).params.tierAffinity).toBe(0.9);
    expect(errorOf(() => runCommand(['--params', 'p.json'], io)).message).toContain('invalid tierTrueLove');
  });

  it('names the field, value and range of a bad --set', () => {
    expect(errorOf(() => runCommand(['--set', 'groupCapacity=-3'])).message).toBe('invalid groupCapacity: -3 (expected an integer 1–10000)');
    expect(errorOf(() => runCommand(['--set', 'population=lots'])).message).toBe('invalid population: "lots" (expected an integer 1000–1000000000)');
    expect(errorOf(() => runCommand(['--set', 'groupCapasity=3'])).message).toBe('unknown parameter groupCapasity (did you mean groupCapacity?)');
    expect(errorOf(() => runCommand(['--set', 'staff'])).message).toContain('expected KEY=VALUE');
  });

  it('names the file for an unreadable, unparsable or non-object params file', () => {
    const io = filesIo({ 'bad.json': '{"staff": ', 'list.json': '[1, 2]' });
    expect(errorOf(() => runCommand(['--params', 'none.json'], io)).message).toBe('cannot read params file none.json (no such file or directory)');
    expect(errorOf(() => runCommand(['--params', 'bad.json'], io)).message).toMatch(/^params file bad\.json is not valid JSON: /);
    expect(errorOf(() => runCommand(['--params', 'list.json'], io)).message).toMatch(/^params file list\.json must hold a JSON object/);
  });

  it('reports a bad value in a params file like a bad --set', () => {
    const io = filesIo({ 'p.json': '{"groupCapacity": -3}' });
    expect(errorOf(() => runCommand(['--params', 'p.json'], io)).message).toBe('invalid groupCapacity: -3 (expected an integer 1–10000)');
  });

  it('treats __proto__ in a params file as an unknown parameter, polluting nothing', () => {
    const io = filesIo({ 'p.json': '{"__proto__": {"staff": 50, "polluted": true}}' });
    expect(errorOf(() => runCommand(['--params', 'p.json'], io)).message).toBe('unknown parameter __proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    [['--seed', 'abc'], 'invalid --seed: "abc" (expected an integer 0–4294967295)'],
    [['--seed', '4294967296'], 'invalid --seed: 4294967296 (expected an integer 0–4294967295)'],
    [['--seed', '1.5'], 'invalid --seed: 1.5 (expected an integer 0–4294967295)'],
    [['--seed=-1'], 'invalid --seed: -1 (expected an integer 0–4294967295)'],
    [['--replications', '0'], 'invalid --replications: 0 (expected an integer 1–1000)'],
    [['--replications', '1001'], 'invalid --replications: 1001 (expected an integer 1–1000)'],
    [['--format', 'xml'], 'invalid --format: "xml" (expected one of json, csv)'],
    [['--preset', 'nope'], /^invalid preset: "nope" \(expected one of interest, /],
    [['--bogus'], 'unknown option --bogus; see --help'],
    [['--seeed', '3'], 'unknown option --seeed (did you mean --seed?); see --help'],
    [['--groupCapacity=3'], 'unknown option --groupCapacity (did you mean --set groupCapacity=…?); see --help'],
    [['run'], 'unexpected argument "run"; options start with -- (see --help)'],
    [['--seed'], 'option --seed needs a value'],
    [['--help=yes'], 'option --help takes no value'],
  ] as const)('rejects %j with one line: %s', (argv, expected) => {
    const message = errorOf(() => parseCommand([...argv], filesIo({}))).message;
    if (typeof expected === 'string') expect(message).toBe(expected);
    else expect(message).toMatch(expected);
  });
});
