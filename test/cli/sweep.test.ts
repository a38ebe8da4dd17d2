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
  ])('rejects %j with one line', (argv, message) => {
    expect(() => parseSweepArgs(argv, 2)).toThrow(CliError);
    expect(() => parseSweepArgs(argv, 2)).toThrow(message);
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
