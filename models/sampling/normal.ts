/**
 * Standard normal variates from an injected uniform generator, by the Box–Muller transform
 * (Box & Muller 1958). Each variate uses two uniforms and the cosine branch only, so the
 * stream of normals is a plain function of the stream of uniforms, with no cached spare value
 * to carry between calls.
 */
import type { Rng } from '../random/rng.ts';

/** One N(0, 1) variate; consumes exactly two numbers from `rng`. */
export function standardNormal(rng: Rng): number {
  const u = 1 - rng.next(); // in (0, 1]: log(u) is finite
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
