/**
 * Samplers over an injected generator (d3-random style: the source is an argument).
 * They cost in proportion to the number of events they produce, not to the population,
 * so idle agents cost nothing.
 */
import type { Rng } from './rng.ts';

/** A growable scratch buffer of indices, reused across days to avoid allocation. */
export class IndexBuffer {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
  clear(): void {
    this.length = 0;
  }
}

/**
 * Selects each of the positions 0..n−1 independently with probability p, writing the
 * selected positions in increasing order into `out` (cleared first). Geometric skipping:
 * the gap to the next success is Geometric(p), so the cost is O(n·p + 1).
 */
export function bernoulliPositions(rng: Rng, n: number, p: number, out: IndexBuffer): number {
  out.clear();
  if (n <= 0 || !(p > 0)) return 0;
  if (p >= 1) {
    for (let i = 0; i < n; i++) out.push(i);
    return n;
  }
  const logQ = Math.log1p(-p);
  let i = -1;
  for (;;) {
    i += 1 + Math.floor(Math.log(1 - rng.next()) / logQ);
    if (i >= n) break;
    out.push(i);
  }
  return out.length;
}

/** A Binomial(n, p) draw, by geometric skipping (exact; cost O(n·min(p, 1−p) + 1)). */
export function binomial(rng: Rng, n: number, p: number): number {
  if (n <= 0 || !(p > 0)) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(rng, n, 1 - p);
  const logQ = Math.log1p(-p);
  let count = 0;
  let i = -1;
  for (;;) {
    i += 1 + Math.floor(Math.log(1 - rng.next()) / logQ);
    if (i >= n) return count;
    count++;
  }
}

/** A uniform integer in 0..n−1. */
export function randomIndex(rng: Rng, n: number): number {
  return Math.floor(rng.next() * n);
}
