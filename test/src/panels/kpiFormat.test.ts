import { describe, expect, it } from 'vitest';
import { formatKpi, formatKpiDiff } from '../../../src/panels/kpiFormat.ts';
import { displayValue, inputText, paramErrorText, sourceText } from '../../../src/panels/paramText.ts';
import { parseParamValue, specOf, validateParams, defaultParams, ParamError } from '../../../models/params/index.ts';

function rejection(action: () => unknown): ParamError {
  try {
    action();
  } catch (error) {
    if (error instanceof ParamError) return error;
  }
  throw new Error('expected a ParamError');
}

describe('KPI read-outs', () => {
  it.each([
    ['cacPaidPerCustomer', 14.2, 'en', '¥14.2'],
    ['clv180', 12_345, 'en', '¥12.3k'],
    ['clv180', 12_345, 'zh', '¥1.23万'],
    ['roi180', 1.234, 'en', '1.23×'],
    ['groupRepurchaseRate', 0.7, 'zh', '70%'],
    ['paybackDayMargin', 44, 'en', '44 days'],
    ['paybackDayMargin', 44, 'zh', '44 天'],
    ['paybackDayMargin', null, 'en', 'not within horizon'],
    ['clv180', null, 'en', '—'],
    ['clv180', undefined, 'en', '—'],
    ['breakEvenDay', 12.6, 'en', '13 days'],
    ['paybackDayMargin', -23, 'zh', '−23 天'],
    ['paybackDayMargin', -1, 'en', '−1 day'],
    ['customers', 12_345, 'en', '12.3k'],
    ['roiMargin90', 0.5, 'en', '0.50×'],
    ['profit', -1_234_567, 'zh', '−¥123万'],
    ['repurchaseRate90', 0.25, 'en', '25%'],
    ['spendContent', 2_400, 'en', '¥2.4k'],
    ['not-a-kpi', 3, 'en', '3'],
  ] as const)('show %s = %s in %s as %s', (key, value, lang, text) => {
    expect(formatKpi(key, value, lang)).toBe(text);
  });

  it.each([
    ['cacPaidPerCustomer', 5, 'en', '+¥5'],
    ['cacPaidPerCustomer', -5, 'en', '−¥5'],
    ['clv180', 23_000, 'zh', '+¥2.3万'],
    ['roi180', -0.5, 'en', '−0.50×'],
    ['roi180', 0.004, 'en', '0.00×'],
    ['roi180', 0.006, 'en', '+0.01×'],
    ['privateShareOfRevenue', 0.035, 'en', '+3.5 pp'],
    ['privateShareOfRevenue', -0.035, 'zh', '−3.5 个百分点'],
    ['paybackDayMargin', -4, 'en', '−4 days'],
    ['paybackDayMargin', 0, 'en', '0 days'],
    ['paybackDayMargin', 0.3, 'en', '0 days'],
    ['paybackDayMargin', -0.5, 'en', '−1 day'],
    ['paybackDayMargin', 1, 'zh', '+1 天'],
    ['privateShareOfRevenue', 0.0004, 'en', '0 pp'],
    ['privateShareOfRevenue', -0.0005, 'en', '−0.1 pp'],
    ['clv180', null, 'en', '—'],
    ['customers', -1_200, 'en', '−1.2k'],
  ] as const)('sign the difference of %s = %s in %s as %s', (key, diff, lang, text) => {
    expect(formatKpiDiff(key, diff, lang)).toBe(text);
  });
});

describe('parameter read-outs', () => {
  it('show ranges compactly, with 万 in Chinese, and choices by their label', () => {
    const population = specOf('population')!;
    expect(displayValue(population, 10_000_000, 'en')).toBe('10M');
    expect(displayValue(population, 10_000_000, 'zh')).toBe('1000万');
    expect(displayValue(specOf('paidPricing')!, 'cpm', 'en')).toBe('CPM × click-through');
  });

  it('edit plain numbers with at most 10 significant digits', () => {
    expect(inputText(1 / 30)).toBe('0.03333333333');
    expect(inputText(100_000)).toBe('100000');
    expect(inputText('cac')).toBe('cac');
  });

  it('say a rejected value in the reader\'s language', () => {
    const range = rejection(() => parseParamValue('groupCapacity', '-3'));
    expect(paramErrorText(range, 'en')).toBe('invalid groupCapacity: -3 (expected an integer 1–10000)');
    expect(paramErrorText(range, 'zh')).toBe('无效的「群容量」（groupCapacity）：-3，应为 1–10000 之间的整数');
    const garbled = rejection(() => parseParamValue('cpm', 'abc'));
    expect(paramErrorText(garbled, 'zh')).toBe('无效的「千次曝光成本 CPM」（cpm）："abc"，应为 1–1000 之间的数');
    const crossField = rejection(() => validateParams({ tierAffinity: 0.9 }, defaultParams()));
    expect(paramErrorText(crossField, 'zh')).toMatch(/^无效的「真爱粉门槛」（tierTrueLove）：0.75，a number ≥ tierAffinity/);
  });

  it('translate a leading "assumption" in the source', () => {
    expect(sourceText('assumption (docs/sources.md#fan-tiers: x)', 'zh')).toBe('假设 (docs/sources.md#fan-tiers: x)');
    expect(sourceText('docs/sources.md#douyins-follower-push-cap (8)', 'zh')).toBe('docs/sources.md#douyins-follower-push-cap (8)');
  });
});
