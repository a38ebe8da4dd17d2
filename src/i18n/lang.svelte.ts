/**
 * The interface language: one rune, persisted in localStorage and mirrored to `<html lang>`.
 * Components read `i18n.lang` and call `t(key)`; both re-render when the language changes.
 */
import { HTML_LANG, initialLang, translate, type Lang, type MessageKey } from './strings.ts';

export const LANG_STORAGE_KEY = 'siyu-lab.lang';

function readStored(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANG_STORAGE_KEY) ?? null;
  } catch {
    return null; // storage blocked (private mode, sandbox): fall back to the browser's language
  }
}

function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
}

class I18n {
  lang = $state<Lang>(initialLang(readStored(), browserLanguages()));

  /** Switch language, remember it, and tell the document. */
  set(lang: Lang): void {
    this.lang = lang;
    try {
      globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang);
    } catch {
      // not persisted; the switch still applies to this page
    }
    this.applyToDocument();
  }

  applyToDocument(): void {
    if (typeof document === 'undefined') return;
    document.documentElement.lang = HTML_LANG[this.lang];
    document.title = translate(this.lang, 'appTitle');
  }
}

export const i18n = new I18n();

/** The message `key` in the current language. Reactive inside components. */
export function t(key: MessageKey, values?: Record<string, string | number>): string {
  return translate(i18n.lang, key, values);
}

/** Pick the current language's side of an `{en, zh}` text from the schema or presets. */
export function pick(text: { readonly en: string; readonly zh: string }): string {
  return text[i18n.lang];
}
