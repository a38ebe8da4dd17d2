import { describe, expect, it } from 'vitest';
import { SPEND_CATEGORIES } from '../../../../models/output/contract.ts';
import { binSum, weekBins, weeklyMoney } from '../../../../src/charts/math/weekly.ts';
import { fakeSeries } from '../fixture.ts';

describe('weekBins', () => {
  it.each([
    [10, [{ index: 0, firstDay: 0, lastDay: 6, partial: false }, { index: 1, firstDay: 7, lastDay: 9, partial: true }]],
    [14, [{ index: 0, firstDay: 0, lastDay: 6, partial: false }, { index: 1, firstDay: 7, lastDay: 13, partial: false }]],
    [3, [{ index: 0, firstDay: 0, lastDay: 2, partial: true }]],
    [0, []],
  ])('cuts %s days into %j', (days, expected) => {
    expect(weekBins(days)).toEqual(expected);
  });

  it('gives 53 bins for a 365-day horizon, the last one a single day', () => {
    const bins = weekBins(365);
    expect(bins.length).toBe(53);
    expect(bins[52]).toEqual({ index: 52, firstDay: 364, lastDay: 364, partial: true });
  });
});

describe('binSum', () => {
  it.each([
    ['10 days into 2 bins', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 7, [28, 27]],
    ['skipping NaN days', [1, NaN, 3], 2, [1, 3]],
    ['an all-NaN bin as NaN', [NaN, NaN, 1], 2, [NaN, 1]],
    ['nothing into nothing', [], 7, []],
  ])('sums %s', (_, values, width, expected) => {
    expect(Array.from(binSum(values, width))).toEqual(expected);
  });
});

describe('weeklyMoney', () => {
  it('bins every spend category, revenue and margin, and totals the spend', () => {
    const series = fakeSeries(10);
    const weekly = weeklyMoney(series);
    expect(weekly.bins.length).toBe(2);
    // Fixture: category i spends i + 1 a day (the eight categories 1 + … + 8 = 36 a day);
    // revenue 10·d, margin 4·d.
    expect(SPEND_CATEGORIES).toHaveLength(8);
    SPEND_CATEGORIES.forEach((c, i) => expect(Array.from(weekly.spend[c])).toEqual([7 * (i + 1), 3 * (i + 1)]));
    expect(Array.from(weekly.spendTotal)).toEqual([7 * 36, 3 * 36]);
    expect(Array.from(weekly.revenue)).toEqual([210, 240]);
    expect(Array.from(weekly.margin)).toEqual([84, 96]);
  });

  it('keeps the money: weekly sums add up to the daily totals', () => {
    const series = fakeSeries(365);
    const weekly = weeklyMoney(series);
    const sum = (a: ArrayLike<number>) => Array.from(a).reduce((s, v) => s + v, 0);
    expect(sum(weekly.revenue)).toBeCloseTo(sum(series.revenue), 6);
    expect(sum(weekly.spendTotal)).toBeCloseTo(SPEND_CATEGORIES.reduce((s, c) => s + sum(series.spend[c]), 0), 6);
  });
});
