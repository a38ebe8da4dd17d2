/**
 * The lesson's bilingual text: a `Text` holds both languages, `say` picks one. Everything in
 * the lesson (its views and its content in parts/) says things in an explicit language, not
 * i18n's current one: the lesson takes a change of language in stages, a frame apart (see
 * LessonView), and content functions such as a step's `reveal` are given the language to use.
 */
import type { Lang } from '../i18n/index.ts';

/** A text in English and Simplified Chinese. */
export interface Text {
  readonly en: string;
  readonly zh: string;
}

/** `en` or `zh`, whichever `lang` asks for. */
export function say(lang: Lang, en: string, zh: string): string {
  return lang === 'en' ? en : zh;
}
