/**
 * Keeping and sharing work, and surviving faults, in real Chromium against the production
 * build (with its Content-Security-Policy): save, reload and reopen; share links in a fresh
 * browser context; corrupt links; a killed worker and Retry; Cancel; the memory refusal; a
 * scenario saved under schema version 1; delete with Undo; file import. The IndexedDB store is
 * tested here, in a real browser, rather than against a Node stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serveApp, type ServedApp } from './harness.ts';

const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const RUN_TIMEOUT = 40_000;

let served: ServedApp | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let url = '';
const problems: string[] = [];

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

async function newPage(ctx: BrowserContext): Promise<Page> {
  const created = await ctx.newPage();
  created.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  created.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return created;
}

async function newContext(): Promise<BrowserContext> {
  const ctx = await browser!.newContext({ viewport: { width: 1300, height: 950 }, locale: 'en-US' });
  await ctx.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return ctx;
}

beforeAll(async () => {
  served = await serveApp();
  ({ url, browser } = served);
  context = await newContext();
  page = await newPage(context);
  await page.goto(`${url}?test`);
});

afterAll(async () => {
  await served?.close();
});

const kpiTexts = (p: Page = page) => p.locator('.kpi .value').allInnerTexts();

async function settled(p: Page = page): Promise<void> {
  await p.locator('.kpi .value').first().waitFor({ timeout: RUN_TIMEOUT });
  await p.waitForFunction(() => !document.querySelector('[role="progressbar"]'), null, { timeout: RUN_TIMEOUT });
}

/** Wait for the KPIs to settle on something other than `before`. */
async function kpisChangeFrom(before: string[]): Promise<string[]> {
  await page.waitForFunction(
    (old) => {
      const now = [...document.querySelectorAll('.kpi .value')].map((el) => (el as HTMLElement).innerText);
      return !document.querySelector('[role="progressbar"]') && now.length > 0 && now.join('|') !== old;
    },
    before.join('|'),
    { timeout: RUN_TIMEOUT },
  );
  return kpiTexts();
}

/** A share payload as the app writes it (base64url of compact JSON). */
const payload = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

async function openLibrary(): Promise<void> {
  await page.locator('nav a[href="#/library"]').click();
  await page.locator('#library-heading').waitFor();
}

