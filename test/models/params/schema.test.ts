import { describe, expect, it } from 'vitest';
import { GROUP_LABELS, PARAM_GROUPS, PARAM_KEYS, PARAM_SPECS, defaultParams, specOf } from '../../../models/params/index.ts';

describe('the parameter schema', () => {
  it('declares every key once', () => {
    expect(new Set(PARAM_KEYS).size).toBe(PARAM_KEYS.length);
  });

  it.each(PARAM_SPECS.map((spec) => [spec.key, spec] as const))('gives %s an English and a Chinese label and meaning', (_key, spec) => {
    for (const text of [spec.label, spec.meaning]) {
      expect(text.en.trim()).not.toBe('');
      expect(text.zh.trim()).not.toBe('');
    }
  });

  it.each(PARAM_SPECS.map((spec) => [spec.key, spec] as const))('gives %s a source string and a known group', (_key, spec) => {
    expect(spec.source.trim()).not.toBe('');
    expect(PARAM_GROUPS).toContain(spec.group);
  });

  it.each(PARAM_SPECS.filter((spec) => spec.kind !== 'choice').map((spec) => [spec.key, spec] as const))(
    'gives %s a unit and a range that holds its default', (_key, spec) => {
      expect(spec.unit.en.trim()).not.toBe('');
      expect(spec.unit.zh.trim()).not.toBe('');
      expect(spec.min).toBeLessThanOrEqual(spec.default);
      expect(spec.default).toBeLessThanOrEqual(spec.max);
      expect(spec.step).toBeGreaterThan(0);
      if (spec.kind === 'integer') expect(Number.isInteger(spec.default)).toBe(true);
    });

  it.each(PARAM_SPECS.filter((spec) => spec.kind === 'choice').map((spec) => [spec.key, spec] as const))(
    'gives choice %s a default among its choices and a label for each', (_key, spec) => {
      if (spec.kind !== 'choice') throw new Error('unreachable');
      expect(spec.choices).toContain(spec.default);
      for (const choice of spec.choices) expect((spec.choiceLabels as Record<string, { en: string } | undefined>)[choice]?.en).toBeTruthy();
    });

  it('labels every group in both languages', () => {
    for (const group of PARAM_GROUPS) {
      expect(GROUP_LABELS[group].en).toBeTruthy();
      expect(GROUP_LABELS[group].zh).toBeTruthy();
    }
  });

  it('builds the default scenario from the defaults, key by key', () => {
    const params = defaultParams() as Record<string, unknown>;
    expect(Object.keys(params)).toEqual([...PARAM_KEYS]);
    for (const key of PARAM_KEYS) expect(params[key]).toBe(specOf(key)?.default);
  });

  it('knows no spec for inherited or unknown keys', () => {
    for (const key of ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'nope']) expect(specOf(key)).toBeUndefined();
  });
});
