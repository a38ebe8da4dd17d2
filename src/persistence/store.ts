/**
 * The scenario library and the autosave in IndexedDB (through `idb`). Records are stored in
 * their written form (`ScenarioDoc`, `AutosaveRecord`): versioned and migrated on the way out,
 * so a record saved under an older schema still opens. A record that cannot be read is
 * skipped and reported, never allowed to break the list.
 *
 * Tested in real Chromium (test/e2e/persistence.test.ts); the pure parts around it are
 * unit-tested in Node.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ParamError } from '../../models/params/index.ts';
import type { AutosaveRecord } from './autosave.ts';
import { readScenarioAll, toDoc, type Scenario, type ScenarioDoc } from './scenario.ts';

export const DB_NAME = 'siyu-lab';
export const DB_VERSION = 1;
export const AUTOSAVE_KEY = 'current';

interface SiyuDb extends DBSchema {
  scenarios: { key: string; value: ScenarioDoc };
  session: { key: string; value: AutosaveRecord };
}

/** A record that could not be read, with why. */
export interface Unreadable {
  id: unknown;
  error: ParamError;
}

let opening: Promise<IDBPDatabase<SiyuDb>> | null = null;

function db(): Promise<IDBPDatabase<SiyuDb>> {
  opening ??= openDB<SiyuDb>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        database.createObjectStore('scenarios', { keyPath: 'id' });
        database.createObjectStore('session');
      }
    },
  }).catch((error: unknown) => {
    opening = null; // try again next time (storage may come back)
    throw error;
  });
  return opening;
}

/** Every saved scenario, newest first, and those that could not be read. */
export async function listScenarios(): Promise<{ scenarios: Scenario[]; unreadable: Unreadable[] }> {
  const records = await (await db()).getAll('scenarios');
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

/** Write a scenario (insert or replace by id). */
export async function putScenario(scenario: Scenario): Promise<void> {
  await (await db()).put('scenarios', toDoc(scenario));
}

export async function deleteScenario(id: string): Promise<void> {
  await (await db()).delete('scenarios', id);
}

/** The raw autosave record, or undefined; read it with `readAutosave`. */
export async function loadAutosave(): Promise<unknown> {
  return (await db()).get('session', AUTOSAVE_KEY);
}

export async function saveAutosave(record: AutosaveRecord): Promise<void> {
  await (await db()).put('session', record, AUTOSAVE_KEY);
}
