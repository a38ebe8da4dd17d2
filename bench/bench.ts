/**
 * `npm run bench`: the engine's speed and memory for the default scenario, as a table.
 * The engine is bundled first (esbuild, ESM: the code as the browser gets it), and each row
 * runs in a fresh process (bench/engine.ts) so peak memory is its own. Then the app in
 * Chromium (bench/browser.ts): cold load, key-press latency and main-thread long tasks.
 * Targets: ≥ 300 M agent-days/s at 1e6 agents × 365 days on one core, ≤ 40 bytes an agent,
 * a key press → new KPIs in ≤ 0.3 s. Figures, not pass/fail: a busy machine reads slower.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const engine = fileURLToPath(new URL('./engine.ts', import.meta.url));
const bundle = fileURLToPath(new URL('./tmp/models.mjs', import.meta.url));
mkdirSync(fileURLToPath(new URL('./tmp/', import.meta.url)), { recursive: true });
buildSync({
  entryPoints: [fileURLToPath(new URL('../models/index.ts', import.meta.url))],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  outfile: bundle,
  logLevel: 'warning',
});

interface Row {
  agents: number;
  horizonDays: number;
  medianMs: number;
  minMs: number;
  collectMs: number;
  agentDaysPerSecond: number;
  bytesPerAgentDeclared: number;
  bytesPerAgentMeasured: number;
  peakRssMb: number;
}

const configs: [number, number, number][] = [
  [100_000, 365, 7],
  [1_000_000, 365, 5],
];
const rows: Row[] = configs.map(([n, h, r]) =>
  JSON.parse(execFileSync(tsx, [engine, bundle, String(n), String(h), String(r)], { encoding: 'utf8' }).trim().split('\n').pop()!),
);

const fmt = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
console.log('\nSiyu Lab engine benchmark: the default scenario with N agents (default agent weight, default budgets), one core, median of repeats\n');
console.log('| agents | days | run (ms, median) | run (ms, best) | metrics (ms) | M agent-days/s | bytes/agent (arrays) | peak RSS (MB) |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${fmt(r.agents)} | ${r.horizonDays} | ${fmt(r.medianMs)} | ${fmt(r.minMs)} | ${fmt(r.collectMs, 1)} | ${fmt(r.agentDaysPerSecond / 1e6, 1)} | ${fmt(r.bytesPerAgentMeasured, 1)} | ${fmt(r.peakRssMb)} |`,
  );
}
console.log(`\nNode ${process.version}, ${new Date().toISOString().slice(0, 10)}`);

// The same scenario in the real browser: first result, slider-to-KPI latency, long tasks.
process.stdout.write(execFileSync(tsx, [fileURLToPath(new URL('./browser.ts', import.meta.url))], { encoding: 'utf8' }));
