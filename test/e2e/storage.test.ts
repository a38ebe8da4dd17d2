/**
 * Storage under a hostile environment, in real Chromium against the production build: a full
 * storage, the database deleted or cleared under the open app, an open that never answers,
 * and two tabs of one browser profile working on the same saved scenarios. Each failure must
 * be said (a notice naming what was not saved, with the scenario to download) and nothing
 * the user did not choose may be lost or brought back.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './harness.ts';
import { kpiTexts, kpisChangeAfter, settled } from './explorer.ts';
import { inAppDb, ownAutosave } from './appDb.ts';
import { DB_NAME } from '../../src/persistence/store.ts';
import { importScenarioText } from '../../src/persistence/importFile.ts';

const { page, url, problems, openPage } = await openApp('?test');

declare global {
  interface Window {
    /** IndexedDB's own put, while a test makes it fail. */
    __realPut?: IDBObjectStore['put'];
    /** A raw connection a test holds open, ignoring versionchange (as a tab of old code would). */
    __holder?: IDBDatabase;
  }
}

async function openLibrary(p: Page = page): Promise<void> {
  await p.locator('nav a[href="#/library"]').click();
  await p.locator('#library-heading').waitFor();
}

async function openExplorer(p: Page = page): Promise<void> {
  await p.locator('nav a[href="#/explore"]').click();
  await p.locator('.kpi .value').first().waitFor();
}

async function saveInLibrary(p: Page, name: string): Promise<void> {
  await p.locator('input[name="scenario-name"]').fill(name);
  await p.getByRole('button', { name: 'Save', exact: true }).click();
  await p.locator('.scenario').filter({ hasText: name }).first().waitFor();
}

/** Move the ad-budget slider one step (up, or back down) with the keyboard, as a user would; resolves once the new result is shown. */
async function nudgeBudget(p: Page, key: 'ArrowUp' | 'ArrowDown' = 'ArrowUp'): Promise<string[]> {
  const slider = p.locator('[data-param="paidBudgetDaily"] input[type="range"]');
  return kpisChangeAfter(p, async () => {
    await slider.focus();
    await p.keyboard.press(key);
  });
}

/** The saved scenarios' names as IndexedDB holds them (not as a page shows them). */
async function storedNames(p: Page): Promise<string[]> {
  const records = (await inAppDb(p, 'scenarios', { getAll: true })) as { name: string }[];
  return records.map((r) => r.name).sort();
}

/** The seed in this tab's own autosave record, or null. */
async function autosavedSeed(p: Page): Promise<number | null> {
  const record = (await ownAutosave(p)) as { seed?: number } | null;
  return record?.seed ?? null;
}

