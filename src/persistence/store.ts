/**
 * The scenario library and the autosaves in IndexedDB (through `idb`). Records are stored in
 * their written form (`ScenarioDoc`, `AutosaveRecord`): versioned and migrated on the way out,
 * so a record saved under an older schema still opens. A record that cannot be read is
 * skipped and reported, never allowed to break the list.
 *
 * The connection is not trusted to live forever. When the database is deleted or upgraded
 * under the open app (another tab, `indexedDB.deleteDatabase`, "clear site data"), it gets a
 * `versionchange` (idb: `blocking`) or is closed by the browser (`close`, idb: `terminated`):
 * the connection is then closed and forgotten, the next use opens a fresh one, and listeners
 * (`onStorageReset`) hear why, so the app can say so and save again what it holds. A request
 * that meets a closing connection is tried once more on a fresh one. Every operation, opening
 * included, gives up after `STORAGE_TIMEOUT_MS` with a `StorageError` that says so.
 *
 * Writes to the library are announced to the app's other tabs (./channel.ts), so their lists
 * follow. Tested in real Chromium (test/e2e/persistence.test.ts, test/e2e/storage.test.ts).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ParamError } from '../../models/params/index.ts';
import type { AutosaveRecord, StoredAutosave } from './autosave.ts';
import { announceScenariosChanged } from './channel.ts';
import { readScenarioAll, toDoc, type Scenario, type ScenarioDoc } from './scenario.ts';

export const DB_NAME = 'siyu-lab';
export const DB_VERSION = 1;
/**
 * Give up on one storage operation (opening the database included) after this long, ms. Far
 * above what IndexedDB takes on a loaded machine (milliseconds), so it is only reached when
 * storage hangs: an open queued behind a deletion another tab holds up, a wedged browser store.
 */
export const STORAGE_TIMEOUT_MS = 10_000;

interface SiyuDb extends DBSchema {
  scenarios: { key: string; value: ScenarioDoc };
  session: { key: string; value: AutosaveRecord };
}

/** A record that could not be read, with why. */
export interface Unreadable {
  id: unknown;
  error: ParamError;
}

/**
 * A storage operation that failed, with a reason the app can put into words:
 * `quota` the storage is full; `timeout` it did not answer; `blocked` it did not answer because
 * another tab holds an older version of the database open; `closed` the connection was lost;
 * `version` a newer app in another tab upgraded the database; `missing` the record is gone
 * (deleted in another tab); `other` anything else (the browser's message).
 */
export class StorageError extends Error {
  readonly reason: 'quota' | 'timeout' | 'blocked' | 'closed' | 'version' | 'missing' | 'other';
  constructor(reason: StorageError['reason'], message: string) {
    super(message);
    this.name = 'StorageError';
    this.reason = reason;
  }
}

/** The storage failure behind `error`, as a StorageError (which it may already be). */
export function asStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError') return new StorageError('quota', message);
  if (name === 'InvalidStateError') return new StorageError('closed', message);
  if (name === 'VersionError') return new StorageError('version', message);
  return new StorageError('other', message);
}

/** Why the connection went away: the database was `deleted`, `upgraded` by a newer app, or `closed` by the browser. */
export type ResetReason = 'deleted' | 'upgraded' | 'closed';

const resetListeners = new Set<(reason: ResetReason) => void>();

/** Be told when the database is deleted, upgraded or closed under the app. Returns the unsubscribe. */
export function onStorageReset(listener: (reason: ResetReason) => void): () => void {
  resetListeners.add(listener);
  return () => resetListeners.delete(listener);
}

let connection: Promise<IDBPDatabase<SiyuDb>> | null = null;
/** The open now waiting is blocked by another tab's connection to an older version. */
let openBlocked = false;

/** The open connection, or a new one. */
function connect(): Promise<IDBPDatabase<SiyuDb>> {
  if (connection) return connection;
  openBlocked = false;
  const opening: Promise<IDBPDatabase<SiyuDb>> = openDB<SiyuDb>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        database.createObjectStore('scenarios', { keyPath: 'id' });
        database.createObjectStore('session');
      }
    },
    // Our open waits for another tab to close an older version: the timeout says so.
    blocked: () => {
      openBlocked = true;
    },
    // Another connection wants to delete the database or open a newer version: step aside
    // (closing lets it proceed; holding on would leave it blocked and our writes doomed).
    blocking: (_current, next) => lose(cached, next === null ? 'deleted' : 'upgraded'),
    // The browser closed the connection ("clear site data", a storage failure).
    terminated: () => lose(cached, 'closed'),
  });
  const cached: Promise<IDBPDatabase<SiyuDb>> = opening.then(
    (database) => {
      // An open that answered after its wait had timed out: nobody holds it, so close it.
      if (connection !== cached) database.close();
      return database;
    },
    (error: unknown) => {
      if (connection === cached) connection = null; // try again next time (storage may come back)
      throw error;
    },
  );
  connection = cached;
  return cached;
}

/** Connections lost so far: an operation that failed while this changed is tried once more. */
let losses = 0;

/** Close and forget a lost connection, and tell the listeners. */
function lose(lost: Promise<IDBPDatabase<SiyuDb>>, reason: ResetReason): void {
  losses += 1;
  void lost.then((database) => database.close(), () => {});
  if (connection === lost) connection = null;
  for (const listener of resetListeners) listener(reason);
}

/**
 * Reject with a `timeout` StorageError if `work` has not settled within STORAGE_TIMEOUT_MS.
 * `work` is told when that happened (`expired()`), so that an operation the user has been
 * told failed does not go on to happen later, once the storage answers.
 */
