/**
 * Test functions of global sensitivity analysis with known indices, as SALib ships them
 * (`SALib.test_functions.Ishigami`, `Sobol_G`).
 */
import type { Point } from '../../../models/sampling/index.ts';

/** Ishigami & Homma (1990): sin x1 + a sin² x2 + b x3⁴ sin x1 on [−π, π]³, a = 7, b = 0.1. */
export const ISHIGAMI_BOUNDS = { x1: [-Math.PI, Math.PI], x2: [-Math.PI, Math.PI], x3: [-Math.PI, Math.PI] } as const;
export function ishigami(p: Point, a = 7, b = 0.1): number {
  return Math.sin(p.x1) + a * Math.sin(p.x2) ** 2 + b * p.x3 ** 4 * Math.sin(p.x1);
}

/**
 * The Ishigami function's analytic variances (Sobol' & Levitan 1999): V1 = ½(1 + bπ⁴/5)²,
 * V2 = a²/8, V3 = 0, V13 = 8b²π⁸/225, V = V1 + V2 + V13.
 */
export function ishigamiIndices(a = 7, b = 0.1) {
  const v1 = 0.5 * (1 + (b * Math.PI ** 4) / 5) ** 2;
  const v2 = a ** 2 / 8;
  const v13 = (8 * b ** 2 * Math.PI ** 8) / 225;
  const v = v1 + v2 + v13;
  return {
    first: { x1: v1 / v, x2: v2 / v, x3: 0 },
    total: { x1: (v1 + v13) / v, x2: v2 / v, x3: v13 / v },
    second: { x1x2: 0, x1x3: v13 / v, x2x3: 0 },
  };
}

/** Sobol's G function on [0, 1]^k: Π (|4x_i − 2| + a_i) / (1 + a_i). */
export function sobolG(a: readonly number[]): (p: Point) => number {
  return (p) => a.reduce((acc, ai, i) => (acc * (Math.abs(4 * p[`x${i + 1}`] - 2) + ai)) / (1 + ai), 1);
}

/** Bounds x1…xk ∈ [0, 1]. */
export function unitBounds(k: number): Record<string, [number, number]> {
  return Object.fromEntries(Array.from({ length: k }, (_, i) => [`x${i + 1}`, [0, 1]]));
}

/**
 * The G function's analytic indices: V_i = 1/(3(1 + a_i)²), V = Π(1 + V_i) − 1,
 * S_i = V_i / V, ST_i = V_i Π_{j≠i}(1 + V_j) / V.
 */
export function sobolGIndices(a: readonly number[]) {
  const vi = a.map((ai) => 1 / (3 * (1 + ai) ** 2));
  const product = vi.reduce((acc, v) => acc * (1 + v), 1);
  const v = product - 1;
  return {
    first: vi.map((x) => x / v),
    total: vi.map((x) => (x * product) / (1 + x) / v),
  };
}
