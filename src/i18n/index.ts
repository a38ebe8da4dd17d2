export { i18n, t, pick, LANG_STORAGE_KEY } from './lang.svelte.ts';
export { LANGS, LANG_NAMES, HTML_LANG, MESSAGES, translate, interpolate, initialLang, isLang } from './strings.ts';
export type { Lang, MessageKey } from './strings.ts';
