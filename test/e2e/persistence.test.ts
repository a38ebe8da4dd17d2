/**
 * Keeping and sharing work, and surviving faults, in real Chromium against the production
 * build (with its Content-Security-Policy): save, reload and reopen; share links in a fresh
 * browser context; corrupt links; a killed worker and Retry; Cancel; the memory refusal; a
 * scenario saved under schema version 1; delete with Undo; file import. The IndexedDB store is
 * tested here, in a real browser, rather than against a Node stand-in.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { openApp } from './harness.ts';
import { kpiTexts, kpisChangeAfter, kpisChangeFrom, settled } from './explorer.ts';
import { inAppDb, ownAutosave } from './appDb.ts';
import { readAutosave } from '../../src/persistence/autosave.ts';
import { decodeShareRest } from '../../src/persistence/share.ts';
import { CARD_KPI_KEYS } from '../../src/state/kpis.ts';
import { SCHEMA_VERSION } from '../../models/params/index.ts';

const { page, url, outDir, policy, problems, openPage } = await openApp('?test');

declare global {
  interface Window {
    /** Frames the page drew while a run was in flight, since the test started counting. */
    __framesInFlight: number;
    /** A run failure was shown since the test started watching. */
    __sawRunError: boolean;
  }
}

/**
 * Wait until the autosave (debounced) holds the state the page's share link shows: the same
 * parameters, seed and replications. Read from IndexedDB itself, as the next load will.
 */