function withTimeout<T>(work: (expired: () => boolean) => Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let expired = false;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      expired = true;
      // The open (or a request on it) may still answer later; the next use starts afresh, and
      // a connection that did open is closed, so that it blocks nobody.
      const stuck = connection;
      connection = null;
      void stuck?.then((database) => database.close(), () => {});
      const why = openBlocked ? '; another tab holds an older version of it open: close or reload that tab' : '';
      reject(new StorageError(openBlocked ? 'blocked' : 'timeout', `the browser storage did not answer within ${STORAGE_TIMEOUT_MS / 1000} s (${what}${why})`));
    }, STORAGE_TIMEOUT_MS);
  });
  return Promise.race([work(() => expired), timeout]).finally(() => clearTimeout(timer));
}

/**
 * Waits before trying an operation again whose connection was lost under it, ms. "Clear site
 * data" closes the connection and then refuses new ones (AbortError, "The connection was
 * closed.") until it is done, which takes a moment; a few tries spread over ~1.5 s see it through.
 */
const RETRY_DELAYS_MS = [50, 250, 1000] as const;

/** Whether `error` means the connection went away under the operation (not that the operation is wrong). */
function connectionLost(error: unknown, lossesBefore: number): boolean {
  const name = (error as { name?: string } | null)?.name;
  // InvalidStateError: "The database connection is closing."; AbortError: closed by the browser.
  return name === 'InvalidStateError' || name === 'AbortError' || losses !== lossesBefore;
}

/**
 * Run `action` on the database, within the timeout. When its connection was lost under it
 * (it met a closing connection, or the browser closed it meanwhile, as "clear site data"
 * does), it is tried again on a fresh one, a few times. Every failure comes out as a StorageError.
 */
async function use<T>(what: string, action: (database: IDBPDatabase<SiyuDb>) => Promise<T>): Promise<T> {
  const run = async (expired: () => boolean): Promise<T> => {
    for (let attempt = 0; ; attempt++) {
      const lossesBefore = losses;
      try {
        const database = await connect();
        if (expired()) throw new StorageError('timeout', 'abandoned after the timeout');
        return await action(database);
      } catch (error) {
        if (expired()) throw error;
        if (!connectionLost(error, lossesBefore) || attempt >= RETRY_DELAYS_MS.length) throw error;
        connection = null;
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt]));
      }
    }
  };
  try {
    return await withTimeout(run, what);
  } catch (error) {
    throw asStorageError(error);
  }
}

/** Every saved scenario, newest first, and those that could not be read. */
export async function listScenarios(): Promise<{ scenarios: Scenario[]; unreadable: Unreadable[] }> {
  const records = await use('listing the saved scenarios', (database) => database.getAll('scenarios'));
  const scenarios: Scenario[] = [];
  const unreadable: Unreadable[] = [];
  for (const record of records) {
    const { scenario, errors } = readScenarioAll(record);
    if (scenario) scenarios.push(scenario);
    else unreadable.push({ id: (record as { id?: unknown }).id, error: errors[0] });
  }
  scenarios.sort((a, b) => b.updatedAt - a.updatedAt);
  return { scenarios, unreadable };
}

/** Write a scenario (insert or replace by id): a new save, an import, an undone delete. */
export async function putScenario(scenario: Scenario): Promise<void> {
  await use('saving a scenario', (database) => database.put('scenarios', toDoc(scenario)));
  announceScenariosChanged();
}

/**
 * The stored scenario `id` as it is now (another tab may have changed it).
 * @throws StorageError `missing` when it is no longer stored, or unreadable
 */
export async function getScenario(id: string): Promise<Scenario> {
  const record = await use('reading a scenario', (database) => database.get('scenarios', id));
  return readStored(id, record);
}

/**
 * Change the stored scenario `id` in one transaction: read it as it is now, apply `change`,
 * write it back. A scenario deleted meanwhile (in another tab) is not written back.
 * @throws StorageError `missing` when it is no longer stored
 */
export async function updateScenario(id: string, change: (current: Scenario) => Scenario): Promise<Scenario> {
  const updated = await use('changing a scenario', async (database) => {
    const tx = database.transaction('scenarios', 'readwrite');
    const next = change(readStored(id, await tx.store.get(id)));
    await Promise.all([tx.store.put(toDoc(next)), tx.done]);
    return next;
  });
  announceScenariosChanged();
  return updated;
}

function readStored(id: string, record: unknown): Scenario {
  if (record === undefined) throw new StorageError('missing', `the scenario ${id} is no longer stored (deleted in another tab or window?)`);
  const { scenario, errors } = readScenarioAll(record);
  if (!scenario) throw new StorageError('other', errors[0].message);
  return scenario;
}

export async function deleteScenario(id: string): Promise<void> {
  await use('deleting a scenario', (database) => database.delete('scenarios', id));
  announceScenariosChanged();
}

/** Every autosave record (one per tab, ./autosave.ts), raw: read them with `chooseAutosave`. */
export async function loadAutosaves(): Promise<StoredAutosave[]> {
  return use('reading the autosave', async (database) => {
    const tx = database.transaction('session', 'readonly');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
    return keys.map((key, i) => ({ key: String(key), value: values[i] as unknown }));
  });
}

export async function saveAutosave(key: string, record: AutosaveRecord): Promise<void> {
  await use('saving the autosave', (database) => database.put('session', record, key));
}

export async function deleteAutosaves(keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await use('pruning old autosaves', async (database) => {
    const tx = database.transaction('session', 'readwrite');
    await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done]);
  });
}
