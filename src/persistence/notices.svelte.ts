/**
 * Storage problems the user must hear about: the autosave or a Library action that could not
 * be written, and the storage cleared under the open app. Each notice names what was not
 * saved and why, and offers the scenario concerned as a file, so work survives a broken
 * storage. Shown, without blocking anything, by StorageNotice.svelte in every view.
 *
 * One notice per source: a newer problem of the same kind replaces the older, and a later
 * success of that kind clears it.
 */
import { translate, type Lang, type MessageKey } from '../i18n/strings.ts';
import { STORAGE_TIMEOUT_MS, type StorageError } from './store.ts';
import type { Scenario } from './scenario.ts';

/**
 * Where a notice comes from: writing the autosave, reading it at the start, a Library action,
 * the storage cleared under the page, saved scenarios lost with it.
 */
export type NoticeSource = 'autosave' | 'restore' | 'library' | 'reset' | 'lost';

export interface StorageNotice {
  source: NoticeSource;
  /** The message, with `{reason}` filled from `reason` and the rest from `values`. */
  message: MessageKey;
  values?: Record<string, string | number>;
  reason?: StorageError;
  /** The scenario to offer as a file (what was not saved, or the explorer's current state). */
  download?: () => Scenario;
  /** A further action, e.g. write lost scenarios back. */
  action?: { label: MessageKey; run: () => Promise<void> };
}

/** Why storage failed, in words, in `lang`. */
export function reasonText(lang: Lang, error: StorageError): string {
  switch (error.reason) {
    case 'quota':
      return translate(lang, 'storageFull');
    case 'timeout':
      return translate(lang, 'storageTimeout', { s: STORAGE_TIMEOUT_MS / 1000 });
    case 'blocked':
      return translate(lang, 'storageBlocked', { s: STORAGE_TIMEOUT_MS / 1000 });
    case 'closed':
      return translate(lang, 'storageClosed');
    case 'version':
      return translate(lang, 'storageVersion');
    default:
      return translate(lang, 'storageOther', { message: error.message });
  }
}

/** A notice's whole text in `lang`. */
export function noticeText(lang: Lang, notice: StorageNotice): string {
  const reason = notice.reason ? reasonText(lang, notice.reason) : '';
  return translate(lang, notice.message, { ...notice.values, reason });
}

class StorageNotices {
  list = $state.raw<StorageNotice[]>([]);

  /** Show `notice`, replacing one of the same source. */
  report(notice: StorageNotice): void {
    this.list = [...this.list.filter((n) => n.source !== notice.source), notice];
  }

  /** The problem of `source` is over (a later write of that kind succeeded), or dismissed. */
  clear(source: NoticeSource): void {
    if (this.list.some((n) => n.source === source)) this.list = this.list.filter((n) => n.source !== source);
  }
}

export const notices = new StorageNotices();
