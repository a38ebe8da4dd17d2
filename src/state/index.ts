/**
 * The app's state: one `AppState` over one simulation worker client. Components import `app`
 * from here; the plain helpers are exported for the panels and the tests.
 */
import { client } from '../sim/instance.ts';
import { AppState } from './app.svelte.ts';

export { client };
export const app = new AppState(client);

export { AppState, seedError, replicationsError } from './app.svelte.ts';
export type { Runner, Progress, Origin } from './app.svelte.ts';
export { CARD_KPIS, CARD_KPI_KEYS, kpiRows, kpiDiff, kpiValue, kpiInterval, diffTone, shownDiff } from './kpis.ts';
export type { CardKpi, CardKpiKey, KpiRow, ShownInterval, Tone } from './kpis.ts';
export { LOG_POSITIONS, sliderRange, sliderToValue, valueToSlider, sliderMove, snapToStep, stepDecimals, isLog } from './sliderScale.ts';
export { DRAG_DEBOUNCE_MS, debounced, LatestTicket } from './schedule.ts';
