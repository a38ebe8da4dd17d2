/**
 * Persistence: saved scenarios (IndexedDB), share links, scenario files, the autosave, and the
 * session that restores and follows the explorer's state. Every read goes through the checks
 * in scenario.ts: a named error or a valid state, never half of one.
 */
import { app } from '../state/index.ts';
import { route } from '../route/route.svelte.ts';
import { Session } from './session.svelte.ts';
import { deleteAutosaves, loadAutosaves, onStorageReset, saveAutosave } from './store.ts';

export const session = new Session(app, route, { loadAll: loadAutosaves, save: saveAutosave, remove: deleteAutosaves, onReset: onStorageReset });

export { Session, SHARE_VIEW, type RouteLike, type AutosaveStorage, type TabKeys } from './session.svelte.ts';
export {
  SCENARIO_FORMAT, MAX_NAME, MAX_NOTES, toDoc, newId, newScenario, readScenario, readScenarioAll, readState,
  type Scenario, type ScenarioDoc, type ScenarioState, type KpiSummary, type ExperimentSlot,
} from './scenario.ts';
export { encodeShare, decodeShare, decodeShareRest, shareRest, isShareRest, toBase64Url, fromBase64Url, MAX_SHARE_CHARS, SHARE_PREFIX, type SharedState } from './share.ts';
export { exportScenario, importScenarioText, sizeError } from './importFile.ts';
export {
  toAutosave, readAutosave, chooseAutosave, autosavesToPrune, AUTOSAVE_DEBOUNCE_MS, MAX_AUTOSAVES,
  type AutosaveRecord, type StoredAutosave, type AutosaveChoice,
} from './autosave.ts';
export {
  listScenarios, putScenario, getScenario, updateScenario, deleteScenario, loadAutosaves, saveAutosave, deleteAutosaves,
  onStorageReset, asStorageError, StorageError, DB_NAME, STORAGE_TIMEOUT_MS, type Unreadable, type ResetReason,
} from './store.ts';
export { notices, noticeText, reasonText, type StorageNotice, type NoticeSource } from './notices.svelte.ts';
export { downloadScenario } from './download.ts';
export { listen, broadcast, announceScenariosChanged, type ChannelMessage } from './channel.ts';
