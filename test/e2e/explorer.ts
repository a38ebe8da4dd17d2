/**
 * Reading the explorer's state in a page, for the end-to-end files: the KPI cards, and waiting
 * for a run to finish (by what the page shows, never by a fixed delay).
 */
import type { Page } from 'playwright-core';

/** The KPI cards' values as shown (their text content, as `kpisChangeFrom` reads it in the page). */
export const kpiTexts = (page: Page) => page.locator('.kpi .value').allTextContents();

/** Wait until no run is in progress and a result is on screen. */
export async function settled(page: Page): Promise<void> {
  await page.locator('.kpi .value').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'));
}

/** Wait until no run is in progress and the KPIs show something other than `before`; returns them. */
export async function kpisChangeFrom(page: Page, before: string[]): Promise<string[]> {
  await page.waitForFunction(
    (old) => {
      // textContent, not innerText: this runs every frame and must not force a layout of its own.
      const now = [...document.querySelectorAll('.kpi .value')].map((el) => el.textContent ?? '');
      return !document.querySelector('[role="progressbar"]') && now.length > 0 && now.join('|') !== old;
    },
    before.join('|'),
  );
  return kpiTexts(page);
}

/** Do something that re-runs the model and wait until the KPIs show a different result. */
export async function kpisChangeAfter(page: Page, action: () => Promise<void>): Promise<string[]> {
  await settled(page);
  const before = await kpiTexts(page);
  await action();
  return kpisChangeFrom(page, before);
}
