/**
 * Slider ↔ value mapping for numeric parameters.
 *
 * Linear specs use the parameter's own min/max/step on the `<input type=range>`, so one
 * arrow key press is one step of the parameter. Log specs (`scale: 'log'`) span orders of
 * magnitude; their slider runs over positions 0…LOG_POSITIONS and maps through a log
 * transform, so each arrow press multiplies the value by a constant factor. A log spec whose
 * minimum is 0 is shifted by one step (log(v + step)) so that 0 stays reachable.
 */
import type { NumberSpec } from '../../models/params/index.ts';

/** Slider positions of a log-scale control (0…LOG_POSITIONS). */
export const LOG_POSITIONS = 1000;

/** The subset of a number spec the mapping needs. */
export type ScaleSpec = Pick<NumberSpec, 'kind' | 'min' | 'max' | 'step' | 'scale'>;

/** The `<input type=range>` attributes for a spec. */
export interface SliderRange {
  min: number;
  max: number;
  step: number;
}

export function isLog(spec: ScaleSpec): boolean {
  return spec.scale === 'log';
}

export function sliderRange(spec: ScaleSpec): SliderRange {
  return isLog(spec) ? { min: 0, max: LOG_POSITIONS, step: 1 } : { min: spec.min, max: spec.max, step: spec.step };
}

function logOffset(spec: ScaleSpec): number {
  return spec.min > 0 ? 0 : spec.step - spec.min;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Decimal places of a step (0.001 → 3), so snapped values print without float noise. */
export function stepDecimals(step: number): number {
  if (Number.isInteger(step)) return 0;
  const text = step.toString();
  const exp = /e-(\d+)$/.exec(text);
  if (exp) return Number(exp[1]);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** The nearest value on the spec's step grid (counted from min), clamped to [min, max]. */
export function snapToStep(spec: ScaleSpec, value: number): number {
  if (!Number.isFinite(value)) return spec.min;
  const steps = Math.round((clamp(value, spec.min, spec.max) - spec.min) / spec.step);
  const snapped = spec.min + steps * spec.step;
  const decimals = Math.max(stepDecimals(spec.step), stepDecimals(spec.min));
  const rounded = Number(snapped.toFixed(Math.min(decimals, 15)));
  const result = clamp(rounded, spec.min, spec.max);
  return spec.kind === 'integer' ? Math.round(result) : result;
}

/** Slider position of a parameter value. */
export function valueToSlider(spec: ScaleSpec, value: number): number {
  const v = clamp(value, spec.min, spec.max);
  if (!isLog(spec)) return v;
  const offset = logOffset(spec);
  const lo = Math.log(spec.min + offset);
  const hi = Math.log(spec.max + offset);
  if (hi === lo) return 0;
  return ((Math.log(v + offset) - lo) / (hi - lo)) * LOG_POSITIONS;
}

/** Parameter value at a slider position, snapped to the spec's step. */
export function sliderToValue(spec: ScaleSpec, position: number): number {
  if (!isLog(spec)) return snapToStep(spec, position);
  const offset = logOffset(spec);
  const lo = Math.log(spec.min + offset);
  const hi = Math.log(spec.max + offset);
  const t = clamp(position, 0, LOG_POSITIONS) / LOG_POSITIONS;
  return snapToStep(spec, Math.exp(lo + t * (hi - lo)) - offset);
}

/**
 * The value a slider move should produce. On a log slider, the low end packs many positions
 * into one step; a move that would snap back to the current value goes one whole step in the
 * direction of the move instead, so every key press changes something.
 *
 * A log slider's thumb sits on whole positions, so the thumb of `current` shows at its
 * rounded position; a position equal to that one is no move at all. This is what the
 * `change` event that ends every key press sees, after the `input` event before it already
 * moved the value: without it, the fraction lost in the rounding read as a move down, and an
 * arrow key up moved one step up and straight back.
 */
export function sliderMove(spec: ScaleSpec, current: number, position: number): number {
  if (!isLog(spec)) return sliderToValue(spec, position);
  const shown = Math.round(valueToSlider(spec, current));
  if (position === shown) return current;
  const next = sliderToValue(spec, position);
  if (next !== current) return next;
  return snapToStep(spec, current + (position > shown ? spec.step : -spec.step));
}