/** Make every IndexedDB write in the page throw QuotaExceededError, as a full storage does; `freeStorage` undoes it. */
async function fillStorage(p: Page): Promise<void> {
  await p.evaluate(() => {
    window.__realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

async function freeStorage(p: Page): Promise<void> {
  await p.evaluate(() => {
    IDBObjectStore.prototype.put = window.__realPut!;
  });
}

/** Fill the storage, move a slider, and wait for the notice that the autosave failed. */
async function autosaveOnFullStorage(p: Page) {
  await settled(p);
  await fillStorage(p);
  await nudgeBudget(p);
  const notice = p.locator('.storage-notice[data-source="autosave"]');
  await notice.waitFor();
  return notice;
}

describe('storage that fails loudly and recovers', () => {
  it('says so when the storage is full, and the download gives the current scenario back', async () => {
    const notice = await autosaveOnFullStorage(page);
    expect(await notice.innerText()).toContain('Your latest changes were not saved in this browser (the browser’s storage for this site is full)');
    const budget = await page.locator('[data-param="paidBudgetDaily"] input.number').inputValue();

    const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download scenario' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Current-scenario-.*\.siyu\.json$/);
    const text = readFileSync(await download.path(), 'utf8');
    const { scenario, errors } = importScenarioText(text);
    expect(errors).toEqual([]);
    expect(scenario?.params.paidBudgetDaily).toBe(Number(budget));

    // A Library save that fails names the scenario and offers it too.
    await openLibrary();
    await page.locator('input[name="scenario-name"]').fill('Full storage');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const failed = page.locator('.storage-notice[data-source="library"]');
    await failed.waitFor();
    expect(await failed.innerText()).toContain('“Full storage” was not saved (the browser’s storage for this site is full)');
    expect(await failed.getByRole('button', { name: 'Download scenario' }).isVisible()).toBe(true);

    // Space again: the next writes succeed and the notices go.
    await freeStorage(page);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('.scenario').filter({ hasText: 'Full storage' }).waitFor();
    await expect.poll(() => failed.count()).toBe(0);
    await openExplorer();
    await nudgeBudget(page, 'ArrowDown');
    await expect.poll(() => notice.count()).toBe(0);
  });

  it('in Chinese, says the same', async () => {
    await page.getByRole('button', { name: '简体中文' }).click();
    const notice = await autosaveOnFullStorage(page);
    expect(await notice.innerText()).toContain('你最近的修改没有保存到此浏览器（此网站的浏览器存储已满）');
    expect(await notice.getByRole('button', { name: '下载方案' }).isVisible()).toBe(true);
    await freeStorage(page);
    await nudgeBudget(page, 'ArrowDown');
    await expect.poll(() => notice.count()).toBe(0);
    await page.getByRole('button', { name: 'English' }).click();
  });

  it('keeps a save made after the database was deleted under the open app, and says it was cleared', async () => {
    await openLibrary();
    await page.locator('.scenario').filter({ hasText: 'Full storage' }).waitFor();
    // The app closes its connection on versionchange, so the deletion goes through at once
    // (it used to stay blocked, and the saves after it were lost on the next load).
    const deleted = await page.evaluate((name) => new Promise<string>((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve('deleted');
      request.onerror = () => resolve(`error ${request.error?.message}`);
    }), DB_NAME);
    expect(deleted).toBe('deleted');
    await page.locator('.storage-notice[data-source="reset"]').waitFor();
    expect(await page.locator('.storage-notice[data-source="reset"]').innerText()).toContain('was cleared while the page was open');
    // The Library says what went with it, and can put it back.
    const lost = page.locator('.storage-notice[data-source="lost"]');
    await lost.waitFor();
    expect(await lost.innerText()).toContain('1 saved scenario(s) this page was showing were in the cleared storage');
    await expect.poll(() => page.locator('.scenario').filter({ hasText: 'Full storage' }).count()).toBe(0);

    await saveInLibrary(page, 'After the deletion');
    await page.reload();
    await page.locator('.scenario').filter({ hasText: 'After the deletion' }).waitFor();
    expect(await storedNames(page)).toEqual(['After the deletion']);
  });

  it('puts back, on request, the scenarios that went with a deletion', async () => {
    await openLibrary();
    await page.evaluate((name) => new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = resolve;
    }), DB_NAME);
    const lost = page.locator('.storage-notice[data-source="lost"]');
    await lost.waitFor();
    await lost.getByRole('button', { name: 'Save them again' }).click();
    await page.locator('.scenario').filter({ hasText: 'After the deletion' }).waitFor();
    await expect.poll(() => storedNames(page)).toEqual(['After the deletion']);
    await expect.poll(() => lost.count()).toBe(0);
    for (const button of await page.locator('.storage-notice .dismiss').all()) await button.click();
  });

  it('keeps saving after the browser clears the site\'s storage under the open app', async () => {
    await openExplorer();
    const before = await nudgeBudget(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(url).origin, storageTypes: 'indexeddb' });
    await page.locator('.storage-notice[data-source="reset"]').waitFor();
    expect(await page.locator('.storage-notice[data-source="autosave"]').count()).toBe(0);
    await openLibrary();
    await saveInLibrary(page, 'After clear site data');
    expect(await page.locator('.storage-notice[data-source="library"]').count()).toBe(0);
    // Reload: the save and the autosave (written again after the clearing) are both there.
    await page.goto(`${url}?test`);
    await settled(page);
    expect(await kpiTexts(page)).toEqual(before);
    await openLibrary();
    await page.locator('.scenario').filter({ hasText: 'After clear site data' }).waitFor();
    await cdp.detach();
  });

  it('says so when opening the storage never answers, and loads once it does', async () => {
    // A tab holding an old connection open (ignoring versionchange) keeps a deletion pending,
    // and every open queues behind that deletion: the storage "never answers".
    const holder = await openPage('?test', problems, page.context());
    await holder.evaluate((name) => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => {
        window.__holder = open.result;
        indexedDB.deleteDatabase(name); // blocked by the connection above
        resolve();
      };
      open.onerror = () => reject(open.error);
    }), DB_NAME);
    const stuck = await openPage('?test#/library', problems, page.context());
    await stuck.locator('.loading').waitFor(); // not blank: "Loading…"
    const failed = stuck.locator('.load-error');
    await failed.waitFor();
    expect(await failed.innerText()).toContain('The saved scenarios could not be loaded (the browser storage did not answer within 10 s)');
    // The explorer started from the defaults and says why the last session was not restored.
    expect(await stuck.locator('.storage-notice[data-source="restore"]').innerText()).toContain('Your last session could not be read from this browser');

    await holder.evaluate(() => window.__holder?.close()); // the deletion goes through; storage answers again
    await failed.getByRole('button', { name: 'Retry' }).click();
    await stuck.locator('.empty').waitFor();
    expect(await stuck.locator('.load-error').count()).toBe(0);
    await holder.close();
    await stuck.close();
    // This file's page heard the deletion too, and its list waited on the same storage, in
    // vain: it says so, and Retry loads what is stored now.
    await openLibrary();
    const own = page.locator('.load-error');
    await own.waitFor();
    await own.getByRole('button', { name: 'Retry' }).click();
    await page.locator('.empty').waitFor();
  });
});

