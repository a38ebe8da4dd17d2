/**
 * This tab's autosave key, `tab:<id>`. The id lives in sessionStorage, which survives the
 * tab's reloads but is not shared with other tabs: a reload restores its own tab's autosave,
 * and two tabs never write over each other's (./autosave.ts has the rule). Without
 * sessionStorage (blocked, Node) every page load is a new tab.
 */
import { newId } from './scenario.ts';

export const TAB_STORAGE_KEY = 'siyu-lab.tab';
/** Autosave keys start with this; the rest is the tab's id. */
export const TAB_KEY_PREFIX = 'tab:';

/** A fresh key, remembered for this tab's reloads. */
export function freshTabKey(): string {
  const key = TAB_KEY_PREFIX + newId();
  try {
    globalThis.sessionStorage?.setItem(TAB_STORAGE_KEY, key);
  } catch {
    // not remembered: the next reload of this tab counts as a fresh open
  }
  return key;
}

/** This tab's key: the one it had before a reload, or a fresh one. */
export function tabKey(): string {
  try {
    const stored = globalThis.sessionStorage?.getItem(TAB_STORAGE_KEY);
    if (stored && stored.startsWith(TAB_KEY_PREFIX)) return stored;
  } catch {
    // blocked storage: a fresh key below
  }
  return freshTabKey();
}
