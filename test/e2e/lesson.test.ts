/**
 * The lesson end to end in real Chromium: one build, one preview server, one page. Walks the
 * whole lesson with the keyboard in English and in Chinese, watching the dots move (canvas
 * pixels change between frames) and every step's chart render; opens links with parameters,
 * valid and invalid; predicts; uses the glossary and the presenter view. No console errors.
 * (How long the main thread is busy while walking the steps is `npm run bench`'s figure.)
 */
import { describe, expect, it } from 'vitest';
import { openApp } from './harness.ts';
import { pressInLesson, stepShown } from './lessonPage.ts';
import { STEPS } from '../../src/lesson/steps.ts';

const { page, url, problems } = await openApp('#/lesson/1');

/** The dots move: two reads of the canvas a few frames apart differ. */
async function dotsMove(): Promise<void> {
  const read = () => page.locator('.agents canvas').evaluate((c) => (c as HTMLCanvasElement).toDataURL());
  await page.waitForFunction(() => Number(document.querySelector('[data-day]')?.textContent ?? 0) > 0);
  const first = await read();
  await expect.poll(read, { interval: 150 }).not.toBe(first);
}

const press = (key: string) => pressInLesson(page, key);
const shown = (n: number) => stepShown(page, n);

describe('the lesson in a browser', () => {
  it('opens at step 1 with moving dots and a chart, and is in the navigation', async () => {
    await shown(1);
    await dotsMove();
    expect(await page.locator('nav.views a', { hasText: 'Lesson' }).getAttribute('aria-current')).toBe('page');
    expect(problems).toEqual([]);
  });

  it('walks every step with the keyboard in English: dots move and every chart renders', async () => {
    for (let n = 2; n <= STEPS.length; n++) {
      await press(n % 2 === 0 ? 'ArrowRight' : 'PageDown');
      await shown(n);
      await dotsMove();
      expect(await page.locator('[data-step-title]').innerText()).toContain(`Step ${n} of ${STEPS.length}`);
    }
    expect(page.url()).toContain(`#/lesson/${STEPS.length}`);
    await press('ArrowLeft');
    await shown(STEPS.length - 1);
    await press('PageUp');
    await shown(STEPS.length - 2);
    await press('Home');
    await shown(1);
    await press('End');
    await shown(STEPS.length);
    expect(problems).toEqual([]);
  });

  it('walks every step in Chinese', async () => {
    await page.getByRole('button', { name: '简体中文' }).click();
    await press('Home');
    await shown(1);
    for (let n = 1; n <= STEPS.length; n++) {
      if (n > 1) {
        await press('ArrowRight');
        await shown(n);
      }
      expect(await page.locator('[data-step-title]').innerText()).toContain(`第 ${n} 步`);
      expect(await page.locator('.explanation').innerText()).toMatch(/[\u4e00-\u9fff]/);
    }
    await dotsMove();
    await page.getByRole('button', { name: 'English' }).click();
    expect(problems).toEqual([]);
  });

  it('opens a link at a step with parameters, and shows the answer computed from the run after a prediction', async () => {
    await page.goto(`${url}#/lesson/5?pushesPerWeek=7`);
    await shown(5);
    expect(await page.locator('[data-param="pushesPerWeek"] input.number').inputValue()).toBe('7');
    expect(await page.locator('.link-error').count()).toBe(0);
    await page.getByLabel('Two to four a week').check();
    const verdict = page.locator('.verdict');
    await verdict.waitFor();
    expect(await verdict.getAttribute('data-answer')).toBe('some');
    expect(await page.locator('.numbers').innerText()).toMatch(/Revenue peaks at \d+ pushes a week/);
  });

  it('shows the validator message for an invalid link and opens the step with defaults', async () => {
    await page.goto(`${url}#/lesson/5?pushesPerWeek=99`);
    await shown(5);
    expect(await page.getByRole('alert').innerText()).toContain('invalid pushesPerWeek: 99 (expected a number 0–28)');
    expect(await page.locator('[data-param="pushesPerWeek"] input.number').inputValue()).toBe('3');
  });

  it('re-runs when a slider moves, and keeps the settings in the link', async () => {
    await page.goto(`${url}#/lesson/3`);
    await shown(3);
    const slider = page.getByRole('slider', { name: 'CAC rise with depletion', exact: true });
    await slider.focus();
    await slider.press('ArrowLeft');
    await expect.poll(() => page.url()).toContain('cacElasticity=0.95');
    await shown(3);
  });

  it('answers a check question with feedback, and opens glossary terms', async () => {
    await page.getByRole('radio', { name: /pool of people not yet reached/ }).check();
    expect(await page.locator('.feedback').innerText()).toMatch(/^Right\./);
    await page.locator('.terms button', { hasText: 'CAC' }).click();
    await expect.poll(() => page.locator('.entry.highlighted dt').innerText()).toContain('CAC');
  });

  it('has a presenter view with large type', async () => {
    const before = await page.locator('.explanation').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    // The same button then reads "Leave presenter view".
    const toggle = await page.getByRole('button', { name: 'Presenter view' }).elementHandle();
    await toggle!.click();
    await expect.poll(() => page.locator('main.lesson.presenter').count()).toBe(1);
    const after = await page.locator('.explanation').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(after).toBeGreaterThan(before);
    await press('ArrowRight');
    await shown(4);
    expect(await toggle!.innerText()).toBe('Leave presenter view');
    await toggle!.click();
    await expect.poll(() => page.locator('main.lesson.presenter').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
