import { describe, expect, it } from 'vitest';
import { BOX_MARGIN, Cmaes, cmaesMinimize, fromBox, symmetricEigen, toBox } from '../../../models/calibration/index.ts';
import { ParamError } from '../../../models/params/index.ts';
import { createRng } from '../../../models/random/rng.ts';
import type { Point } from '../../../models/sampling/index.ts';
import { withoutNondeterminism } from '../helpers.ts';

const box = (n: number, lo = -5, hi = 5) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`x${i}`, [lo, hi] as [number, number]]));
const vector = (p: Point) => Object.values(p);
const sphere = (x: number[]) => x.reduce((a, v) => a + (v - 1) ** 2, 0);
const rosenbrock = (x: number[]) =>
  x.slice(0, -1).reduce((a, v, i) => a + 100 * (x[i + 1] - v * v) ** 2 + (1 - v) ** 2, 0);
const batch = (f: (x: number[]) => number) => (points: Point[]) => points.map((p) => f(vector(p)));
const distanceToOnes = (p: Point) => Math.hypot(...vector(p).map((v) => v - 1));

describe('CMA-ES', () => {
  it.each([1, 2, 3])('minimises the 5-D sphere to within 1e-5 of the optimum in 2000 evaluations (seed %d)', async (seed) => {
    const result = await cmaesMinimize(batch(sphere), { bounds: box(5), seed, targetValue: 1e-10, maxEvaluations: 2000 });
    expect(result.stop).toBe('targetValue');
    expect(distanceToOnes(result.best)).toBeLessThan(1e-5);
  });

  it.each([
    [2, 1500],
    [5, 5000],
  ])('minimises the %d-D Rosenbrock function to within 1e-4 of (1, …, 1) in %d evaluations', async (n, budget) => {
    for (const seed of [1, 2]) {
      const result = await cmaesMinimize(batch(rosenbrock), { bounds: box(n), seed, targetValue: 1e-10, maxEvaluations: budget });
      expect(result.stop).toBe('targetValue');
      expect(distanceToOnes(result.best)).toBeLessThan(1e-4);
    }
  });

  it('reaches an optimum on the boundary of the box, and never asks outside it', async () => {
    // min (x0 + 7)² + (x1 − 0.5)² on [−5, 5]²: the optimum is x0 = −5, on the lower bound
    const es = new Cmaes({ bounds: box(2), seed: 4, maxEvaluations: 3000 });
    while (!es.stop()) {
      const points = es.ask();
      for (const p of points) for (const v of vector(p)) expect(Math.abs(v)).toBeLessThanOrEqual(5);
      es.tell(points.map((p) => (p.x0 + 7) ** 2 + (p.x1 - 0.5) ** 2));
    }
    const { best, mean } = es.result();
    expect(best.x0 + 5).toBeLessThan(1e-6);
    expect(Math.abs(best.x1 - 0.5)).toBeLessThan(1e-4);
    expect(mean.x0 + 5).toBeLessThan(1e-4);
  });

  it('gets the distribution mean within 0.1 of the optimum of a sphere with additive noise', async () => {
    for (const seed of [1, 2, 3]) {
      const noise = createRng(100 + seed);
      const noisy = (points: Point[]) => points.map((p) => sphere(vector(p)) + 0.1 * (noise.next() - 0.5));
      const result = await cmaesMinimize(noisy, { bounds: box(3), seed, populationSize: 12, maxEvaluations: 3000 });
      expect(result.stop).toBe('maxEvaluations');
      for (const v of vector(result.mean)) expect(Math.abs(v - 1)).toBeLessThan(0.1);
    }
  });

  it('follows the same trajectory for the same seed, whatever order the evaluations finish in', async () => {
    const trace = async (reverse: boolean) => {
      const asked: Point[][] = [];
      const objective = async (points: Point[]) => {
        asked.push(points);
        // finish the evaluations in reverse (or forward) order, as a pool of workers might
        const order = points.map((_, i) => (reverse ? points.length - 1 - i : i));
        const values = new Array<number>(points.length);
        await Promise.all(order.map(async (i, rank) => {
          for (let t = 0; t < rank; t++) await Promise.resolve();
          values[i] = rosenbrock(vector(points[i]));
        }));
        return values;
      };
      const result = await cmaesMinimize(objective, { bounds: box(3), seed: 8, maxEvaluations: 400 });
      return { asked, result };
    };
    const a = await trace(false);
    const b = await trace(true);
    expect(b.asked).toEqual(a.asked);
    expect(b.result).toEqual(a.result);
    const c = await cmaesMinimize(batch(rosenbrock), { bounds: box(3), seed: 9, maxEvaluations: 400 });
    expect(c.best).not.toEqual(a.result.best);
  });

  it('uses neither Math.random nor the clock', () => {
    const run = () => {
      const es = new Cmaes({ bounds: box(3), seed: 2, maxEvaluations: 300 });
      while (!es.stop()) es.tell(batch(rosenbrock)(es.ask()));
      return es.result();
    };
    expect(withoutNondeterminism(run)).toEqual(run());
  });

  it('starts where it is told, with the step size it is told', () => {
    const es = new Cmaes({ bounds: { a: [0, 10], b: [100, 200] }, start: { a: 2, b: 150 }, sigma: 0.01, seed: 1 });
    for (const p of es.ask()) {
      expect(Math.abs(p.a - 2)).toBeLessThan(0.6);
      expect(Math.abs(p.b - 150)).toBeLessThan(6);
    }
    expect(es.result().mean.a).toBeCloseTo(2, 12);
  });

  it('ranks a non-finite value last instead of failing', () => {
    const es = new Cmaes({ bounds: box(2), seed: 3 });
    const points = es.ask();
    es.tell(points.map((p, i) => (i === 0 ? Number.NaN : sphere(vector(p)))));
    expect(Number.isFinite(es.result().bestValue)).toBe(true);
  });

  it('refuses a tell without an ask, a wrong number of values, and a start outside the box', () => {
    const es = new Cmaes({ bounds: box(2), seed: 1 });
    expect(() => es.tell([1, 2, 3])).toThrow(ParamError);
    expect(es.ask()).toEqual(es.ask()); // asking twice returns the pending generation
    expect(() => es.tell([1, 2])).toThrow(/invalid values: 2 \(expected 6 values/);
    expect(() => new Cmaes({ bounds: box(2), start: { x0: 9, x1: 0 } })).toThrow(/invalid start.x0: 9 \(expected a number -5–5\)/);
    expect(() => new Cmaes({ bounds: box(2), sigma: 0 })).toThrow(/invalid sigma: 0/);
  });
});

describe('box transformation', () => {
  // pycma 4.x (CMA-ES/pycma, cma/transformations.py), BoxConstraintsLinQuadTransformation([[0, 1]])
  const PYCMA = [
    [-12.2, 0.9875000000000008],
    [-0.6, 0.4999999999999999],
    [-0.2, 0.10000000000000003],
    [-0.05, 0],
    [0, 0.012500000000000002],
    [0.02, 0.0245],
    [0.5, 0.5],
    [0.96, 0.9594999999999999],
    [1.05, 1],
    [1.2, 0.9],
    [1.7, 0.40000000000000024],
    [5.3, 0.8999999999999995],
  ];

  it("matches pycma's linear–quadratic transformation on [0, 1]", () => {
    for (const [y, x] of PYCMA) expect(toBox(y)).toBeCloseTo(x, 12);
  });

  it('is the identity inside the margins and inverted by fromBox on [0, 1]', () => {
    expect(toBox(0.3)).toBe(0.3);
    for (const x of [0, 0.01, BOX_MARGIN, 0.5, 0.97, 1]) expect(toBox(fromBox(x))).toBeCloseTo(x, 12);
    for (let y = -10; y <= 10; y += 0.37) {
      expect(toBox(y)).toBeGreaterThanOrEqual(0);
      expect(toBox(y)).toBeLessThanOrEqual(1);
    }
  });
});

describe('symmetric eigendecomposition', () => {
  it('returns A v = λ v with orthonormal vectors, eigenvalues ascending', () => {
    const rng = createRng(1);
    for (const n of [1, 2, 6, 15]) {
      const a = new Float64Array(n * n);
      for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) a[i * n + j] = a[j * n + i] = rng.next() - 0.5;
      const { values, vectors } = symmetricEigen(a, n);
      for (let j = 0; j < n; j++) {
        if (j > 0) expect(values[j]).toBeGreaterThanOrEqual(values[j - 1]);
        for (let i = 0; i < n; i++) {
          let av = 0;
          for (let k = 0; k < n; k++) av += a[i * n + k] * vectors[k * n + j];
          expect(av).toBeCloseTo(values[j] * vectors[i * n + j], 12);
        }
        for (let l = 0; l < n; l++) {
          let dot = 0;
          for (let k = 0; k < n; k++) dot += vectors[k * n + j] * vectors[k * n + l];
          expect(dot).toBeCloseTo(j === l ? 1 : 0, 12);
        }
      }
    }
  });

  it('finds the known eigenvalues of a 2 × 2 matrix', () => {
    const { values } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2);
    expect(values[0]).toBeCloseTo(1, 14);
    expect(values[1]).toBeCloseTo(3, 14);
  });
});
