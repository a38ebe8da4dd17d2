/**
 * The real-browser harness shared by the end-to-end files (and `npm run bench`): a production
 * build of the app (Vite's `build()`), served as deployed (scripts/serve.ts: the CSP as an HTTP
 * header on every response) on a free loopback port, and Debian's Chromium driven by
 * playwright-core (never a downloaded browser).
 *
 * A test file opens everything with one line at its top, `await openApp(path)`; the browser,
 * server and build are closed after the file's last test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer } from '../../scripts/serve.ts';
import { afterAll, vi } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONFIG = path.join(ROOT, 'vite.config.ts');

/**
 * How long any one wait (a locator, a `waitForFunction`, an `expect.poll`) may last before the
 * test calls the app stuck. A bound for "it never happens", far above how long anything takes
 * on a busy machine: no test asserts speed (that is `npm run bench`'s work).
 */
export const WAIT_MS = 120_000;
/** A whole end-to-end test: many waits in a row, each bounded by WAIT_MS. */
const TEST_MS = 600_000;

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

export const VIEWPORT = { width: 1400, height: 1000 };

export interface ServedApp {
  /** The server's address, e.g. http://127.0.0.1:41234/ */
  url: string;
  /** The Content-Security-Policy header the server sends. */
  policy: string;
  /** The folder of the production build being served. */
  outDir: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds the app, serves the build and launches Chromium; `close` undoes all three. */
export async function serveApp(): Promise<ServedApp> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'siyu-e2e-'));
  const undo: (() => Promise<unknown> | void)[] = [() => rmSync(outDir, { recursive: true, force: true })];
  const close = async () => {
    for (const step of undo.reverse()) await step();
  };
  try {
    // Vitest sets NODE_ENV=test, which would make Vite build Svelte in development mode.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ root: ROOT, configFile: CONFIG, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
    const server = await startServer({ dir: outDir, host: '127.0.0.1', port: 0 });
    undo.push(() => server.close());
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
    undo.push(() => browser.close());
    return { url: server.url, policy: server.policy, outDir, browser, close };
  } catch (error) {
    await close();
    throw error;
  }
}

declare global {
  interface Window {
    /** Content-Security-Policy violations the page reported, from its first script on. */
    __cspViolations: string[];
  }
}

/** A fresh browser context (no cache, no stored state) whose pages record CSP violations from their first script on. */
async function observedContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  context.setDefaultTimeout(WAIT_MS);
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return context;
}

/**
 * A page in a fresh browser context (or in `shared`, for two tabs of one browser profile)
 * that records CSP violations from its first script on and pushes every console error or
 * warning and uncaught error into `problems`. Close it with `page.context().close()`, or
 * `page.close()` for a page in a shared context.
 */
export async function observedPage(browser: Browser, problems: string[], shared?: BrowserContext): Promise<Page> {
  const context = shared ?? (await observedContext(browser));
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return page;
}

export interface OpenApp {
  /** The app's address (the server's root). */
  url: string;
  /** The Content-Security-Policy header the server sends (index.html's policy and frame-ancestors). */
  policy: string;
  /** The folder of the production build being served. */
  outDir: string;
  browser: Browser;
  /** The file's page, opened at the path given to `openApp`. */
  page: Page;
  /** Console errors and warnings and uncaught errors of the file's page (and of `openPage`'s, unless given a list). */
  problems: string[];
  /**
   * Another observed page at `path` of the app: in a fresh context, or in `shared` (another
   * tab of the same browser profile: same IndexedDB, BroadcastChannel between them).
   */
  openPage(path?: string, problems?: string[], shared?: BrowserContext): Promise<Page>;
}

/**
 * For one end-to-end file, at its top level: `const { page, url } = await openApp('#/lesson/1')`.
 * Builds and serves the app, launches Chromium, opens an observed page at `path`, and closes
 * all of it after the file's tests. Waits are bounded by WAIT_MS, never by how fast the app is.
 */
export async function openApp(pagePath = ''): Promise<OpenApp> {
  vi.setConfig({ testTimeout: TEST_MS, expect: { poll: { timeout: WAIT_MS, interval: 100 } } });
  const served = await serveApp();
  afterAll(() => served.close());
  const problems: string[] = [];
  const openPage = async (at = '', into = problems, shared?: BrowserContext) => {
    const opened = await observedPage(served.browser, into, shared);
    await opened.goto(served.url + at);
    return opened;
  };
  const page = await openPage(pagePath);
  return { url: served.url, policy: served.policy, outDir: served.outDir, browser: served.browser, page, problems, openPage };
}
