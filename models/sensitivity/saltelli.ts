/**
 * Saltelli's sampling design for variance-based (Sobol') sensitivity indices (Saltelli 2002;
 * Saltelli et al. 2010). From a 2k-dimensional Sobol' sequence, the first k coordinates of row
 * i form A_i and the last k form B_i; A_B^(j)_i is A_i with coordinate j taken from B_i, and
 * (for second-order indices) B_A^(j)_i is B_i with coordinate j taken from A_i. The model runs
 * N(k + 2) points, or N(2k + 2) with second order.
 *
 * Points come in SALib's order (`SALib.sample.sobol.sample`), row block by row block:
 * A_i, A_B^(1)_i … A_B^(k)_i, [B_A^(1)_i … B_A^(k)_i,] B_i for i = 0 … N−1, so outputs can be
 * checked against SALib and a caller may evaluate them in any grouping and pass them back in
 * this order.
 */
import { createRng } from '../random/rng.ts';
import {
  boundKeys,
  checkInteger,
  fromUnit,
  SobolSequence,
  type Bounds,
  type Point,
  type PointDesign,
} from '../sampling/index.ts';

export interface SaltelliOptions {
  /**
   * Base sample size N, 2–2^20; a power of 2 keeps the Sobol' points balanced. The model runs
   * N(k + 2) times (N(2k + 2) with `secondOrder`).
   */
  n: number;
  /** Also lay out the B_A^(j) points for second-order indices (default false). */
  secondOrder?: boolean;
  /**
   * Randomise the Sobol' sequence by a random digital shift from `seed` (default true). A
   * shifted sequence gives unbiased estimates, and its first point is not the corner of the box.
   */
  scramble?: boolean;
  /** Seed of the digital shift (32-bit unsigned, default 0). */
  seed?: number;
  /** Sobol' points to skip (default 0; see `SobolOptions.skip`). */
  skip?: number;
}

/** A Saltelli design: N·stride points, and what the analysis needs to read their outputs. */
export interface SaltelliDesign extends PointDesign {
  /** Base sample size N. */
  readonly n: number;
  readonly secondOrder: boolean;
  /** Points per row block: k + 2, or 2k + 2 with second order. */
  readonly stride: number;
}

/**
 * The Saltelli design over `bounds` (each factor uniform on its range).
 * @throws ParamError for invalid bounds, sample size or more than 128 factors
 */
export function saltelliDesign(bounds: Bounds, options: SaltelliOptions): SaltelliDesign {
  const keys = boundKeys(bounds);
  const k = checkInteger('factors (number of bounds)', keys.length, 1, 128);
  const n = checkInteger('n', options.n, 2, 2 ** 20);
  const secondOrder = options.secondOrder ?? false;
  const scramble = options.scramble ?? true;
  const sequence = new SobolSequence(2 * k, {
    skip: options.skip ?? 0,
    scramble: scramble ? createRng(options.seed ?? 0) : undefined,
  });
  const stride = secondOrder ? 2 * k + 2 : k + 2;
  const points: Point[] = [];
  const row = new Float64Array(2 * k);
  const unit = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    sequence.next(row);
    const a = row.subarray(0, k);
    const b = row.subarray(k);
    points.push(fromUnit(a, keys, bounds));
    for (let j = 0; j < k; j++) {
      unit.set(a);
      unit[j] = b[j];
      points.push(fromUnit(unit, keys, bounds));
    }
    if (secondOrder) {
      for (let j = 0; j < k; j++) {
        unit.set(b);
        unit[j] = a[j];
        points.push(fromUnit(unit, keys, bounds));
      }
    }
    points.push(fromUnit(b, keys, bounds));
  }
  return { keys, bounds, n, secondOrder, stride, points };
}
