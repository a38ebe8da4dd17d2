/**
 * Colours: fixed palettes for the model's categories (so a stage or channel has the same
 * colour in every chart) and heat scales for the cohort table. Category colours come from
 * the Okabe–Ito palette, which stays distinguishable for the common colour-vision deficiencies.
 */
import {
  interpolateRdBu,
  interpolateViridis,
  rgb,
  scaleDiverging,
  scaleSequential,
} from 'd3';
import type { Channel, SpendCategory, Stage, Tier } from '../../../models/output/contract.ts';

export const STAGE_COLOURS: Readonly<Record<Stage, string>> = {
  unaware: '#d4d4d4',
  exposed: '#56b4e9',
  follower: '#0072b2',
  contact: '#cc79a7',
  group: '#009e73',
  lapsed: '#d55e00',
};

export const TIER_COLOURS: Readonly<Record<Tier, string>> = {
  passerby: '#fdd0a2',
  affinity: '#fd8d3c',
  trueLove: '#c2410c',
};

export const CHANNEL_COLOURS: Readonly<Record<Channel | 'all', string>> = {
  paid: '#d55e00',
  organic: '#009e73',
  referral: '#cc79a7',
  offline: '#e69f00',
  existing: '#0072b2',
  all: '#333333',
};

export const SPEND_COLOURS: Readonly<Record<SpendCategory, string>> = {
  ads: '#d55e00',
  referral: '#cc79a7',
  offline: '#f0e442',
  content: '#0072b2',
  groups: '#009e73',
  staff: '#56b4e9',
  members: '#e69f00',
  fixed: '#a3a3a3',
};

/** Colours of single-series marks. */
export const MARK_COLOURS = {
  revenue: '#1f2937',
  margin: '#0072b2',
  profit: '#1f2937',
  cac: '#b91c1c',
  rule: '#6b7280',
  grid: '#e5e7eb',
  axis: '#4b5563',
} as const;

/**
 * A colour for the i-th of n ordered series without a category (monthly cohorts): viridis,
 * skipping its pale yellow end, which vanishes on white.
 */
export function ordinalColour(i: number, n: number): string {
  const t = n <= 1 ? 0.35 : (i / (n - 1)) * 0.8;
  return interpolateViridis(t);
}

/** A cell colour for a value, or null for a value that must stay uncoloured (missing). */
export type CellColour = (value: number | null | undefined) => string | null;

function finiteValues(values: Iterable<number | null | undefined>): number[] {
  const out: number[] = [];
  for (const v of values) if (v !== null && v !== undefined && Number.isFinite(v)) out.push(v);
  return out;
}

/** Keeps the dark end of an interpolator readable and the light end visible on white. */
function clampInterpolator(interpolate: (t: number) => string, lo = 0.08, hi = 0.85) {
  return (t: number) => interpolate(lo + Math.max(0, Math.min(1, t)) * (hi - lo));
}

/**
 * A sequential heat scale over the finite `values`: low values light, high values dark, or
 * the reverse with `reverse` (for "lower is better" columns). One distinct value gets the
 * middle colour. Missing values map to null.
 */
export function sequentialCellColour(
  values: Iterable<number | null | undefined>,
  interpolate: (t: number) => string,
  { reverse = false }: { reverse?: boolean } = {},
): CellColour {
  const finite = finiteValues(values);
  if (finite.length === 0) return () => null;
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  const scale = scaleSequential(clampInterpolator(interpolate)).domain(reverse ? [hi, lo] : [lo, hi]);
  return (v) => {
    if (v === null || v === undefined || !Number.isFinite(v)) return null;
    return lo === hi ? clampInterpolator(interpolate)(0.5) : scale(v);
  };
}

/**
 * A diverging heat scale around `centre` (ROI around 1, margin around 0): below the centre
 * red, above it blue, the centre itself nearly white. Each side spans its own extreme, so the
 * worst value is fully red even when the best is far further from the centre.
 */
export function divergingCellColour(
  values: Iterable<number | null | undefined>,
  centre: number,
): CellColour {
  const finite = finiteValues(values);
  if (finite.length === 0) return () => null;
  const lo = Math.min(centre, ...finite);
  const hi = Math.max(centre, ...finite);
  // interpolateRdBu: 0 red, 0.5 white, 1 blue. Kept off its darkest ends for legible text.
  const scale = scaleDiverging(clampInterpolator(interpolateRdBu, 0.1, 0.9)).domain([lo, centre, hi]);
  return (v) => {
    if (v === null || v === undefined || !Number.isFinite(v)) return null;
    return scale(v);
  };
}

/** Relative luminance (WCAG) of a CSS colour, 0 (black) to 1 (white). */
export function luminance(colour: string): number {
  const { r, g, b } = rgb(colour);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Text colour with the better contrast on background `bg`: near-black or white. */
export function textColourOn(bg: string): string {
  // Contrast with white (L=1) versus with #111 (L≈0.0056): pick the larger ratio.
  const l = luminance(bg);
  const withWhite = 1.05 / (l + 0.05);
  const withDark = (l + 0.05) / (0.0056 + 0.05);
  return withWhite > withDark ? '#ffffff' : '#111111';
}

