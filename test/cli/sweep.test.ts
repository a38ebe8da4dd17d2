/**
 * `npm run sweep`: argument errors in process; the real CLI for exit codes, one-line errors,
 * and sharded-then-merged output byte-identical to one unsharded run.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSweepArgs } from '../../cli/sweep/args.ts';
import { CliError } from '../../cli/terminal.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const dir = mkdtempSync(path.join(tmpdir(), 'siyu-sweep-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sweep(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(TSX, [path.join(ROOT, 'cli/sweep.ts'), ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const file = path.join(dir, 'sweep.json');
writeFileSync(file, JSON.stringify({
  kind: 'sweep1d',
  params: { population: 1000, agentWeight: 1, horizonDays: 30 },
  replications: 2,
  x: { key: 'groups', from: 0, to: 20, steps: 5 },
}));

describe('sweep arguments', () => {
  it.each([
    [['--experiment'], /missing value for --experiment/],
    [['--experiment', file, '--workers', '0'], /invalid --workers: 0/],
    [['--experiment', file, '--shard', '3/3'], /invalid shard: "3\/3"/],
    [['--experiment', file, '--bogus'], /unknown option --bogus/],
    [['merge'], /merge needs one or more shard files/],
    [['--experiment', file, '--workers', '1', '--workers', '2'], /^--workers given twice \(--workers 1, then --workers 2\); give it once$/],
    [['--experiment', file, '--format=json', '--format', 'csv'], /^--format given twice/],
    [['--experiment', file, '--experiment', file], /^--experiment given twice/],
    [['--experiment', file, '--force', '--force'], /^--force given twice; give it once$/],
    [['--experiment', file, '--force=yes'], /^option --force takes no value$/],
  ])('rejects %j with one line', (argv, message) => {
    expect(() => parseSweepArgs(argv, 2)).toThrow(CliError);
    expect(() => parseSweepArgs(argv, 2)).toThrow(message);
  });

  it('refuses an unknown field with the nearest known one, instead of ignoring it', () => {
    const typo = path.join(dir, 'typo.json');
    writeFileSync(typo, JSON.stringify({ kind: 'replications', replicatons: 50 }));
    expect(() => parseSweepArgs(['--experiment', typo], 2)).toThrow(
      /^unknown field "replicatons": did you mean replications\? \(a replications experiment has kind, scenario, params, seed, replications, kpi\) in /);
    writeFileSync(typo, JSON.stringify({ kind: 'sweep1d', x: { key: 'groups', from: 0, to: 2, stpes: 3 } }));
    expect(() => parseSweepArgs(['--experiment', typo], 2)).toThrow(/^unknown field "x\.stpes": did you mean x\.steps\? \(an axis has key, from, to, steps, scale\)/);
  });

  it('refuses a definition with a repeated key or over the size cap', () => {
    const twice = path.join(dir, 'twice.json');
    writeFileSync(twice, '{"kind": "replications", "seed": 1, "seed": 2}');
    expect(() => parseSweepArgs(['--experiment', twice], 2)).toThrow(`experiment ${twice} has a duplicate key "seed" (line 1, column 37; expected each key once)`);
    const big = path.join(dir, 'big.json');
    writeFileSync(big, `{"kind": "replications", "scenario": "${'x'.repeat(2 * 1_048_576)}"}`);
    expect(() => parseSweepArgs(['--experiment', big], 2)).toThrow(/^experiment .* is too large: 2 MB \(\d+ bytes; expected at most 1 MB\)$/);
  });

  it('reads the definition and names its bad field', () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ kind: 'sweep1d', x: { key: 'groups', from: 0, to: 2, steps: 99 } }));
    expect(() => parseSweepArgs(['--experiment', bad], 2)).toThrow(/^invalid x\.steps: 99 \(expected an integer 2–50\) in /);
  });
});

describe('the sweep CLI', () => {
  it('exits 2 with one line on stderr for a bad definition', async () => {
    const bad = path.join(dir, 'bad-kind.json');
    writeFileSync(bad, '{"kind":"sweep3d"}');
    const { code, stderr } = await sweep(['--experiment', bad]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n').filter((l) => !l.includes('npm warn'))).toEqual([
      expect.stringMatching(/^error: invalid kind: "sweep3d" \(expected one of replications, sweep1d/),
    ]);
  });

  /** Bad input: exit 2, nothing on stdout, one line on stderr (npm's own warnings aside). */
  async function refused(args: string[]): Promise<string> {
    const { code, stdout, stderr } = await sweep(args);
    const lines = stderr.trimEnd().split('\n').filter((l) => !l.includes('npm warn'));
    expect(stdout).toBe('');
    expect(lines).toHaveLength(1);
    expect(code).toBe(2);
    return lines[0];
  }

  it('exits 2 for an unknown field, a repeated option and an --out it cannot write', async () => {
    const typo = path.join(dir, 'typo-cli.json');
    writeFileSync(typo, JSON.stringify({ kind: 'replications', params: { population: 1000, horizonDays: 30 }, replicatons: 50 }));
    expect(await refused(['--experiment', typo])).toMatch(/^error: unknown field "replicatons": did you mean replications\?/);
    expect(await refused(['--experiment', file, '--shard', '0/2', '--shard', '1/2'])).toMatch(/^error: --shard given twice/);
    expect(await refused(['--experiment', file, '--out', dir])).toBe(`error: cannot write --out ${dir} (it is a directory; expected a file path)`);
    expect(await refused(['merge', path.join(dir, 'none.json'), '--out', path.join(dir, 'missing', 'm.json')])).toMatch(/^error: cannot write --out .* \(no such file or directory\)$/);
  });

  it('exits 2 with the estimate for an experiment beyond this machine', async () => {
    const huge = path.join(dir, 'huge.json');
    writeFileSync(huge, JSON.stringify({
      kind: 'sweep1d', params: { population: 10_000_000, agentWeight: 1, horizonDays: 1095 }, replications: 200,
      x: { key: 'groups', from: 0, to: 50, steps: 50 },
    }));
    expect(await refused(['--experiment', huge, '--workers', '2'])).toMatch(/^error: this run needs about [\d,]+ MB of memory and \d+ h( \d\d min)? \(10000 runs, .* agent-days on 2 threads, at \d+ M agent-days\/s a core\): .*add --force to run it anyway$/);
  });

  it('merges shards into exactly the bytes of one unsharded run', async () => {
    const whole = path.join(dir, 'whole.json');
    const shards = [0, 1, 2].map((i) => path.join(dir, `shard${i}.json`));
    const merged = path.join(dir, 'merged.json');
    const results = await Promise.all([
      sweep(['--experiment', file, '--workers', '1', '--out', whole]),
      ...shards.map((out, i) => sweep(['--experiment', file, '--shard', `${i}/3`, '--workers', '1', '--out', out])),
    ]);
    expect(results.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    const merge = await sweep(['merge', shards[2], shards[0], shards[1], '--out', merged]);
    expect(merge.code).toBe(0);
    expect(readFileSync(merged, 'utf8')).toBe(readFileSync(whole, 'utf8'));

    const missing = await sweep(['merge', shards[0], shards[2]]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/runs missing/);
  });
});
