/**
 * The Sobol' low-discrepancy sequence in base 2 (Sobol' 1967), with Joe and Kuo's direction
 * numbers (`new-joe-kuo-6.21201`) and the Gray-code construction of Antonov and Saleev (1979):
 * point n+1 is point n with one direction integer XOR-ed in, the one indexed by the lowest zero
 * bit of n. This is the order Joe and Kuo's reference `sobol.cc` and SciPy's
 * `qmc.Sobol(scramble=False)` produce, point 0 being the origin.
 *
 * Integers have 32 bits, so a dimension's first 2^m points (m ≤ 32) fall one in each of the 2^m
 * cells [j/2^m, (j+1)/2^m), and any 2^m consecutive points starting at a multiple of 2^m do the
 * same. Coordinates are k/2^32, in [0, 1).
 *
 * Optional randomisation is a random digital shift (each dimension's integers XOR-ed with one
 * random 32-bit word from the injected generator): it keeps the stratification above and makes
 * the sequence unbiased for integration; it is not Owen's nested scrambling nor SciPy's default
 * LMS + shift.
 */
import type { Rng } from '../random/rng.ts';
import { JOE_KUO_ROWS, SOBOL_MAX_DIMENSIONS } from './joeKuoDirections.ts';
import { checkInteger } from './options.ts';

const BITS = 32;
/** The most points a sequence gives (the Gray-code counter has 32 bits). */
export const SOBOL_MAX_POINTS = 2 ** BITS - 1;
const SCALE = 2 ** -BITS;

export interface SobolOptions {
  /**
   * Points to skip before the first one returned (an integer ≥ 0, default 0). Owen (2020)
   * shows that dropping points, the first one included, can only hurt; use a power of 2 if at all.
   */
  skip?: number;
  /** Randomise by a random digital shift drawn from this generator (default: no shift). */
  scramble?: Rng;
}

/** The 32 direction integers v_1…v_32 of one dimension (0-based: `v[j − 1]`). */
function directionIntegers(dimension: number): Uint32Array {
  const v = new Uint32Array(BITS);
  if (dimension === 0) {
    for (let j = 0; j < BITS; j++) v[j] = 2 ** (BITS - 1 - j);
    return v;
  }
  const { degree: s, coefficients: a, initial: m } = JOE_KUO_ROWS[dimension - 1];
  for (let j = 0; j < Math.min(s, BITS); j++) v[j] = m[j] * 2 ** (BITS - 1 - j);
  // v_j = c_1 v_(j−1) ⊕ … ⊕ c_(s−1) v_(j−s+1) ⊕ v_(j−s) ⊕ (v_(j−s) >> s)  (Bratley & Fox 1988)
  for (let j = s; j < BITS; j++) {
    let x = v[j - s] ^ (v[j - s] >>> s);
    for (let k = 1; k < s; k++) {
      if ((a >>> (s - 1 - k)) & 1) x ^= v[j - k];
    }
    v[j] = x >>> 0;
  }
  return v;
}

/** A stream of Sobol' points in `dimensions` dimensions, in Gray-code order. */
export class SobolSequence {
  /** Number of coordinates of each point, 1–256. */
  readonly dimensions: number;
  private readonly v: Uint32Array[];
  private readonly x: Uint32Array;
  private n: number;

  /**
   * @param dimensions 1–256 (a Saltelli design over k factors needs 2k)
   * @throws ParamError for a dimension count or skip out of range
   */
  constructor(dimensions: number, options: SobolOptions = {}) {
    this.dimensions = checkInteger('dimensions', dimensions, 1, SOBOL_MAX_DIMENSIONS);
    const skip = checkInteger('skip', options.skip ?? 0, 0, SOBOL_MAX_POINTS - 1);
    this.v = Array.from({ length: dimensions }, (_, d) => directionIntegers(d));
    this.x = new Uint32Array(dimensions);
    if (options.scramble) {
      for (let d = 0; d < dimensions; d++) this.x[d] = Math.floor(options.scramble.next() * 2 ** BITS);
    }
    // Point `skip` directly: the XOR of the direction integers at the set bits of gray(skip).
    const gray = (skip ^ Math.floor(skip / 2)) >>> 0;
    for (let j = 0; j < BITS; j++) {
      if ((gray >>> j) & 1) for (let d = 0; d < dimensions; d++) this.x[d] ^= this.v[d][j];
    }
    this.n = skip;
  }

  /** Index in the sequence of the point the next call to `next` returns. */
  get index(): number {
    return this.n;
  }

  /**
   * The next point, coordinates in [0, 1).
   * @param out where to write it (a new array when omitted)
   * @throws RangeError past `SOBOL_MAX_POINTS` points
   */
  next(out: Float64Array = new Float64Array(this.dimensions)): Float64Array {
    if (this.n >= SOBOL_MAX_POINTS) throw new RangeError(`the Sobol' sequence has only ${SOBOL_MAX_POINTS} points`);
    const x = this.x;
    for (let d = 0; d < this.dimensions; d++) out[d] = x[d] * SCALE;
    // Step to the next point: XOR in v_c, c the position of the lowest zero bit of n.
    const n = this.n >>> 0;
    const c = 31 - Math.clz32((~n & (n + 1)) >>> 0);
    for (let d = 0; d < this.dimensions; d++) x[d] ^= this.v[d][c];
    this.n++;
    return out;
  }
}

/**
 * The first `count` points (after `skip`) of the Sobol' sequence in `dimensions` dimensions,
 * each a Float64Array of coordinates in [0, 1).
 */
export function sobolPoints(count: number, dimensions: number, options: SobolOptions = {}): Float64Array[] {
  checkInteger('count', count, 0, SOBOL_MAX_POINTS - (options.skip ?? 0));
  const sequence = new SobolSequence(dimensions, options);
  return Array.from({ length: count }, () => sequence.next());
}
