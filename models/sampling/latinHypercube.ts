/**
 * Latin hypercube sampling (McKay, Beckman & Conover 1979): n points in [0, 1)^k such that
 * every coordinate puts exactly one point in each of the n cells [j/n, (j+1)/n). Each
 * dimension's cells are an independent uniform random permutation (Fisher–Yates); within its
 * cell a point is uniform, or at the centre with `centered`. Same generator state, same points.
 */
import type { Rng } from '../random/rng.ts';
import { checkInteger } from './options.ts';

export interface LatinHypercubeOptions {
  /** Put each point at the centre of its cell instead of uniformly inside it (default false). */
  centered?: boolean;
}

/**
 * `n` points of a Latin hypercube in `k` dimensions, each a Float64Array of coordinates in [0, 1).
 * Draws, for each dimension in turn, n − 1 numbers for the permutation and (unless centred) n
 * for the offsets.
 * @param n number of points, 1–10^7
 * @param k number of dimensions, 1–10^4
 */
export function latinHypercube(n: number, k: number, rng: Rng, options: LatinHypercubeOptions = {}): Float64Array[] {
  checkInteger('n', n, 1, 1e7);
  checkInteger('k', k, 1, 1e4);
  const points = Array.from({ length: n }, () => new Float64Array(k));
  const cells = new Int32Array(n);
  for (let d = 0; d < k; d++) {
    for (let i = 0; i < n; i++) cells[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      const t = cells[i];
      cells[i] = cells[j];
      cells[j] = t;
    }
    for (let i = 0; i < n; i++) {
      const offset = options.centered ? 0.5 : rng.next();
      points[i][d] = (cells[i] + offset) / n;
    }
  }
  return points;
}
