/**
 * The app end to end in real Chromium: one production build, one preview server, one browser
 * and one page for the whole file; the tests run in order on that page, as a user would.
 *
 * `UPDATE_SCREENSHOT=1` also writes the README's screenshot (docs/screenshot.png).
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { openApp, ROOT } from './harness.ts';
import { CARD_KPI_KEYS } from '../../src/state/kpis.ts';
import { kpiTexts, kpisChangeAfter, settled } from './explorer.ts';

const { page, problems, openPage } = await openApp();

declare global {
  interface Window {
    /** Run results the simulation worker has sent the page since the test started counting. */
    __workerResults: number;
  }
}

/** Paths with a drawn shape in a chart (non-empty `d`). */
const drawnPaths = (chart: string, selector = 'svg path') =>
  page.locator(`[data-chart="${chart}"] ${selector}`).evaluateAll((paths) =>
    paths.filter((p) => (p.getAttribute('d') ?? '').length > 10).length);

describe('Siyu Lab in a browser', () => {
  it('opens with the default scenario simulated and no console errors', async () => {
    await settled(page);
    const values = await kpiTexts(page);
    // The v2 cards, in order, each with a number and its one-line definition.
    expect(await page.locator('.kpi').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-kpi')))).toEqual([...CARD_KPI_KEYS]);
    expect(values).toHaveLength(CARD_KPI_KEYS.length);
    for (const value of values) expect(value).toMatch(/\d/);
    expect(await page.locator('.kpi h3').allInnerTexts()).toEqual([
      'Profit over the horizon (RMB)',
      'Margin ROI at 180 days, fully loaded (×)',
      'Paid CAC per customer (RMB)',
      'Margin payback (days after acquisition)',
      'Repurchase within 90 days',
      'Group repurchase after joining',
      'Private share of revenue (attributed)',
    ]);
    expect(await page.locator('.kpi .help').count()).toBe(CARD_KPI_KEYS.length);
    // The default private domain earns part of the revenue.
    expect(Number(await page.locator('[data-kpi="privateShareOfRevenue"] .value').getAttribute('data-value'))).toBeGreaterThan(0);
    expect(await page.locator('h1').innerText()).toBe('Siyu Lab');
    expect(await page.locator('.boot').count()).toBe(0); // index.html's "starting" line is gone
    // The app uses the worker public/boot.js started while the page was parsed, and no other.
    expect(await page.evaluate(() => window.__siyuSimWorker?.taken)).toBe(true);
    expect(await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /sim\.worker/.test(e.name)).length)).toBe(1);
    expect(problems).toEqual([]);
  });

  it('draws every chart with data', async () => {
    // The charts take a result one frame apart, after the KPI cards: wait for each.
    for (const chart of ['ltv', 'stages', 'funnel', 'money']) await expect.poll(() => drawnPaths(chart), { message: chart }).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-chart="cohorts"] tbody tr').count()).toBeGreaterThan(3);
    expect(await page.locator('[data-chart] .pending').count()).toBe(0);
    if (process.env.UPDATE_SCREENSHOT === '1') {
      mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(ROOT, 'docs/screenshot.png') });
    }
  });

  it('labels the funnel without overlapping labels, at desktop and phone width', async () => {
    const labelBoxes = () =>
      page.locator('[data-chart="funnel"] svg text').evaluateAll((texts) =>
        texts.map((t) => {
          const b = (t as SVGTextElement).getBBox();
          return { text: t.textContent ?? '', x0: b.x, x1: b.x + b.width, y0: b.y, y1: b.y + b.height };
        }));
    const chartWidth = () => page.locator('[data-chart="funnel"] svg[role="img"]').getAttribute('width').then(Number);
    await settled(page);
    for (const width of [1400, 390]) {
      await page.setViewportSize({ width, height: 1000 });
      // The chart takes the new width (it fits the window), then its labels are placed for it.
      await expect.poll(chartWidth, { message: `${width} px` }).toBeLessThanOrEqual(width);
      await expect.poll(() => drawnPaths('funnel')).toBeGreaterThan(0);
      const boxes = await labelBoxes();
      expect(boxes.map((b) => b.text).join(' | '), `${width} px`).toMatch(/unaware.*exposed/);
      // Measured in the real browser, with its font: allow the 1 px that anti-aliasing shares.
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          const overlap = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 1 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 1;
          expect(overlap, `${width} px: "${a.text}" over "${b.text}"`).toBe(false);
        }
    }
    await page.setViewportSize({ width: 1400, height: 1000 });
    await expect.poll(chartWidth).toBeGreaterThan(390);
  });

  it('re-runs in the worker when a slider moves by keyboard', async () => {
    await settled(page);
    const slider = page.getByRole('slider', { name: 'Ad budget', exact: true });
    const field = page.locator('[data-param="paidBudgetDaily"] input.number');
    expect(await field.inputValue()).toBe('3000');
    // Count the run results the simulation worker sends from here on (counted, not timed: how
    // long the main thread is busy meanwhile is a figure of `npm run bench`).
    await page.evaluate(() => {
      window.__workerResults = 0;
      const isResult = (data: unknown, depth: number): boolean => {
        if (data === null || typeof data !== 'object' || depth > 3) return false;
        const outcome = data as { status?: unknown; result?: { summary?: unknown } };
        if (outcome.status === 'done' && typeof outcome.result?.summary === 'object') return true;
        return Object.values(data).some((inner) => isResult(inner, depth + 1));
      };
      window.__siyuSimWorker!.worker.addEventListener('message', (event) => {
        if (isResult(event.data, 0)) window.__workerResults++;
      });
    });
    await slider.focus();
    const after = await kpisChangeAfter(page, async () => {
      await page.keyboard.press('PageUp');
      await page.keyboard.press('ArrowRight');
    });
    expect(Number(await field.inputValue())).toBeGreaterThan(3000);
    expect(after[0]).toMatch(/\d/);
    // The new KPIs came from a result the worker computed and sent, not from the main thread.
    expect(await page.evaluate(() => window.__workerResults)).toBeGreaterThanOrEqual(1);
  });

  it('moves a log slider one step per arrow key, and back', async () => {
    const slider = page.getByRole('slider', { name: 'Ad budget', exact: true });
    const field = page.locator('[data-param="paidBudgetDaily"] input.number');
    await settled(page);
    const start = Number(await field.inputValue());
    await slider.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => Number(await field.inputValue())).toBe(start - 100);
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => Number(await field.inputValue())).toBe(start);
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => Number(await field.inputValue())).toBe(start + 100);
    await settled(page);
  });

  it('shows the meaning of a parameter on focus, and rejects a bad typed value inline', async () => {
    const horizon = page.locator('[data-param="horizonDays"]');
    const field = horizon.locator('input.number');
    await field.focus();
    await expect.poll(() => horizon.locator('[role="tooltip"]').isVisible()).toBe(true);
    await field.fill('5');
    await field.press('Enter');
    await expect.poll(() => horizon.getByRole('alert').innerText()).toBe('invalid horizonDays: 5 (expected an integer 30–1095)');
    expect(await page.getByRole('slider', { name: 'Horizon', exact: true }).inputValue()).toBe('365');
    await field.press('Escape');
    expect(await horizon.getByRole('alert').count()).toBe(0);
    expect(await field.inputValue()).toBe('365');
  });

  it('applies a preset and the KPIs change: public only runs no private domain and earns nothing there', async () => {
    // A week of spend as the money chart's read-out says it to a keyboard user: the categories
    // spent on, then the total.
    const money = page.locator('[data-chart="money"] [role="slider"]');
    const firstWeek = async () => {
      await expect.poll(() => drawnPaths('money')).toBeGreaterThan(0);
      await money.focus();
      await page.keyboard.press('Home');
      const text = await money.getAttribute('aria-valuetext');
      await page.keyboard.press('Escape');
      return text ?? '';
    };
    // The default scenario runs its private domain: content, groups, staff and the fixed cost.
    await settled(page);
    const before = await firstWeek();
    for (const category of ['content', 'group events', 'staff', 'fixed costs']) expect(before, category).toMatch(new RegExp(`(: |; )${category} ¥[\\d.]+k?;`));
    const after = await kpisChangeAfter(page, async () => {
      await page.locator('select[data-family="strategy"]').selectOption('public-only');
    });
    expect(after).toHaveLength(CARD_KPI_KEYS.length);
    expect(await page.locator('.preset-notes summary').innerText()).toContain('Public domain only');
    // No private touch, so no order is attributed to the private domain.
    const privateShare = page.locator('[data-kpi="privateShareOfRevenue"] .value');
    expect(await privateShare.getAttribute('data-value')).toBe('0');
    expect((await privateShare.innerText()).trim()).toBe('0%');
    // No private operations: the week's spend is the ad budget (4,750 RMB a day × 7) and
    // nothing else.
    expect(await firstWeek()).toMatch(/^week 1 \(days 0–6\): ads ¥33\.3k; spend ¥33\.3k; revenue /);
  });

  it('compares a pinned result A with the current one B', async () => {
    await settled(page);
    await page.getByRole('button', { name: 'Pin as A' }).click();
    await kpisChangeAfter(page, async () => {
      await page.locator('select[data-family="strategy"]').selectOption('private-first');
    });
    expect(await page.locator('.kpi .diff').count()).toBe(CARD_KPI_KEYS.length);
    expect(await page.locator('.kpi .pinned').count()).toBe(CARD_KPI_KEYS.length);
    // B (current) solid, A (pinned) dashed: the same curves twice.
    const solid = () => drawnPaths('ltv', 'svg path[fill="none"]:not([stroke-dasharray])');
    // (Each curve's cost line is dashed too, in both results: not counted as a curve.)
    const dashed = () => drawnPaths('ltv', 'svg path[fill="none"][stroke-dasharray="6 4"]:not(.cost)');
    await expect.poll(dashed).toBeGreaterThan(0);
    expect(await solid()).toBeGreaterThanOrEqual(await dashed());
    await page.getByRole('button', { name: 'Clear A' }).click();
    expect(await page.locator('.kpi .diff').count()).toBe(0);
    await expect.poll(dashed).toBe(0);
  });

  it('overlays the expected-value twin on the LTV curve where it applies (the Bass reduction)', async () => {
    const twin = () => drawnPaths('ltv', 'svg path.twin');
    expect(await twin()).toBe(0); // the default scenario is not homogeneous: no twin
    await kpisChangeAfter(page, async () => {
      await page.locator('select[data-family="standalone"]').selectOption('bass');
    });
    await expect.poll(twin).toBe(1);
    await kpisChangeAfter(page, async () => {
      await page.locator('select[data-family="strategy"]').selectOption('hybrid');
    });
    await expect.poll(twin).toBe(0);
  });

  it('switches the whole interface to Chinese, and remembers it', async () => {
    await page.getByRole('button', { name: '简体中文' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-Hans');
    expect(await page.locator('#parameters-heading').innerText()).toBe('参数');
    expect(await page.locator('[data-chart="ltv"] figcaption .title').innerText()).toMatch(/[\u4e00-\u9fff]/);
    expect(await page.getByRole('slider', { name: '投流预算', exact: true }).count()).toBe(1);
    await page.reload();
    await settled(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');
    expect(await page.locator('h1').innerText()).toBe('私域 Lab');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('#parameters-heading').innerText()).toBe('Parameters');
    expect(problems).toEqual([]);
  });

  it('loads another view on its first visit, and offers Retry when its code cannot be fetched', async () => {
    const fresh = await openPage('', []);
    try {
      await fresh.locator('.kpi .value').first().waitFor();
      // The lesson's code is not part of the page's first scripts: block it, and its view fails.
      await fresh.route('**/assets/LessonView-*.js', (request) => request.abort());
      await fresh.locator('nav.views a', { hasText: 'Lesson' }).click();
      const alert = fresh.getByRole('alert');
      await expect.poll(() => alert.innerText()).toMatch(/^This view could not be loaded: /);
      await fresh.unroute('**/assets/LessonView-*.js');
      await alert.getByRole('button', { name: 'Retry' }).click();
      await fresh.locator('[data-step-title]').waitFor();
      expect(await fresh.getByRole('alert').count()).toBe(0);
    } finally {
      await fresh.context().close();
    }
  });
});
