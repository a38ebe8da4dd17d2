/**
 * The autosave: the explorer's current state, written (debounced) on every change so a reload
 * or a crash returns the user to where they were. The record is versioned like every other
 * written form and read through the same checks; one that cannot be read is ignored (the
 * defaults load) and the reason is reported.
 *
 * The rule with several tabs: each tab writes its own record (key `tab:<id>`, ./tab.ts), so no
 * tab ever writes over another's. A tab that reloads restores its own record; a fresh tab
 * restores the most recent record of any tab. A tab writes only a change from the state it
 * started with (restored, from a link, or the defaults) or last wrote, so one that opens or
 * reloads and changes nothing never becomes "the most recent" over the tab where work was done. Only the `MAX_AUTOSAVES` most recent
 * records are kept. A tab that could not read its record (storage failed, or the record is unreadable)
 * writes under a fresh key from then on, so the unread record is never overwritten.
 */
import { ParamError, SCHEMA_VERSION, diffFromDefaults, isPlainObject, type Params } from '../../models/params/index.ts';
import { readState, unknownKeys, type ScenarioState } from './scenario.ts';

export interface AutosaveRecord {
  version: number;
  params: Partial<Params>;
  seed: number;
  replications: number;
  /** Epoch ms. */
  savedAt: number;
}

/** One stored autosave, as read from storage: its key and the raw record. */
export interface StoredAutosave {
  key: string;
  value: unknown;
}

/** Delay between the last change and the write, ms. */
export const AUTOSAVE_DEBOUNCE_MS = 400;
/** Autosave records kept (one per tab that ever ran); older ones are pruned. */
export const MAX_AUTOSAVES = 20;
const AUTOSAVE_KEYS = ['version', 'params', 'seed', 'replications', 'savedAt'] as const;

export function toAutosave(state: ScenarioState, now = Date.now()): AutosaveRecord {
  return { version: SCHEMA_VERSION, params: diffFromDefaults(state.params), seed: state.seed, replications: state.replications, savedAt: now };
}

/**
 * The state an autosave record holds, migrated and validated.
 * @throws ParamError naming what is wrong
 */
export function readAutosave(input: unknown): ScenarioState {
  if (!isPlainObject(input)) throw new ParamError('autosave', input, 'an object with version, params, seed and replications');
  const errors = unknownKeys(input, AUTOSAVE_KEYS, 'the autosave');
  const state = readState(input, errors);
  if (errors.length > 0 || !state) throw errors[0];
  return state;
}

/** When a stored record was saved (epoch ms), or −∞ when it does not say. */
function savedAt(record: StoredAutosave): number {
  const value = isPlainObject(record.value) ? record.value.savedAt : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : -Infinity;
}

/** What a starting tab restores, and the records it tried and could not read. */
export interface AutosaveChoice {
  /** The restored record's key and state, or null (start from the defaults). */
  restored: { key: string; state: ScenarioState } | null;
  /** Whether `restored` is this tab's own record (a reload), not another tab's (a fresh open). */
  own: boolean;
  /** Records passed over because they could not be read, own first. */
  unreadable: { key: string; error: ParamError }[];
}

/**
 * The rule for a starting tab: its own record if it has one (a reload), else the most
 * recent record of any tab (a fresh open); an unreadable one is passed over for the next.
 */
export function chooseAutosave(records: readonly StoredAutosave[], ownKey: string): AutosaveChoice {
  const own = records.filter((r) => r.key === ownKey);
  const others = records.filter((r) => r.key !== ownKey).sort((a, b) => savedAt(b) - savedAt(a));
  const unreadable: AutosaveChoice['unreadable'] = [];
  for (const record of [...own, ...others]) {
    try {
      return { restored: { key: record.key, state: readAutosave(record.value) }, own: record.key === ownKey, unreadable };
    } catch (error) {
      if (!(error instanceof ParamError)) throw error;
      unreadable.push({ key: record.key, error });
    }
  }
  return { restored: null, own: false, unreadable };
}

/** Keys to delete so that at most `keep` records stay: the oldest, never `ownKey`. */
export function autosavesToPrune(records: readonly StoredAutosave[], ownKey: string, keep = MAX_AUTOSAVES): string[] {
  return records
    .filter((r) => r.key !== ownKey)
    .sort((a, b) => savedAt(b) - savedAt(a))
    .slice(Math.max(0, keep - 1))
    .map((r) => r.key);
}
