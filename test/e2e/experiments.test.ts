/**
 * The experiments view in real Chromium: a small 2-D sweep (2,000 people as 2,000 agents × 60 days, 3 × 3)
 * runs on the worker pool, the progress bar reaches 100%, the heatmap shows nine cells, and
 * a cell opens its scenario in the explorer.
 */
import { describe, expect, it } from 'vitest';
import { openApp } from './harness.ts';

const { page, problems } = await openApp('#/experiments');

describe('experiments view', () => {
  it('reports the headline margin ROI by default, profit for the budget split, and keeps a KPI once picked', async () => {
    await page.getByRole('heading', { name: 'Experiments' }).waitFor();
    const kpi = page.locator('select[name=kpi]');
    await page.getByLabel('2-D sweep (heatmap)').check();
    expect(await kpi.inputValue()).toBe('roiMargin180');
    expect(await kpi.locator('option:checked').innerText()).toBe('Margin ROI at 180 days, fully loaded (×)');
    // ROI divides by the cost of the leads, which vanishes with the paid share.
    await page.getByLabel('Budget split').check();
    expect(await kpi.inputValue()).toBe('profit');
    await kpi.selectOption('clv90');
    await page.getByLabel('1-D sweep').check();
    expect(await kpi.inputValue()).toBe('clv90');
  });

  it('runs a 3 × 3 sweep to 100% and draws its heatmap', async () => {
    await page.getByRole('heading', { name: 'Experiments' }).waitFor();
    await page.getByLabel('2-D sweep (heatmap)').check();
    // The explorer's market (a million people at 10 a agent), then a small run of its own.
    expect(await page.locator('input[name=population]').inputValue()).toBe('1000000');
    expect(await page.locator('input[name=agent-weight]').inputValue()).toBe('10');
    await page.fill('input[name=population]', '2000');
    await page.fill('input[name=agent-weight]', '1');
    await page.getByText('= 2k agents simulated').waitFor();
    await page.fill('input[name=days]', '60');
    await page.fill('input[name=replications]', '1');
    await page.selectOption('select[name=kpi]', 'profit');
    await page.selectOption('select[name=x-key]', 'groups');
    await page.fill('input[name=x-from]', '0');
    await page.fill('input[name=x-to]', '20');
    await page.fill('input[name=x-steps]', '3');
    // Groups and staff are log-scale parameters, so their default axes are log: 0 needs linear.
    expect(await page.locator('select[name=x-scale]').inputValue()).toBe('log');
    await page.selectOption('select[name=x-scale]', 'linear');
    await page.selectOption('select[name=y-key]', 'staff');
    await page.fill('input[name=y-from]', '0');
    await page.fill('input[name=y-to]', '4');
    await page.fill('input[name=y-steps]', '3');
    await page.selectOption('select[name=y-scale]', 'linear');
    await page.getByText('9 runs').waitFor();
    await page.getByRole('button', { name: 'Run experiment' }).click();

    const bar = page.getByRole('progressbar', { name: 'Experiment progress' });
    await expect.poll(() => bar.getAttribute('aria-valuenow')).toBe('100');
    await page.locator('.heatmap .cell').first().waitFor();
    expect(await page.locator('.heatmap .cell').count()).toBe(9);
    expect(await page.getByText('9 / 9 runs · 100%').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('reads a cell with the keyboard and opens it in the explorer', async () => {
    const first = page.locator('.heatmap .cell').first();
    await first.focus();
    await page.keyboard.press('ArrowRight');
    const label = await page.locator('.heatmap .cell:focus').getAttribute('aria-label');
    expect(label).toMatch(/^Groups operated \(groups\) 10, Service staff \(people\) 0: −?¥[\d.]+k? \(/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/^#\/explore/);
  });
});
