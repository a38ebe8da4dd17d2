/**
 * How a parameter's value and source read in the panel: compact numbers (万/亿 in Chinese)
 * for ranges and read-outs, the raw number for the editable field, a translated "assumption".
 */
import { ParamError, expectedOf, formatValue, specOf, type ParamSpec } from '../../models/params/index.ts';
import { formatNumber } from '../charts/index.ts';
import { translate, type Lang } from '../i18n/strings.ts';

/** A value for reading (not editing): "3k", "1.2万", a choice's label. */
export function displayValue(spec: ParamSpec, value: number | string, lang: Lang): string {
  if (spec.kind === 'choice') return spec.choiceLabels[String(value)]?.[lang] ?? String(value);
  return formatNumber(Number(value), lang);
}

/** A value for the editable field: plain digits, at most 10 significant (1/30 → 0.03333333333). */
export function inputText(value: number | string): string {
  return typeof value === 'number' ? String(Number(value.toPrecision(10))) : value;
}

/**
 * A rejected value, said in the reader's language. English is the validator's own one-line
 * message (`invalid groupCapacity: -3 (expected an integer 1–10000)`); Chinese says the same
 * with the parameter's Chinese label.
 */
export function paramErrorText(error: ParamError, lang: Lang): string {
  const spec = specOf(error.field);
  if (lang === 'en' || !spec) return error.message;
  let expected = error.expected;
  if (expected === expectedOf(spec)) {
    expected = spec.kind === 'choice'
      ? `应为以下之一：${spec.choices.join('、')}`
      : `应为 ${spec.min}–${spec.max} 之间的${spec.kind === 'integer' ? '整数' : '数'}`;
  }
  return `无效的「${spec.label.zh}」（${spec.key}）：${formatValue(error.value)}，${expected}`;
}

/** The schema's `source`, with a leading "assumption" in the reader's language. */
export function sourceText(source: string, lang: Lang): string {
  return source.replace(/^assumption\b/, translate(lang, 'assumption'));
}