describe('two tabs of one browser', () => {
  it('shows a scenario saved or deleted in one tab in the other\'s list', async () => {
    await openLibrary();
    const other = await openPage('?test#/library', problems, page.context());
    await other.locator('#library-heading').waitFor();
    await saveInLibrary(page, 'Shared between tabs');
    const there = other.locator('.scenario').filter({ hasText: 'Shared between tabs' });
    await there.waitFor(); // no reload: the other tab heard of it
    await page.locator('.scenario').filter({ hasText: 'Shared between tabs' }).getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => there.count()).toBe(0);
    await other.close();
  });

  it('cannot bring back with a rename or a duplicate a scenario another tab deleted', async () => {
    await saveInLibrary(page, 'Deleted elsewhere');
    const stale = await openPage('?test#/library', problems, page.context());
    const item = stale.locator('.scenario').filter({ hasText: 'Deleted elsewhere' });
    await item.waitFor();
    const id = await item.getAttribute('data-id');
    // Deleted behind this tab's back (straight in IndexedDB, so no broadcast): its list is stale.
    await inAppDb(page, 'scenarios', { delete: id! });
    expect(await item.count()).toBe(1); // still listed here

    await item.getByRole('button', { name: 'Rename' }).click();
    await stale.locator('input.rename').fill('Renamed after all');
    await stale.locator('input.rename').press('Enter');
    const toast = stale.locator('.toast');
    await toast.waitFor();
    expect(await toast.innerText()).toContain('“Deleted elsewhere” no longer exists: it was deleted in another tab or window. Nothing was changed.');
    await expect.poll(() => item.count()).toBe(0); // the list is reloaded
    expect(await storedNames(page)).not.toContain('Renamed after all');
    expect(await storedNames(page)).not.toContain('Deleted elsewhere');
    await page.reload();
    await page.locator('#library-heading').waitFor();
    await page.locator('.scenarios, .empty').first().waitFor();
    expect(await page.locator('.scenario').filter({ hasText: /Renamed after all|Deleted elsewhere/ }).count()).toBe(0);
    await stale.close();
  });

  it('autosaves each tab apart: a reload restores its own tab, a fresh tab the most recent', async () => {
    const seedOf = (p: Page) => p.locator('.run-controls input[type="number"]').first();
    const setSeed = async (p: Page, seed: string) => {
      await settled(p);
      await seedOf(p).fill(seed);
      await seedOf(p).blur();
      await settled(p);
      await expect.poll(() => autosavedSeed(p)).toBe(Number(seed)); // written, under this tab's key
    };
    const first = await openPage('?test', problems, page.context());
    const second = await openPage('?test', problems, page.context());
    await setSeed(first, '11');
    await setSeed(second, '22'); // the most recent change
    await first.reload();
    await settled(first);
    expect(await seedOf(first).inputValue()).toBe('11'); // its own, though the other saved since
    const fresh = await openPage('?test', problems, page.context());
    await settled(fresh);
    expect(await seedOf(fresh).inputValue()).toBe('22');
    // Neither the reload nor the fresh tab, changing nothing, wrote anything.
    expect(await autosavedSeed(first)).toBe(11);
    expect(await autosavedSeed(fresh)).toBeNull();
    for (const p of [first, second, fresh]) await p.close();
  });

  it('had no page errors and no CSP violations', async () => {
    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    expect(problems.filter((p) => !p.includes('Failed to load resource'))).toEqual([]);
  });
});
