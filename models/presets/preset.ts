/**
 * What a preset is: a named set of overrides on top of the schema defaults. Presets hold
 * only the parameters they change, so a preset reads as a claim ("an advisor's product sells
 * rarely and dearly") and composes with the others.
 */
import type { Params } from '../params/schema.ts';

/** The families presets come in; a scenario picks at most one mode, platform and strategy. */
export const PRESET_FAMILIES = ['mode', 'platform', 'strategy', 'case', 'reduction'] as const;
export type PresetFamily = (typeof PRESET_FAMILIES)[number];

export interface Preset {
  /** Stable id used by the CLI (`--preset`), share links and the UI, e.g. `interest`, `douyin`. */
  readonly id: string;
  readonly family: PresetFamily;
  readonly label: { readonly en: string; readonly zh: string };
  /** Which figures come from the sources (docs/sources.md) and which are assumptions (tuned by judgment). */
  readonly description: { readonly en: string; readonly zh: string };
  /** The parameters this preset changes; everything else stays at its default. */
  readonly overrides: Readonly<Partial<Params>>;
}
