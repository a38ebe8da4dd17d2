/**
 * Axis ticks computed from scales, so the components render ticks as plain SVG elements
 * (no d3-axis DOM mutation). Tick counts follow the space available: a phone at 320 px gets
 * three or four labels, a desktop chart eight or ten.
 */
import type { ScaleLinear } from 'd3';

/** One tick: its value, its pixel position on the axis, and its label. */
export interface Tick {
  value: number;
  pos: number;
  label: string;
}

/** Space around the plot area, px. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** How many ticks fit `lengthPx` with at least `spacingPx` between labels: 2 to `max`. */
export function tickCount(lengthPx: number, spacingPx: number, max = 10): number {
  if (!(lengthPx > 0) || !(spacingPx > 0)) return 2;
  return Math.max(2, Math.min(max, Math.floor(lengthPx / spacingPx)));
}

/** Ticks of a linear scale, about `count` of them, labelled by `format`. */
export function linearTicks(
  scale: ScaleLinear<number, number>,
  count: number,
  format: (value: number) => string,
): Tick[] {
  return scale.ticks(count).map((value) => ({ value, pos: scale(value), label: format(value) }));
}

/** Like `linearTicks`, but only whole numbers (days, weeks): a short domain never shows 0.5. */
export function integerTicks(
  scale: ScaleLinear<number, number>,
  count: number,
  format: (value: number) => string,
): Tick[] {
  return linearTicks(scale, count, format).filter((t) => Number.isInteger(t.value));
}

/**
 * Margins for an x–y chart `width` px wide. The y-axis title sits above the axis (horizontal,
 * readable on a phone), so the top margin holds it; the left margin holds tick labels only.
 */
export function chartMargins(width: number): Margins {
  const narrow = width < 480;
  return { top: 24, right: narrow ? 10 : 20, bottom: 38, left: narrow ? 42 : 56 };
}
