import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, MAX_INPUT_FILE_BYTES, PARAM_KEYS, PARAM_SPECS } from '../../models/params/index.ts';
import { PRESETS } from '../../models/presets/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
// The project's own tsx, as `npx tsx` would find it, without npm's chatter on stderr.
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const work = mkdtempSync(join(tmpdir(), 'siyu-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** The real CLI, as a user runs it. */
function sim(...args: string[]): Promise<Outcome> {
  return new Promise((done) => {
    execFile(TSX, ['cli/sim.ts', ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

describe('the sim CLI', () => {
  it('lists every parameter with its default, range, unit and meaning in --help', async () => {
    const { code, stdout } = await sim('--help');
    expect(code).toBe(0);
    for (const spec of PARAM_SPECS) {
      const line = stdout.split('\n').find((l) => l.trimStart().startsWith(`${spec.key} `));
      expect(line, spec.key).toBeDefined();
      expect(line).toContain('default ');
      if (spec.kind !== 'choice') {
        expect(line).toContain(`${spec.min}–${spec.max}`);
        expect(line).toContain(spec.unit.en);
      } else {
        expect(line).toContain(spec.choices.join(', '));
      }
      expect(stdout).toContain(spec.meaning.en);
    }
  });

  it('prints the schema as JSON with every key', async () => {
    const { code, stdout } = await sim('--schema');
    expect(code).toBe(0);
    const schema = JSON.parse(stdout) as { params: { key: string; default: unknown }[] };
    expect(schema.params.map((spec) => spec.key)).toEqual([...PARAM_KEYS]);
  });

  it('lists every preset', async () => {
    const { code, stdout } = await sim('--list-presets');
    expect(code).toBe(0);
    for (const preset of PRESETS) expect(stdout).toContain(preset.id);
  });

  it('exits 2 with one stderr line naming the field for a bad --set, writing nothing to --out', async () => {
    const out = join(work, 'bad-set.json');
    const { code, stdout, stderr } = await sim('--set', 'groupCapacity=-3', '--out', out);
    expect(code).toBe(2);
    expect(stderr).toBe('error: invalid groupCapacity: -3 (expected an integer 1–10000)\n');
    expect(stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 with one stderr line for an unknown flag', async () => {
    const { code, stderr } = await sim('--bogus');
    expect(code).toBe(2);
    expect(stderr.trimEnd().split('\n')).toEqual(['error: unknown option --bogus; see --help']);
  });

  it('exits 2 naming the file for a params file that is not JSON', async () => {
    const file = join(work, 'broken.json');
    writeFileSync(file, '{"staff": 3,');
    const { code, stderr } = await sim('--params', file);
    expect(code).toBe(2);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`params file ${file} is not valid JSON`);
  });

  /** Bad input: exit 2, nothing on stdout, exactly one line on stderr. */
  async function refused(args: string[]): Promise<string> {
    const { code, stdout, stderr } = await sim(...args);
    expect(stdout).toBe('');
    expect(stderr.endsWith('\n') && stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(code).toBe(2);
    return stderr.trimEnd();
  }

  it.each([
    [['--seed', '1', '--seed', '2'], 'error: --seed given twice (--seed 1, then --seed 2); give it once'],
    [['--format', 'json', '--format', 'csv'], 'error: --format given twice (--format json, then --format csv); give it once'],
  ])('exits 2 for a single-value flag given twice: %j', async (args, line) => {
    expect(await refused(args)).toBe(line);
  });

  it('exits 2 for a params file over the import cap, and for one that repeats a key', async () => {
    const big = join(work, 'big.json');
    writeFileSync(big, `{"notes": "${'x'.repeat(MAX_INPUT_FILE_BYTES)}"}`);
    expect(await refused(['--params', big])).toMatch(new RegExp(`^error: params file ${big} is too large: 1 MB \\(\\d+ bytes; expected at most 1 MB\\)$`));
    const twice = join(work, 'twice.json');
    writeFileSync(twice, '{"staff": 3, "staff": 4}');
    expect(await refused(['--params', twice])).toBe(`error: params file ${twice} has a duplicate key "staff" (line 1, column 14; expected each key once)`);
  });

  it('exits 2 for an --out that cannot be written, before running anything', async () => {
    const file = join(work, 'a-file');
    writeFileSync(file, '');
    expect(await refused(['--out', work])).toBe(`error: cannot write --out ${work} (it is a directory; expected a file path)`);
    expect(await refused(['--out', join(work, 'no-such-dir', 'run.json')])).toBe(`error: cannot write --out ${join(work, 'no-such-dir', 'run.json')} (no such file or directory)`);
    expect(await refused(['--out', join(file, 'run.json')])).toBe(`error: cannot write --out ${join(file, 'run.json')} (a part of the path is not a directory)`);
    expect(await refused(['--out', ''])).toBe('error: invalid --out: "" (expected a file path)');
  });

  it('shows the estimate and exits 2 for a run beyond this machine (--force is tested in test/cli/estimate.test.ts)', async () => {
    const line = await refused(['--set', 'population=10000000', '--set', 'agentWeight=1', '--set', 'horizonDays=1095', '--replications', '1000']);
    expect(line).toMatch(/^error: this run needs about [\d,]+ MB of memory and \d+ h \d\d min \(10000000 agents × 1095 days × 1000 replications, at \d+ M agent-days\/s a core\): .*longer than 1 h; make it smaller, or add --force to run it anyway$/);
  });

  describe.runIf(existsSync(join(ROOT, 'models/index.ts')))('with the engine', () => {
    it('runs a small Bass scenario and prints the JSON contract', async () => {
      const { code, stdout, stderr } = await sim('--preset', 'bass', '--set', 'population=2000', '--set', 'horizonDays=60', '--format', 'json');
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const result = JSON.parse(stdout) as Record<string, unknown>;
      for (const key of ['version', 'seed', 'params', 'summary', 'series', 'cohorts', 'ltv']) expect(result).toHaveProperty(key);
      expect(result.seed).toBe(DEFAULT_SEED); // the app's default: "the defaults" are the same everywhere
      expect((result.params as Record<string, unknown>).population).toBe(2000);
    });

    it('writes --out only once the run is done, leaving no temporary file', async () => {
      const dir = mkdtempSync(join(work, 'out-'));
      const out = join(dir, 'run.csv');
      const { code } = await sim('--preset', 'bass', '--set', 'population=2000', '--set', 'horizonDays=60', '--format', 'csv', '--out', out);
      expect(code).toBe(0);
      expect(readdirSync(dir)).toEqual(['run.csv']);
      const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
      expect(lines).toHaveLength(61); // a header and one row a day
    });
  });
});
