/**
 * The box-constraint transformation CMA-ES searches through: pycma's
 * `BoxConstraintsLinQuadTransformation` (Hansen, `cma/transformations.py`), here on the unit
 * interval. It maps the whole real line onto [0, 1], periodically and continuously
 * differentiably: the identity on [a, 1 − a], quadratic on the margins of width a = 0.05 at each
 * bound (pycma's default margin for bounds 0 and 1), mirrored beyond, with period 2(1 + 2a).
 * So every sample the optimiser draws is feasible, nothing is resampled or penalised, and an
 * optimum on a bound is a smooth minimum of the transformed objective at y = −a or 1 + a.
 */

/** Margin width, in normalised units, of the quadratic pieces at each bound. */
export const BOX_MARGIN = 0.05;
const A = BOX_MARGIN;
const PERIOD = 2 * (1 + 2 * A);
const START = -2 * A - 0.5;

/** The feasible value in [0, 1] of an unconstrained coordinate y. */
export function toBox(y: number): number {
  if (y < START || y > 1 + 2 * A + 0.5) y -= PERIOD * Math.floor((y - START) / PERIOD);
  if (y > 1 + A) y -= 2 * (y - 1 - A);
  if (y < -A) y += 2 * (-A - y);
  if (y < A) return (y + A) ** 2 / (4 * A);
  if (y > 1 - A) return 1 - (y - 1 - A) ** 2 / (4 * A);
  return y;
}

/** The unconstrained coordinate in [−a, 1 + a] that `toBox` maps to x ∈ [0, 1]. */
export function fromBox(x: number): number {
  if (x < A) return -A + Math.sqrt(4 * A * Math.max(0, x));
  if (x > 1 - A) return 1 + A - Math.sqrt(4 * A * Math.max(0, 1 - x));
  return x;
}
