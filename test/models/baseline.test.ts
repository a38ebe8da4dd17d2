/**
 * The golden baseline: at a fixed seed, the default scenario and five edge cases reproduce
 * exactly the output pinned in test/baseline/ (a sha-256 of the whole JSON output, with the
 * summary kept beside it to read).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASELINE_PATH, BASELINE_SCENARIOS, BASELINE_SEED, SCENARIOS_PATH, baselineOutput, outputDigest } from '../baseline/baseline.ts';

interface Pinned {
  summary: Record<string, unknown>;
  digest: string;
}

/** Why an output's digest differs from the pinned one, pointing at the first summary field that moved. */
function mismatch(file: string, pinnedSummary: Record<string, unknown>, output: Record<string, unknown>): string {
  const summary = output.summary as Record<string, unknown>;
  const others = Object.keys(output).filter((key) => key !== 'summary');
  const keys = [...new Set([...Object.keys(pinnedSummary), ...Object.keys(summary)])];
  const moved = keys.find((key) => JSON.stringify(pinnedSummary[key]) !== JSON.stringify(summary[key]));
  const where =
    moved === undefined
      ? `every summary field matches, so the difference is elsewhere in the output (${others.join(', ')})`
      : `first differing summary field: ${moved} (pinned ${JSON.stringify(pinnedSummary[moved])}, now ${JSON.stringify(summary[moved])})`;
  return `the output differs from the golden baseline in ${file}: ${where}. Run \`npm run baseline\` only for a model change meant to move the numbers (and say why in the commit); otherwise the change altered results it should not have`;
}

function expectPinned(filePath: string, entry: Pinned, overrides = {}): void {
  const file = path.relative(process.cwd(), filePath);
  expect(entry.digest, `no output digest pinned in ${file}: run npm run baseline`).toMatch(/^[0-9a-f]{64}$/);
  const output = baselineOutput(overrides);
  expect(outputDigest(output), mismatch(file, entry.summary, output)).toBe(entry.digest);
  expect(output.summary).toEqual(entry.summary);
}

describe('the golden baseline', () => {
  it('reproduces the default scenario output at the fixed seed', () => {
    const baseline = JSON.parse(readFileSync(BASELINE_PATH, 'utf8'));
    expect(baseline.seed).toBe(BASELINE_SEED);
    expectPinned(BASELINE_PATH, baseline);
  });

  it.each(BASELINE_SCENARIOS)('reproduces the $name scenario output at the fixed seed', ({ name, overrides }) => {
    const pinned = JSON.parse(readFileSync(SCENARIOS_PATH, 'utf8'));
    expect(pinned.seed).toBe(BASELINE_SEED);
    const entry = pinned.scenarios.find((scenario: { name: string }) => scenario.name === name);
    expect(entry, `scenario "${name}" is missing from ${SCENARIOS_PATH}: run npm run baseline`).toBeDefined();
    expect(entry.overrides).toEqual(overrides);
    expectPinned(SCENARIOS_PATH, entry, overrides);
  });
});
