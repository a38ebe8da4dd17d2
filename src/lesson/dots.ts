/**
 * The agents you can see: pure geometry for the lesson's canvas. Each stage is a region; a
 * sampled agent has a fixed place inside whichever region its stage is (the same relative
 * place in every region, so a change of stage is a glide from one region to the next), and
 * is coloured by its fan tier. No DOM here: the canvas component only draws what these give.
 */
import { STAGES } from '../../models/output/contract.ts';
import { STAGE_COUNT } from '../../models/stages.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Height kept above each region for its name and count, px. */
export const LABEL_HEIGHT = 34;

/**
 * The six stage regions, in the contract's stage order: one row of six columns when the
 * canvas is wide (≥ 560 px), else two rows of three. Regions never overlap and stay inside.
 */
export function stageRegions(width: number, height: number, gap = 8): Rect[] {
  const columns = width >= 560 ? STAGE_COUNT : 3;
  const rows = STAGE_COUNT / columns;
  const cellW = (width - gap * (columns + 1)) / columns;
  const cellH = (height - gap * (rows + 1)) / rows;
  return STAGES.map((_, i) => {
    const column = i % columns;
    const row = Math.floor(i / columns);
    return {
      x: gap + column * (cellW + gap),
      y: gap + row * (cellH + gap),
      width: Math.max(0, cellW),
      height: Math.max(0, cellH),
    };
  });
}

/** The part of a region where dots go (below its label, inset by `pad`). */
export function dotArea(region: Rect, pad = 6): Rect {
  const top = Math.min(LABEL_HEIGHT, region.height / 2);
  return {
    x: region.x + pad,
    y: region.y + top,
    width: Math.max(0, region.width - 2 * pad),
    height: Math.max(0, region.height - top - pad),
  };
}

// The R2 low-discrepancy sequence: dots spread evenly whatever their number.
const G = 1.32471795724474602596;
const A1 = 1 / G;
const A2 = 1 / (G * G);

/** Agent k's relative place in any region, both coordinates in [0, 1). */
export function relativePlace(k: number): [number, number] {
  return [(0.5 + A1 * k) % 1, (0.5 + A2 * k) % 1];
}

/**
 * Target positions of every sampled agent: `out[2k], out[2k + 1]` = x, y of agent k in the
 * region of `stage[k]`.
 */
export function targetPositions(stage: Uint8Array, regions: readonly Rect[], out: Float32Array = new Float32Array(stage.length * 2)): Float32Array {
  const areas = regions.map((r) => dotArea(r));
  for (let k = 0; k < stage.length; k++) {
    const area = areas[stage[k]] ?? areas[0];
    if (area === undefined) continue; // no regions yet (zero-size canvas)
    const [u, v] = relativePlace(k);
    out[2 * k] = area.x + u * area.width;
    out[2 * k + 1] = area.y + v * area.height;
  }
  return out;
}

/** Smoothstep easing of t in [0, 1] (clamped). */
export function ease(t: number): number {
  const c = t <= 0 ? 0 : t >= 1 ? 1 : t;
  return c * c * (3 - 2 * c);
}

/**
 * Positions between two frames: `out = from + (to − from) × ease(t)`. With `reducedMotion`
 * the dots jump (t is 1 at once), as `prefers-reduced-motion` asks.
 */
export function interpolatePositions(
  from: Float32Array,
  to: Float32Array,
  t: number,
  out: Float32Array = new Float32Array(to.length),
  reducedMotion = false,
): Float32Array {
  const e = reducedMotion ? 1 : ease(t);
  const n = Math.min(from.length, to.length, out.length);
  for (let i = 0; i < n; i++) out[i] = from[i] + (to[i] - from[i]) * e;
  for (let i = n; i < Math.min(to.length, out.length); i++) out[i] = to[i];
  return out;
}

/** Fill colour of each tier code (0 = outside the private domain, then passer-by, affinity, true love). */
export const DOT_COLOURS = ['#9ca3af', '#fdae6b', '#f16913', '#a63603'] as const;

/** Indices of the agents of each tier code, so the canvas sets its colour once per group. */
export function groupByTier(tier: Uint8Array): Uint32Array[] {
  const counts = new Uint32Array(DOT_COLOURS.length);
  for (let k = 0; k < tier.length; k++) counts[Math.min(tier[k], DOT_COLOURS.length - 1)]++;
  const groups = Array.from(counts, (c) => new Uint32Array(c));
  const fill = new Uint32Array(DOT_COLOURS.length);
  for (let k = 0; k < tier.length; k++) {
    const t = Math.min(tier[k], DOT_COLOURS.length - 1);
    groups[t][fill[t]++] = k;
  }
  return groups;
}

/** How far the animation is between the previous snapshot and the latest, in [0, 1]. */
export function progressBetween(now: number, arrivedAt: number, interval: number): number {
  if (!(interval > 0)) return 1;
  const t = (now - arrivedAt) / interval;
  return t <= 0 ? 0 : t >= 1 ? 1 : t;
}
