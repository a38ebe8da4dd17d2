/**
 * Seeded randomness. One factory turns a seed into a generator; every sampler takes the
 * generator as an argument. Replication k and sweep point k of master seed s get their own
 * stream from `deriveSeed(s, k)`, so results never depend on which worker ran them.
 */
import seedrandom from 'seedrandom';

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/**
 * A generator for `seed`: seedrandom's `alea` (fast, ~6.6 ns a number here; ARC4 is 9× slower).
 * @param seed any 32-bit unsigned integer
 */
export function createRng(seed: number): Rng {
  const alea = seedrandom.alea(`siyu:${seed >>> 0}`);
  return () => alea();
}

/**
 * The seed of stream `index` under `masterSeed`: a 32-bit integer hash (splitmix32-style)
 * of the pair, so streams for neighbouring indices are unrelated.
 */
export function deriveSeed(masterSeed: number, index: number): number {
  let h = (Math.imul(masterSeed >>> 0, 0x9e3779b1) ^ Math.imul((index + 1) >>> 0, 0x85ebca77)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d) >>> 0;
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}
