/**
 * The explorer's latency in real Chromium (production build, Debian's /usr/bin/chromium):
 * first paint and first result after a cold page load (fifteen, each in a fresh context: one
 * load differs from the next by up to ±0.15 s on this machine), and from a slider's key press
 * (the keydown event) to the frame in which the KPI cards show the new run (a key press fires
 * the slider's change event, which runs at once; only a pointer drag in progress is
 * debounced), for presses that land on the default scenario or its neighbour and for presses
 * to a much larger scenario. The default scenario: 100,000 agents over 365 days. Prints a
 * Markdown table.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { chromium, type Locator, type Page } from 'playwright-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONFIG = path.join(ROOT, 'vite.config.ts');
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PRESSES = 8;
const COLD_LOADS = 15;

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
  // Two kinds of press on the Ad budget slider (log scale, default 3,000 RMB/day):
  //  - arrow keys, alternating up and down: one step (3,000 ↔ 3,100), so every run is the
  //    default scenario or its neighbour: what "the default scenario within 0.5 s of the
  //    slider stopping" asks for;
  //  - PageUp / PageDown, alternating: a tenth of the range (×2.5 budget, ~7,600) and back,
  //    so every other run is a much larger scenario (more agents acquired and active).
  const arrows = await pressLatencies(page, slider, ['ArrowUp', 'ArrowDown']);
  const pages = await pressLatencies(page, slider, ['PageUp', 'PageDown']);
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)];
  const row = (label: string, values: number[]) =>
    console.log(`| ${label}, median of ${values.length} (best · worst) | ${median(values).toFixed(0)} (${sorted(values)[0].toFixed(0)} · ${sorted(values).at(-1)!.toFixed(0)}) |`);
  console.log('\nExplorer latency in Chromium (default scenario: 100,000 agents × 365 days)\n');
  console.log('| measure | ms |');
  console.log('|---|---:|');
  console.log(`| first paint after page load, median of ${COLD_LOADS} cold loads | ${median(firstPaints).toFixed(0)} |`);
  row('first result after page load (cold worker and JIT)', firstResults);
  row('slider arrow key (default budget ↔ one step up) → new KPIs', arrows);
  row('slider PageUp / PageDown (budget ×2.5 and back) → new KPIs', pages);
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}

/**
 * Key press → new KPIs, PRESSES times, cycling through `keys`: from the keydown event's time
 * stamp to the frame after the KPI cards change, on the page's own clock.
 */
async function pressLatencies(page: Page, slider: Locator, keys: string[]): Promise<number[]> {
  const latencies: number[] = [];
  await slider.focus();
  for (let i = 0; i < PRESSES; i++) {
    const before = (await page.locator('.kpi .value').allTextContents()).join('|');
    // An in-page watcher, so the time is measured on the page's own clock, written as a
    // string (tsx rewrites inline functions with a helper the page lacks). The clock starts at
    // the key press itself (the keydown event's time stamp, taken when the browser received
    // the input), not when Playwright starts sending it.
    // Armed and awaited before the press, so the watcher is in place when the key goes down.
    await page.evaluate(`void (window.__pressed = new Promise((resolve) => {
      const previous = ${JSON.stringify(before)};
      let start = NaN;
      document.addEventListener('keydown', (event) => { start = event.timeStamp; }, { capture: true, once: true });
      const read = () => Array.from(document.querySelectorAll('.kpi .value'), (e) => e.textContent).join('|');
      const observer = new MutationObserver(() => {
        if (read() !== previous) { observer.disconnect(); requestAnimationFrame(() => resolve(performance.now() - start)); }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      setTimeout(() => { observer.disconnect(); resolve(NaN); }, 20000);
    }))`);
    const key = keys[i % keys.length];
    await page.keyboard.press(key);
    const ms = (await page.evaluate('window.__pressed')) as number;
    if (Number.isNaN(ms)) throw new Error(`the KPIs did not change within 20 s of pressing ${key} on a slider`);
    latencies.push(ms);
    if (process.env.BENCH_VERBOSE) console.log(key, ms.toFixed(0));
    await page.waitForTimeout(200); // let the charts take the result before the next press
  }
  return latencies;
}
