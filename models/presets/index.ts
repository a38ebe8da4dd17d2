/**
 * Presets: named scenarios on top of the schema defaults. A scenario is composed from at
 * most one operating mode, one platform and one strategy, applied in that order (later
 * wins); cases and reductions stand alone.
 */
import { ParamError, validateParams } from '../params/validate.ts';
import { defaultParams } from '../params/schema.ts';
import type { Params } from '../params/schema.ts';
import { CASE_PRESETS } from './cases.ts';
import { MODE_PRESETS } from './modes.ts';
import { PLATFORM_PRESETS } from './platforms.ts';
import type { Preset, PresetFamily } from './preset.ts';
import { REDUCTION_PRESETS } from './reductions.ts';
import { STRATEGY_PRESETS } from './strategies.ts';

export { PRESET_FAMILIES } from './preset.ts';
export type { Preset, PresetFamily } from './preset.ts';
export { MODE_PRESETS } from './modes.ts';
export { PLATFORM_PRESETS } from './platforms.ts';
export { STRATEGY_PRESETS } from './strategies.ts';
export { CASE_PRESETS } from './cases.ts';
export { REDUCTION_PRESETS, BASS_P, BASS_Q, RETENTION_R, RETENTION_M, RETENTION_D } from './reductions.ts';

/** Every preset, family by family. */
export const PRESETS: readonly Preset[] = [
  ...MODE_PRESETS,
  ...PLATFORM_PRESETS,
  ...STRATEGY_PRESETS,
  ...CASE_PRESETS,
  ...REDUCTION_PRESETS,
];

/** The preset with this id, or undefined. */
export function presetById(id: string): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}

/** The presets of one family. */
export function presetsOf(family: PresetFamily): Preset[] {
  return PRESETS.filter((preset) => preset.family === family);
}

/** The parts of a scenario: ids of a mode, a platform and a strategy preset, each optional. */
export interface ScenarioChoice {
  mode?: string;
  platform?: string;
  strategy?: string;
}

/**
 * Defaults, then the mode's overrides, then the platform's, then the strategy's, validated.
 * @throws ParamError with field `preset` when an id is unknown or of the wrong family
 */
export function composeScenario(choice: ScenarioChoice): Params {
  const overrides: Record<string, unknown> = {};
  for (const family of ['mode', 'platform', 'strategy'] as const) {
    const id = choice[family];
    if (id === undefined) continue;
    Object.assign(overrides, presetOfFamily(id, family).overrides);
  }
  return validateParams(overrides, defaultParams());
}

/**
 * One preset on top of the defaults.
 * @throws ParamError with field `preset` when the id is unknown
 */
export function resolvePreset(id: string): Params {
  const preset = presetById(id);
  if (!preset) throw new ParamError('preset', id, `one of ${PRESETS.map((p) => p.id).join(', ')}`);
  return validateParams(preset.overrides, defaultParams());
}

/**
 * A scenario named as text: one preset id (`bass`, `luzhou-laojiao`) or a `+`-joined
 * combination of a mode, a platform and a strategy in any order (`interest+douyin+hybrid`).
 * @throws ParamError with field `preset` for an unknown id, a case or reduction in a
 * combination, or two presets of the same family
 */
export function resolveScenario(text: string): Params {
  const parts = text.split('+').map((part) => part.trim());
  if (parts.length === 1) return resolvePreset(parts[0]);
  const choice: ScenarioChoice = {};
  for (const part of parts) {
    const preset = presetById(part);
    const family = preset?.family;
    if (family !== 'mode' && family !== 'platform' && family !== 'strategy') {
      throw new ParamError('preset', part, `a mode, platform or strategy: one of ${COMPOSABLE.join(', ')}`);
    }
    if (choice[family] !== undefined) {
      throw new ParamError('preset', text, `at most one ${family} (got ${choice[family]} and ${part})`);
    }
    choice[family] = part;
  }
  return composeScenario(choice);
}

const COMPOSABLE = [...MODE_PRESETS, ...PLATFORM_PRESETS, ...STRATEGY_PRESETS].map((p) => p.id);

function presetOfFamily(id: string, family: PresetFamily): Preset {
  const preset = presetById(id);
  if (preset?.family === family) return preset;
  const ids = presetsOf(family).map((p) => p.id).join(', ');
  throw new ParamError('preset', id, `a ${family}: one of ${ids}`);
}
