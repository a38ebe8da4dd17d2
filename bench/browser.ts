/**
 * The explorer's latency in real Chromium (production build, Debian's /usr/bin/chromium):
 * first paint and first result after a cold page load (five, each in a fresh context), and
 * from a slider's key press (the keydown event) to the frame in which the KPI cards show the
 * new run (a key press fires the slider's change event, which runs at once; only a pointer
 * drag in progress is debounced). The default scenario: 100,000 agents over 365 days. Prints
 * a Markdown table.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { chromium, type Page } from 'playwright-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONFIG = path.join(ROOT, 'vite.config.ts');
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PRESSES = 8;
const COLD_LOADS = 5;

const outDir = mkdtempSync(path.join(tmpdir(), 'siyu-bench-'));
process.env.NODE_ENV = 'production';
await build({ root: ROOT, configFile: CONFIG, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const server = await preview({ root: ROOT, configFile: CONFIG, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 }, build: { outDir } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
try {
  // Cold loads, each in a fresh browser context (no cache, no stored state): the first result
  // is the frame in which the KPI cards first show values, on the page's clock (from navigation
  // start), watched from before the page's own scripts run; first paint is the browser's FCP.
  const firstResults: number[] = [];
  const firstPaints: number[] = [];
  let page!: Page;
  for (let i = 0; i < COLD_LOADS; i++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    page = await context.newPage();
    await page.addInitScript(`new MutationObserver((_, observer) => {
      if (!document.querySelector('.kpi .value')) return;
      observer.disconnect();
      requestAnimationFrame(() => { window.__firstResultMs = performance.now(); });
    }).observe(document, { subtree: true, childList: true, characterData: true });`);
    await page.goto(server.resolvedUrls!.local[0]);
    await page.locator('.kpi .value').first().waitFor({ timeout: 60_000 });
    let firstResultMs: number | undefined;
    while ((firstResultMs = (await page.evaluate('window.__firstResultMs')) as number | undefined) === undefined) await page.waitForTimeout(10);
    firstResults.push(firstResultMs);
    firstPaints.push((await page.evaluate(`performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN`)) as number);
    if (i < COLD_LOADS - 1) await context.close();
  }
  await page.waitForTimeout(1000); // the last page, for the key presses: let it settle
  const slider = page.getByRole('slider', { name: 'Ad budget', exact: true });
  const latencies: number[] = [];
  for (let i = 0; i < PRESSES; i++) {
    const before = (await page.locator('.kpi .value').allInnerTexts()).join('|');
    // Arm an in-page watcher first, so the time is measured on the page's own clock.
    // Written as a string: tsx rewrites inline functions with a helper the page lacks.
    // The clock starts at the key press itself (the keydown event's time stamp, taken when
    // the browser received the input), not when Playwright starts sending it.
    const changed = page.evaluate(`new Promise((resolve) => {
      const previous = ${JSON.stringify(before)};
      let start = NaN;
      document.addEventListener('keydown', (event) => { start = event.timeStamp; }, { capture: true, once: true });
      const read = () => Array.from(document.querySelectorAll('.kpi .value'), (e) => e.innerText).join('|');
      const observer = new MutationObserver(() => {
        if (read() !== previous) { observer.disconnect(); requestAnimationFrame(() => resolve(performance.now() - start)); }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      setTimeout(() => { observer.disconnect(); resolve(NaN); }, 20000);
    })`) as Promise<number>;
    await slider.focus();
    await slider.press(i % 2 === 0 ? 'PageUp' : 'PageDown');
    const ms = await changed;
    if (Number.isNaN(ms)) throw new Error('the KPIs did not change within 20 s of a slider key press');
    latencies.push(ms);
    if (process.env.BENCH_VERBOSE) console.log(ms.toFixed(0), await page.locator('.status.done').innerText().catch(() => ''));
  }
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)];
  latencies.sort((a, b) => a - b);
  console.log('\nExplorer latency in Chromium (default scenario: 100,000 agents × 365 days)\n');
  console.log('| measure | ms |');
  console.log('|---|---:|');
  console.log(`| first paint after page load, median of ${COLD_LOADS} cold loads | ${median(firstPaints).toFixed(0)} |`);
  console.log(`| first result after page load (cold worker and JIT), median of ${COLD_LOADS} | ${median(firstResults).toFixed(0)} |`);
  console.log(`| first result after page load, best · worst | ${sorted(firstResults)[0].toFixed(0)} · ${sorted(firstResults).at(-1)!.toFixed(0)} |`);
  console.log(`| slider key press → new KPIs, median of ${PRESSES} | ${median(latencies).toFixed(0)} |`);
  console.log(`| slider key press → new KPIs, best | ${latencies[0].toFixed(0)} |`);
  console.log(`| slider key press → new KPIs, worst | ${latencies[latencies.length - 1].toFixed(0)} |`);
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
