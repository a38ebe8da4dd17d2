/**
 * The real-browser harness shared by the end-to-end files: a production build of the app
 * (Vite's `build()`), a preview server on a free loopback port, and Debian's Chromium driven
 * by playwright-core (never a downloaded browser).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONFIG = path.join(ROOT, 'vite.config.ts');

/** Flags that work with Debian's headless Chromium here (no sandbox, GPU or QUIC); Playwright makes its own profile. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ServedApp {
  /** The preview server's address, e.g. http://127.0.0.1:41234/ */
  url: string;
  /** The folder of the production build being served. */
  outDir: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds the app, serves the build and launches Chromium; `close` undoes all three. */
export async function serveApp(): Promise<ServedApp> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'siyu-e2e-'));
  // Vitest sets NODE_ENV=test, which would make Vite build Svelte in development mode.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: ROOT, configFile: CONFIG, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const server = await preview({ root: ROOT, configFile: CONFIG, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 }, build: { outDir } });
  const url = server.resolvedUrls?.local[0] ?? '';
  if (!url) throw new Error('the preview server did not report a URL');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  return {
    url,
    outDir,
    browser,
    async close() {
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

declare global {
  interface Window {
    /** Main-thread tasks over 50 ms, as the page's PerformanceObserver saw them. */
    __longTasks: { start: number; duration: number }[];
    /** Spans the test itself spent on the main thread (e.g. reading a canvas), to leave out. */
    __probes: { start: number; end: number }[];
  }
}

/**
 * A page in a fresh context that records long tasks from its first script on, and pushes
 * every console error or warning and uncaught error into `problems`.
 */
export async function observedPage(browser: Browser, problems: string[]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-US' });
  await context.addInitScript(() => {
    window.__longTasks = [];
    window.__probes = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return page;
}