describe('keeping, sharing and surviving, in a browser', () => {
  it('builds a page with a CSP (no inline script) that runs without violations', async () => {
    const html = readFileSync(path.join(served!.outDir, 'index.html'), 'utf8');
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    expect(html).toMatch(/script-src 'self';/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // every script has a src
    expect(readdirSync(served!.outDir)).toContain('boot.js');
    await settled();
    expect(await kpiTexts()).toHaveLength(6);
    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    expect(page.url()).toMatch(/#\/explore\/s=[A-Za-z0-9_-]+$/);
  });

  it('saves a scenario, and after a reload reopening it gives identical KPIs', async () => {
    await settled();
    const defaults = await kpiTexts();
    await page.locator('select[data-family="strategy"]').selectOption('private-first');
    const saved = await kpisChangeFrom(defaults);
    await openLibrary();
    await page.locator('input[name="scenario-name"]').fill('<img src=x onerror=alert(1)> Group test');
    await page.locator('textarea[name="scenario-notes"]').fill('notes are text, not HTML');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const item = page.locator('.scenario').filter({ hasText: 'Group test' });
    await item.waitFor();
    // The name is text: shown literally, no element made from it.
    expect(await item.locator('.name').innerText()).toBe('<img src=x onerror=alert(1)> Group test');
    expect(await item.locator('img').count()).toBe(0);
    expect(await item.locator('.summary dd').count()).toBe(6);

    // Change the explorer's state, then reload (the autosave keeps the change).
    await page.locator('nav a[href="#/explore"]').click();
    await page.locator('select[data-family="strategy"]').selectOption('public-only');
    const changed = await kpisChangeFrom(saved);
    await page.waitForTimeout(800); // the autosave's debounce
    await page.goto(`${url}?test#/library`);
    await page.locator('.scenario').filter({ hasText: 'Group test' }).waitFor();
    await page.locator('.scenario').filter({ hasText: 'Group test' }).getByRole('button', { name: 'Open' }).click();
    await page.locator('.kpi .value').first().waitFor();
    const reopened = await kpisChangeFrom(changed);
    expect(reopened).toEqual(saved);
  });

  it('restores the autosaved state on a plain reload of the app', async () => {
    await settled();
    const before = await kpiTexts();
    await page.waitForTimeout(800);
    await page.goto(`${url}?test`);
    await settled();
    expect(await kpiTexts()).toEqual(before);
  });

  it('opens a share link in a fresh browser context with identical KPIs', async () => {
    await settled();
    const before = await kpiTexts();
    const link = page.url();
    expect(link).toContain('#/explore/s=');
    const fresh = await newContext();
    const other = await newPage(fresh);
    await other.goto(link);
    await settled(other);
    expect(await kpiTexts(other)).toEqual(before);
    await fresh.close();
  });

  it('opens a link written under schema version 1 after migrating it', async () => {
    const fresh = await newContext();
    const other = await newPage(fresh);
    await other.goto(`${url}#/explore/s=${payload({ v: 1, p: { adBudgetDaily: 5000, grossMargin: 40 }, s: 42 })}`);
    await settled(other);
    expect(await other.locator('[data-param="paidBudgetDaily"] input.number').inputValue()).toBe('5000');
    expect(await other.locator('[data-param="grossMargin"] input.number').inputValue()).toBe('0.4');
    await fresh.close();
  });

  it('shows what is wrong with a corrupt link and keeps the current state', async () => {
    await settled();
    const before = await kpiTexts();
    const params = await page.locator('[data-param="paidBudgetDaily"] input.number').inputValue();
    await page.evaluate((hash) => (window.location.hash = hash), `#/explore/s=${payload({ v: 2, p: { groupCapacity: -3 }, s: 1 })}`);
    const alert = page.locator('.link-error');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('invalid groupCapacity: -3 (expected an integer 1–10000)');
    await page.evaluate(() => (window.location.hash = '#/explore/s=not*base64'));
    await expect.poll(() => alert.innerText()).toContain('invalid link');
    expect(await kpiTexts()).toEqual(before);
    expect(await page.locator('[data-param="paidBudgetDaily"] input.number').inputValue()).toBe(params);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    expect(await alert.count()).toBe(0);
  });

  it('refuses a run too big for memory before it starts, showing the estimate in MB', async () => {
    await settled();
    const before = await kpiTexts();
    await page.evaluate(() => window.__siyuTest!.setMemoryLimitMb(50));
    await page.evaluate((hash) => (window.location.hash = hash), `#/explore/s=${payload({ v: 2, p: { population: 5_000_000 }, s: 42 })}`);
    const refused = page.locator('.refused');
    await refused.waitFor();
    expect(await refused.innerText()).toMatch(/about \d+ MB of memory.*\(50 MB\)/);
    expect(await kpiTexts()).toEqual(before);
    await page.evaluate(() => window.__siyuTest!.setMemoryLimitMb(1536));
  });

  it('offers Cancel on a long run; cancelling keeps the previous result and offers Retry', async () => {
    // Retry after the refusal runs (the limit is back); then a long run: 10 replications of 3 years.
    await page.locator('.refused').getByRole('button', { name: 'Retry' }).click();
    await settled();
    const before = await kpiTexts();
    await page.evaluate((hash) => (window.location.hash = hash),
      `#/explore/s=${payload({ v: 2, p: { population: 2_000_000, horizonDays: 1095 }, s: 9, r: 10 })}`);
    const cancel = page.getByRole('button', { name: 'Cancel', exact: true });
    await cancel.waitFor({ timeout: RUN_TIMEOUT });
    await cancel.click();
    await page.locator('.run-note[role="status"]').waitFor();
    expect(await page.locator('[role="progressbar"]').count()).toBe(0);
    expect(await kpiTexts()).toEqual(before); // the previous result stays
    expect(await page.locator('.run-note[role="status"]').getByRole('button', { name: 'Retry' }).isVisible()).toBe(true);
  });

  it('reports a worker killed mid-run, and Retry succeeds', async () => {
    await page.evaluate((hash) => (window.location.hash = hash), `#/explore/s=${payload({ v: 2, p: { population: 1_000_000 }, s: 7 })}`);
    await page.locator('[role="progressbar"]').waitFor();
    await page.waitForTimeout(200);
    await page.evaluate(() => window.__siyuTest!.killWorker());
    const failed = page.locator('.run-error').filter({ hasText: 'stopped responding' });
    await failed.waitFor({ timeout: 20_000 });
    expect(await failed.innerText()).toContain('The simulation failed');
    expect(await page.locator('[role="progressbar"]').count()).toBe(0);
    await failed.getByRole('button', { name: 'Retry' }).click();
    await settled();
    expect(await page.locator('.run-error').count()).toBe(0);
    expect(await kpiTexts()).toHaveLength(6);
  });

  it('opens a scenario saved under schema version 1 from the library', async () => {
    await page.evaluate(async () => {
      const request = indexedDB.open('siyu-lab');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('scenarios', 'readwrite');
      tx.objectStore('scenarios').put({
        format: 'siyu-lab/scenario', version: 1, id: 'old-v1', name: 'Saved by version 1', notes: '',
        params: { adBudgetDaily: 4200, grossMargin: 35 }, seed: 42, replications: 1, summary: null,
        experiment: null, createdAt: 1, updatedAt: 2,
      });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    });
    await openLibrary();
    const item = page.locator('.scenario[data-id="old-v1"]');
    await item.waitFor();
    await item.getByRole('button', { name: 'Open' }).click();
    await settled();
    expect(await page.locator('[data-param="paidBudgetDaily"] input.number').inputValue()).toBe('4200');
    expect(await page.locator('[data-param="grossMargin"] input.number').inputValue()).toBe('0.35');
  });

  it('deletes a scenario with Undo restoring it', async () => {
    await openLibrary();
    const item = page.locator('.scenario[data-id="old-v1"]');
    await item.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => item.count()).toBe(0);
    await page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
    await item.waitFor();
    expect(await item.locator('.name').innerText()).toBe('Saved by version 1');
  });

  it('imports a valid file, and applies nothing from a bad one but lists its problems', async () => {
    const input = page.locator('input[type="file"]');
    await input.setInputFiles({
      name: 'bad.json', mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'siyu-lab/scenario', version: 2, name: 'Bad', seed: -1, params: { grups: 3 }, __proto__x: 1 })),
    });
    const errors = page.locator('.import-errors li');
    await errors.first().waitFor();
    const texts = await errors.allInnerTexts();
    expect(texts).toContain('invalid seed: -1 (expected an integer 0–4294967295)');
    expect(texts.some((t) => t.includes('did you mean groups?'))).toBe(true);
    expect(await page.locator('.scenario').filter({ hasText: 'Bad' }).count()).toBe(0);
    await input.setInputFiles({
      name: 'good.json', mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'siyu-lab/scenario', version: 2, name: 'Imported one', seed: 3, params: { groups: 4 } })),
    });
    await page.locator('.scenario').filter({ hasText: 'Imported one' }).waitFor();
    expect(await page.locator('.import-errors').count()).toBe(0);
  });

  it('had no page errors and no CSP violations', async () => {
    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    expect(problems.filter((p) => !p.includes('Failed to load resource'))).toEqual([]);
  });
});
