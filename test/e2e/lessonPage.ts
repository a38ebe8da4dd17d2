/**
 * Reading the lesson's state in a page, for the end-to-end files and the bench: which step is
 * open and whether its chart has drawn, waited for by what the page shows.
 */
import type { Page } from 'playwright-core';
import { STEPS } from '../../src/lesson/steps.ts';

/** Wait until step `n` (1-based) is open and its chart has drawn something. */
export async function stepShown(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    ({ id, index }) => {
      const main = document.querySelector('main.lesson');
      const chart = document.querySelector(`[data-lesson-chart][data-step="${id}"][data-ready="true"]`);
      if (!main || main.getAttribute('data-step-index') !== String(index) || !chart) return false;
      const paths = [...chart.querySelectorAll('svg path')].filter((p) => (p.getAttribute('d') ?? '').length > 10);
      return paths.length > 0 || chart.querySelectorAll('svg rect').length > 0 || chart.querySelectorAll('tbody tr').length > 0;
    },
    { id: STEPS[n - 1].id, index: n - 1 },
  );
}

/** Press a key with the step's title focused, as a learner moving through the lesson does. */
export async function pressInLesson(page: Page, key: string): Promise<void> {
  await page.locator('[data-step-title]').focus();
  await page.keyboard.press(key);
}
