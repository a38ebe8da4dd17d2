/**
 * Parameter bounds for the designs and optimisers: `{ key: [lo, hi] }`, and the map between a
 * point of the unit cube [0, 1]^k and a named parameter point. Every method in sampling/,
 * sensitivity/ and calibration/ works in the unit cube and scales at the edge, so one step
 * size or one grid means the same thing for a parameter in yuan and one in days.
 */
import { ParamError } from '../params/index.ts';

/**
 * Closed ranges of the factors, by key, in the factors' own units. Keys keep the object's
 * insertion order (JavaScript orders integer-like keys such as `"1"` first: use names).
 */
export type Bounds = Readonly<Record<string, readonly [number, number]>>;

/** A parameter point: a value for each key of its `Bounds`. */
export type Point = Record<string, number>;

/** A design: named points over bounds, to evaluate and whose outputs come back in this order. */
export interface PointDesign {
  /** Factor keys, in the order of the bounds. */
  readonly keys: readonly string[];
  readonly bounds: Bounds;
  /** The parameter points, scaled to the bounds, in evaluation order. */
  readonly points: readonly Point[];
}

/**
 * The keys of `bounds`, in order, after checking each range is finite with lo < hi.
 * @param field the name the error should give the bounds (e.g. `bounds`)
 * @throws ParamError naming `field.key`, the value and what was expected
 */
export function boundKeys(bounds: Bounds, field = 'bounds'): string[] {
  if (bounds === null || typeof bounds !== 'object') {
    throw new ParamError(field, bounds, 'an object of [lo, hi] ranges by parameter key');
  }
  const keys = Object.keys(bounds);
  if (keys.length === 0) throw new ParamError(field, bounds, 'at least one parameter');
  for (const key of keys) {
    const range = bounds[key];
    const ok =
      Array.isArray(range) &&
      range.length === 2 &&
      Number.isFinite(range[0]) &&
      Number.isFinite(range[1]) &&
      range[0] < range[1];
    if (!ok) throw new ParamError(`${field}.${key}`, range, 'a range [lo, hi] of finite numbers with lo < hi');
  }
  return keys;
}

/** The named point at `unit` (coordinates in [0, 1], one per key, in key order). */
export function fromUnit(unit: ArrayLike<number>, keys: readonly string[], bounds: Bounds): Point {
  const point: Point = {};
  for (let i = 0; i < keys.length; i++) {
    const [lo, hi] = bounds[keys[i]];
    point[keys[i]] = lo + unit[i] * (hi - lo);
  }
  return point;
}

/** The unit-cube coordinates of a named point (the inverse of `fromUnit`). */
export function toUnit(point: Point, keys: readonly string[], bounds: Bounds): Float64Array {
  const unit = new Float64Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const [lo, hi] = bounds[keys[i]];
    unit[i] = (point[keys[i]] - lo) / (hi - lo);
  }
  return unit;
}

/**
 * Checks that `point` has a finite value inside its range for every key.
 * @throws ParamError naming `field.key`
 */
export function checkPointInBounds(point: Point, keys: readonly string[], bounds: Bounds, field: string): void {
  for (const key of keys) {
    const value = point?.[key];
    const [lo, hi] = bounds[key];
    if (!(Number.isFinite(value) && value >= lo && value <= hi)) {
      throw new ParamError(`${field}.${key}`, value, `a number ${lo}–${hi}`);
    }
  }
}
