import { describe, expect, it } from 'vitest';
import {
  formatDay,
  formatMoney,
  formatNumber,
  formatPercent,
  formatRatio,
} from '../../../src/charts/format.ts';

describe('formatNumber', () => {
  it.each([
    [12345, 'zh', '1.23万'],
    [1.5e8, 'zh', '1.5亿'],
    [1234, 'zh', '1234'],
    [99999, 'zh', '10万'],
    [123456789, 'zh', '1.23亿'],
    [20000, 'zh', '2万'],
    [12345, 'en', '12.3k'],
    [999, 'en', '999'],
    [1000, 'en', '1k'],
    [1.5e6, 'en', '1.5M'],
    [2e9, 'en', '2B'],
    [3.14159, 'en', '3.14'],
    [0.1234, 'zh', '0.123'],
    [123.6, 'en', '124'],
    [0, 'zh', '0'],
    [-12345, 'zh', '−1.23万'],
    [-4.5, 'en', '−4.5'],
    [Infinity, 'en', '∞'],
  ] as const)('formats %s in %s as %s', (x, lang, expected) => {
    expect(formatNumber(x, lang)).toBe(expected);
  });

  it.each([null, undefined, NaN])('shows %s as an em dash', (x) => {
    expect(formatNumber(x, 'en')).toBe('—');
    expect(formatNumber(x, 'zh')).toBe('—');
  });
});

describe('formatMoney', () => {
  it.each([
    [12345, 'zh', '¥1.23万'],
    [350, 'en', '¥350'],
    [-350, 'en', '−¥350'],
    [2.5e6, 'en', '¥2.5M'],
    [NaN, 'zh', '—'],
    [null, 'en', '—'],
  ] as const)('formats %s in %s as %s', (x, lang, expected) => {
    expect(formatMoney(x, lang)).toBe(expected);
  });
});

describe('the other formatters', () => {
  it.each([
    [formatPercent(0.7, 'en'), '70%'],
    [formatPercent(0.1234, 'zh'), '12.3%'],
    [formatPercent(null, 'zh'), '—'],
    [formatRatio(1.234, 'en'), '1.23×'],
    [formatRatio(-0.5, 'en'), '−0.50×'],
    [formatRatio(NaN, 'en'), '—'],
    [formatDay(30, 'en'), 'day 30'],
    [formatDay(30, 'zh'), '第30天'],
    [formatDay(null, 'zh'), '—'],
  ])('gives %s (expected %s)', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
