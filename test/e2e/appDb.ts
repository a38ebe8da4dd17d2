/**
 * The app's IndexedDB database read and written from a test, in the page, without the app:
 * as the next page load will see it, or behind the app's back (no broadcast to other tabs).
 */
import type { Page } from 'playwright-core';
import { DB_NAME } from '../../src/persistence/store.ts';
import { TAB_STORAGE_KEY } from '../../src/persistence/tab.ts';

export type DbRequest = { get: string } | { getAll: true } | { put: unknown } | { delete: string };

/**
 * One request on a store of the app's database, run in the page: the record at a key (null
 * when there is none, or no database yet), every record, or a record put or deleted.
 */
export function inAppDb(p: Page, store: string, request: DbRequest): Promise<unknown> {
  return p.evaluate(async ({ name, store, request }) => {
    const writes = 'put' in request || 'delete' in request;
    const exists = (await indexedDB.databases()).some((db) => db.name === name);
    if (!exists) {
      // Opening it here would create it empty, before the app's own upgrade: never do that.
      if (writes) throw new Error(`no ${name} database to write into`);
      return 'getAll' in request ? [] : null;
    }
    const open = indexedDB.open(name);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      const tx = db.transaction(store, writes ? 'readwrite' : 'readonly');
      const objects = tx.objectStore(store);
      const done = 'put' in request ? objects.put(request.put)
        : 'delete' in request ? objects.delete(request.delete)
          : 'getAll' in request ? objects.getAll() : objects.get(request.get);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      return done.result ?? null;
    } finally {
      db.close();
    }
  }, { name: DB_NAME, store, request });
}

/** This tab's autosave record (its key is in its sessionStorage), raw, or null. */
export async function ownAutosave(p: Page): Promise<unknown> {
  const key = await p.evaluate((name) => sessionStorage.getItem(name), TAB_STORAGE_KEY);
  return key === null ? null : inAppDb(p, 'session', { get: key });
}
