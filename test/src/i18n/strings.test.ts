import { describe, expect, it } from 'vitest';
import { MESSAGES, initialLang, interpolate, translate } from '../../../src/i18n/strings.ts';

describe('interface strings', () => {
  it('have every English message in Chinese, none empty', () => {
    expect(Object.keys(MESSAGES.zh).sort()).toEqual(Object.keys(MESSAGES.en).sort());
    for (const lang of ['en', 'zh'] as const) {
      for (const [key, text] of Object.entries(MESSAGES[lang])) expect(text.trim(), `${lang}.${key}`).not.toBe('');
    }
  });

  it('keep the same placeholders in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(MESSAGES.en) as (keyof typeof MESSAGES.en)[]) {
      expect(names(MESSAGES.zh[key]), key).toEqual(names(MESSAGES.en[key]));
    }
  });

  it('fill placeholders and leave unknown ones visible', () => {
    expect(translate('zh', 'days', { n: 30 })).toBe('30 天');
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('start in the stored language, else the browser\'s, else English', () => {
    expect(initialLang('zh', ['en-US'])).toBe('zh');
    expect(initialLang(null, ['zh-CN', 'en'])).toBe('zh');
    expect(initialLang('fr', ['de-DE', 'en-GB'])).toBe('en');
    expect(initialLang(undefined, [])).toBe('en');
  });
});
