/**
 * Persistence: saved scenarios (IndexedDB), share links, scenario files, the autosave, and the
 * session that restores and follows the explorer's state. Every read goes through the checks
 * in scenario.ts: a named error or a valid state, never half of one.
 */
import { app } from '../state/index.ts';
import { route } from '../route/route.svelte.ts';
import { Session } from './session.svelte.ts';
import { loadAutosave, saveAutosave } from './store.ts';

export const session = new Session(app, route, { load: loadAutosave, save: saveAutosave });

export { Session, SHARE_VIEW, type RouteLike, type AutosaveStorage } from './session.svelte.ts';
export {
  SCENARIO_FORMAT, MAX_NAME, MAX_NOTES, toDoc, newId, readScenario, readScenarioAll, readState,
  type Scenario, type ScenarioDoc, type ScenarioState, type KpiSummary, type ExperimentSlot,
} from './scenario.ts';
export { encodeShare, decodeShare, decodeShareRest, shareRest, isShareRest, toBase64Url, fromBase64Url, MAX_SHARE_CHARS, SHARE_PREFIX, type SharedState } from './share.ts';
export { exportScenario, importScenarioText, sizeError } from './importFile.ts';
export { toAutosave, readAutosave, AUTOSAVE_DEBOUNCE_MS, type AutosaveRecord } from './autosave.ts';
export { listScenarios, putScenario, deleteScenario, loadAutosave, saveAutosave, DB_NAME, type Unreadable } from './store.ts';