async function autosaveCaughtUp(): Promise<void> {
  const shown = () => {
    const { params, seed, replications } = decodeShareRest(new URL(page.url()).hash.replace(/^#\/explore\//, ''));
    return { params, seed, replications };
  };
  const saved = async () => {
    const record = await ownAutosave(page);
    if (record === null) return null;
    const { params, seed, replications } = readAutosave(record);
    return { params, seed, replications };
  };
  await expect.poll(saved).toEqual(shown());
}

/** A share payload as the app writes it (base64url of compact JSON). */
const payload = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

async function openLibrary(): Promise<void> {
  await page.locator('nav a[href="#/library"]').click();
  await page.locator('#library-heading').waitFor();
}

describe('keeping, sharing and surviving, in a browser', () => {
  it('serves the page and its worker\'s script with the CSP as a header, frame-ancestors included', async () => {
    const headers = new Map<string, string | undefined>();
    const record = (response: import('playwright-core').Response) => {
      const name = new URL(response.url()).pathname;
      if (name === '/' || /\/assets\/sim\.worker-[\w-]+\.js$/.test(name)) headers.set(name === '/' ? 'page' : 'worker', response.headers()['content-security-policy']);
    };
    page.on('response', record);
    await page.reload();
    await settled(page);
    page.off('response', record);
    expect(headers.get('page')).toBe(policy);
    expect(policy).toMatch(/; frame-ancestors 'none'$/);
    // A worker takes the policy of its own script's response, not the page's <meta>.
    const worker = /assets\/sim\.worker-[\w-]+\.js/.exec(readFileSync(path.join(outDir, 'index.html'), 'utf8'))![0];
    const direct = await fetch(url + worker);
    expect(direct.headers.get('content-security-policy')).toBe(policy);
    if (headers.has('worker')) expect(headers.get('worker')).toBe(policy);
  });

  it('builds a page with a CSP (no inline script) that runs without violations', async () => {
    const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    expect(html).toMatch(/script-src 'self';/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // every script has a src
    expect(readdirSync(outDir)).toContain('boot.js');
    await settled(page);
    expect(await kpiTexts(page)).toHaveLength(CARD_KPI_KEYS.length);
    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    expect(page.url()).toMatch(/#\/explore\/s=[A-Za-z0-9_-]+$/);
  });

  it('saves a scenario, and after a reload reopening it gives identical KPIs', async () => {
    await settled(page);
    const defaults = await kpiTexts(page);
    await page.locator('select[data-family="strategy"]').selectOption('private-first');
    const saved = await kpisChangeFrom(page, defaults);
    await openLibrary();
    await page.locator('input[name="scenario-name"]').fill('<img src=x onerror=alert(1)> Group test');
    await page.locator('textarea[name="scenario-notes"]').fill('notes are text, not HTML');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const item = page.locator('.scenario').filter({ hasText: 'Group test' });
    await item.waitFor();
    // The name is text: shown literally, no element made from it.
    expect(await item.locator('.name').innerText()).toBe('<img src=x onerror=alert(1)> Group test');
    expect(await item.locator('img').count()).toBe(0);
    // The saved summary is the v2 cards', under their keys.
    expect(await item.locator('.summary dd').evaluateAll((dds) => dds.map((d) => d.getAttribute('data-kpi')))).toEqual([...CARD_KPI_KEYS]);
    expect(await item.locator('.summary dt').first().innerText()).toBe('Profit over the horizon (RMB)');

    // Change the explorer's state, then reload (the autosave keeps the change).
    await page.locator('nav a[href="#/explore"]').click();
    await page.locator('select[data-family="strategy"]').selectOption('public-only');
    const changed = await kpisChangeFrom(page, saved);
    await autosaveCaughtUp();
    // A real reload (a goto that changes only the hash would keep the page).
    await page.evaluate(() => (window.location.hash = '#/library'));
    await page.reload();
    await page.locator('.scenario').filter({ hasText: 'Group test' }).waitFor();
    await page.locator('.scenario').filter({ hasText: 'Group test' }).getByRole('button', { name: 'Open' }).click();
    await page.locator('.kpi .value').first().waitFor();
    const reopened = await kpisChangeFrom(page, changed);
    expect(reopened).toEqual(saved);
  });

  it('restores the autosaved state on a plain reload of the app', async () => {
    await settled(page);
    const before = await kpiTexts(page);
    await autosaveCaughtUp();
    await page.goto(`${url}?test`);
    await settled(page);
    expect(await kpiTexts(page)).toEqual(before);
  });

  it('opens a share link in a fresh browser context with identical KPIs', async () => {
    await settled(page);
    const before = await kpiTexts(page);
    const link = page.url();
    expect(link).toContain('#/explore/s=');
    const other = await openPage(link.slice(url.length));
    await settled(other);
    expect(await kpiTexts(other)).toEqual(before);
    await other.context().close();
  });

  it('opens a link written under schema version 1 after migrating it', async () => {
    const other = await openPage(`#/explore/s=${payload({ v: 1, p: { adBudgetDaily: 5000, grossMargin: 40 }, s: 42 })}`);
    await settled(other);
    expect(await other.locator('[data-param="paidBudgetDaily"] input.number').inputValue()).toBe('5000');
    expect(await other.locator('[data-param="grossMargin"] input.number').inputValue()).toBe('0.4');
    await other.context().close();
  });

  it('shows what is wrong with a corrupt link and keeps the current state', async () => {
    await settled(page);
    const before = await kpiTexts(page);
    const params = await page.locator('[data-param="paidBudgetDaily"] input.number').inputValue();
    await page.evaluate((hash) => (window.location.hash = hash), `#/explore/s=${payload({ v: SCHEMA_VERSION, p: { groupCapacity: -3 }, s: 1 })}`);
    const alert = page.locator('.link-error');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('invalid groupCapacity: -3 (expected an integer 1–10000)');
    await page.evaluate(() => (window.location.hash = '#/explore/s=not*base64'));
    await expect.poll(() => alert.innerText()).toContain('invalid link');
    expect(await kpiTexts(page)).toEqual(before);
    expect(await page.locator('[data-param="paidBudgetDaily"] input.number').inputValue()).toBe(params);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    expect(await alert.count()).toBe(0);
  });

  it('refuses a run too big for memory before it starts, showing the estimate in MB', async () => {
    await settled(page);
    const before = await kpiTexts(page);
    // Fifty million people at 10 a agent: five million agents, about 150 MB.
    await page.evaluate(() => window.__siyuTest!.setMemoryLimitMb(50));
    await page.evaluate((hash) => (window.location.hash = hash), `#/explore/s=${payload({ v: SCHEMA_VERSION, p: { population: 50_000_000, agentWeight: 10 }, s: 42 })}`);
    const refused = page.locator('.refused');
    await refused.waitFor();
    expect(await refused.innerText()).toMatch(/about \d+ MB of memory.*\(50 MB\)/);
    expect(await kpiTexts(page)).toEqual(before);
    await page.evaluate(() => window.__siyuTest!.setMemoryLimitMb(1536));
  });

  it('offers Cancel on a long run; cancelling keeps the previous result and offers Retry', async () => {
    // Retry after the refusal runs (the limit is back); then a long run: 10 replications of 3
    // years of 2 million agents.
    await page.locator('.refused').getByRole('button', { name: 'Retry' }).click();
    await settled(page);
    const before = await kpiTexts(page);
    await page.evaluate((hash) => (window.location.hash = hash),
      `#/explore/s=${payload({ v: SCHEMA_VERSION, p: { population: 20_000_000, agentWeight: 10, horizonDays: 1095 }, s: 9, r: 10 })}`);
    const cancel = page.getByRole('button', { name: 'Cancel', exact: true });
    await cancel.waitFor();
    // The run is in the worker: while it is in flight the page goes on drawing frames (counted,
    // not timed; a run on the main thread would leave none) and takes the click on Cancel.
    await page.evaluate(() => {
      window.__framesInFlight = 0;
      const frame = () => {
        if (!document.querySelector('[role="progressbar"]')) return;
        window.__framesInFlight++;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await expect.poll(() => page.evaluate(() => window.__framesInFlight)).toBeGreaterThanOrEqual(10);
    expect(await page.locator('[role="progressbar"]').count()).toBe(1);
    await cancel.click();
    await page.locator('.run-note[role="status"]').waitFor();
    expect(await page.locator('[role="progressbar"]').count()).toBe(0);
    expect(await kpiTexts(page)).toEqual(before); // the previous result stays
    expect(await page.locator('.run-note[role="status"]').getByRole('button', { name: 'Retry' }).isVisible()).toBe(true);
  });

  it('reports a worker killed mid-run and marks the old result stale; Retry shows running, Cancel shows cancelled', async () => {
    await settled(page);
    // A long run, so that there is time to kill it and to cancel its retry: the engine visits only
    // the agents someone has reached, so a big budget on a million agents for three years, ten times.
    await page.evaluate((hash) => (window.location.hash = hash),
      `#/explore/s=${payload({ v: SCHEMA_VERSION, p: { population: 10_000_000, agentWeight: 10, horizonDays: 1095, paidBudgetDaily: 30_000 }, s: 7, r: 10 })}`);
    // Mid-run: the worker has reported progress on this run.
    await expect.poll(() => page.locator('[role="progressbar"]').getAttribute('aria-valuenow').then(Number)).toBeGreaterThan(0);
    await page.evaluate(() => window.__siyuTest!.killWorker());
    const failed = page.locator('.run-error').filter({ hasText: 'stopped responding' });
    await failed.waitFor();
    expect(await failed.innerText()).toContain('The simulation failed');
    expect(await page.locator('[role="progressbar"]').count()).toBe(0);
    // The KPIs on screen are for the settings before the link: marked as such.
    expect(await page.locator('.stale-note').innerText()).toContain('These results are for earlier settings');
    expect(await page.locator('.shown').getAttribute('data-stale')).toBe('true');

    await failed.getByRole('button', { name: 'Retry' }).click();
    await page.locator('[role="progressbar"]').waitFor();
    expect(await page.locator('.run-error').count()).toBe(0); // running, not the old failure
    expect(await page.locator('.stale-note').count()).toBe(0);
    const cancel = page.getByRole('button', { name: 'Cancel', exact: true });
    await cancel.click();
    const note = page.locator('.run-note[role="status"]');
    await note.waitFor();
    expect(await note.innerText()).toContain('The run was cancelled');
    expect(await page.locator('.run-error').count()).toBe(0); // cancelled, not the old failure
    expect(await page.locator('.stale-note').count()).toBe(1);

    // A short run for good measure: it succeeds and the marks go.
    await page.evaluate((hash) => (window.location.hash = hash), `#/explore/s=${payload({ v: 2, p: { population: 50_000 }, s: 7 })}`);
    await settled(page);
    expect(await page.locator('.run-error, .run-note, .stale-note').count()).toBe(0);
    expect(await kpiTexts(page)).toHaveLength(CARD_KPI_KEYS.length);
  });

  it('replaces a worker that died while idle: the next slider move gives a result with no Retry', async () => {
    await settled(page);
    // Count any failure shown from now on, however briefly.
    await page.evaluate(() => {
      window.__sawRunError = false;
      new MutationObserver(() => {
        if (document.querySelector('.run-error')) window.__sawRunError = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.evaluate(() => window.__siyuTest!.killWorker());
    const slider = page.locator('[data-param="paidBudgetDaily"] input[type="range"]');
    const after = await kpisChangeAfter(page, async () => {
      await slider.focus();
      await page.keyboard.press('ArrowUp');
    });
    expect(after).toHaveLength(CARD_KPI_KEYS.length);
    expect(await page.evaluate(() => window.__sawRunError)).toBe(false);
    expect(await page.locator('.run-error').count()).toBe(0);
  });

  it('opens a scenario saved under schema version 1 from the library', async () => {
    await inAppDb(page, 'scenarios', {
      put: {
        format: 'siyu-lab/scenario', version: 1, id: 'old-v1', name: 'Saved by version 1', notes: '',
        // Model v1's cards: other keys, other numbers; read without them, not refused for them.
        params: { adBudgetDaily: 4200, grossMargin: 35 }, seed: 42, replications: 1, summary: { blendedCac: 14.2, paybackDay: 40 },
        experiment: null, createdAt: 1, updatedAt: 2,
      },
    });
    await openLibrary();
    const item = page.locator('.scenario[data-id="old-v1"]');
    await item.waitFor();
    expect(await item.locator('.summary').count()).toBe(0);
    await item.getByRole('button', { name: 'Open' }).click();
    await settled(page);
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
