/**
 * The autosave: the explorer's current state, written (debounced) on every change so a reload
 * or a crash returns the user to where they were. The record is versioned like every other
 * written form and read through the same checks; one that cannot be read is ignored (the
 * defaults load) and the reason is reported.
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

/** Delay between the last change and the write, ms. */
export const AUTOSAVE_DEBOUNCE_MS = 400;
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
