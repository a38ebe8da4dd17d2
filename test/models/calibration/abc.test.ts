import { describe, expect, it } from 'vitest';
import { abcPosterior, localSensitivity, toleranceDistance, type Simulated } from '../../../models/calibration/index.ts';
import type { Point } from '../../../models/sampling/index.ts';

const bounds = { t1: [0, 1], t2: [0, 1], t3: [0, 1] } as const;
const truth = { t1: 0.3, t2: 0.6, t3: 0.5 };
const tolerance = 0.02;

/** y = (θ1 + θ2, θ1 − θ2): both identified; θ3 affects nothing. */
const sumAndDifference = (p: Point): Simulated => ({ sum: p.t1 + p.t2, difference: p.t1 - p.t2 });
const bothTargets = {
  sum: { observed: 0.9, tolerance },
  difference: { observed: -0.3, tolerance },
};
/** y = θ1 + θ2 only: a ridge, neither identified alone. */
const sumOnly = (p: Point): Simulated => ({ sum: p.t1 + p.t2 });
const sumTarget = { sum: { observed: 0.9, tolerance } };

const simulator = (f: (p: Point) => Simulated) => (points: Point[]) => points.map(f);

describe('ABC-PMC around a fitted point', () => {
  it('identifies θ1 and θ2 from their sum and difference, with intervals around the truth, and flags θ3', async () => {
    const result = await abcPosterior({
      fitted: truth,
      bounds,
      targets: bothTargets,
      simulate: simulator(sumAndDifference),
      radius: 0.5,
      particles: 300,
      seed: 1,
    });
    expect(result.reachedTolerance).toBe(true);
    expect(result.particles).toHaveLength(300);
    for (const p of result.particles) expect(toleranceDistance(sumAndDifference(p.point), bothTargets)).toBeLessThanOrEqual(1);
    expect(result.particles.reduce((a, p) => a + p.weight, 0)).toBeCloseTo(1, 12);
    // The exact posterior: θ1 = (s + d)/2 with s, d uniform within ±0.02 of their targets, a
    // triangle on 0.30 ± 0.02 whose 95% interval is 0.30 ± 0.02(1 − √0.05) = [0.2845, 0.3155].
    const half = tolerance * (1 - Math.sqrt(0.05));
    for (const [key, centre] of [['t1', 0.3], ['t2', 0.6]] as const) {
      const p = result.parameters[key];
      expect(p.lo).toBeLessThanOrEqual(truth[key]);
      expect(p.hi).toBeGreaterThanOrEqual(truth[key]);
      expect(Math.abs(p.lo - (centre - half))).toBeLessThan(0.005);
      expect(Math.abs(p.hi - (centre + half))).toBeLessThan(0.005);
      expect(p.identified).toBe(true);
      expect(p.widthRatio).toBeLessThan(0.1);
    }
    // θ3 keeps its uniform prior on [0, 1]: a 95% interval of about 0.95 of the width
    expect(result.parameters.t3.identified).toBe(false);
    expect(result.parameters.t3.widthRatio).toBeGreaterThan(0.85);
    // the neighbourhood: fitted ± 0.5 of each range, cut to the bounds
    const prior = Object.values(result.prior).flat();
    [0, 0.8, 0.1, 1, 0, 1].forEach((v, i) => expect(prior[i]).toBeCloseTo(v, 12));
  });

  it('flags neither θ1 nor θ2 as identified when only their sum is observed', async () => {
    const result = await abcPosterior({
      fitted: truth,
      bounds,
      targets: sumTarget,
      simulate: simulator(sumOnly),
      particles: 300,
      seed: 2,
    });
    expect(result.reachedTolerance).toBe(true);
    for (const key of ['t1', 't2', 't3'] as const) {
      const p = result.parameters[key];
      expect(p.identified).toBe(false);
      expect(p.widthRatio).toBeGreaterThan(0.7);
      expect(p.lo).toBeLessThanOrEqual(truth[key]);
      expect(p.hi).toBeGreaterThanOrEqual(truth[key]);
    }
    // ... although their sum is pinned down in every particle
    for (const { point } of result.particles) expect(Math.abs(point.t1 + point.t2 - 0.9)).toBeLessThanOrEqual(tolerance);
  });

  it('gives the same sample for the same seed, whatever order a batch is evaluated in', async () => {
    const shuffled = async (points: Point[]) => {
      const out = new Array<Simulated>(points.length);
      // evaluate from the last point to the first, each on its own microtask
      await Promise.all(points.map(async (p, i) => {
        for (let t = 0; t < points.length - i; t++) await Promise.resolve();
        out[i] = sumAndDifference(p);
      }));
      return out;
    };
    const options = { fitted: truth, bounds, targets: bothTargets, particles: 50, seed: 3 };
    const a = await abcPosterior({ ...options, simulate: simulator(sumAndDifference) });
    const b = await abcPosterior({ ...options, simulate: shuffled });
    expect(b).toEqual(a);
    const random = Math.random;
    Math.random = () => {
      throw new Error('Math.random used');
    };
    try {
      expect(await abcPosterior({ ...options, simulate: simulator(sumAndDifference) })).toEqual(a);
    } finally {
      Math.random = random;
    }
  });

  it('stops at the evaluation budget and says it did not reach the tolerance', async () => {
    const result = await abcPosterior({
      fitted: truth,
      bounds,
      targets: { sum: { observed: 0.9, tolerance: 1e-6 } },
      simulate: simulator(sumOnly),
      particles: 20,
      maxEvaluations: 400,
      seed: 1,
    });
    expect(result.reachedTolerance).toBe(false);
    expect(result.evaluations).toBeLessThanOrEqual(400);
    expect(result.particles).toHaveLength(20);
  });

  it('rejects bad targets and a simulator that loses points, naming the field', async () => {
    const base = { fitted: truth, bounds, simulate: simulator(sumOnly), particles: 10 };
    await expect(abcPosterior({ ...base, targets: { sum: { observed: 0.9, tolerance: 0 } } })).rejects.toThrow(
      /invalid targets.sum.tolerance: 0 \(expected a finite number > 0\)/,
    );
    await expect(abcPosterior({ ...base, targets: sumTarget, fitted: { ...truth, t2: 2 } })).rejects.toThrow(
      /invalid fitted.t2: 2/,
    );
    await expect(abcPosterior({ ...base, targets: sumTarget, simulate: (ps) => ps.slice(1).map(sumOnly) })).rejects.toThrow(
      /invalid simulate: 9 \(expected 10 results/,
    );
  });
});

describe('local sensitivity and collinearity at the fitted point', () => {
  it('sees θ1 and θ2 through orthogonal targets and θ3 not at all', async () => {
    const result = await localSensitivity({ fitted: truth, bounds, targets: bothTargets, simulate: simulator(sumAndDifference) });
    expect(result.evaluations).toBe(6);
    // ∂(sum)/∂θ1 = ∂(difference)/∂θ1 = ±1 per unit: 1/0.02 = 50 tolerances over the range
    expect(result.parameters.t1.sensitivity).toBeCloseTo(50, 8);
    expect(result.parameters.t2.sensitivity).toBeCloseTo(50, 8);
    expect(result.parameters.t1.collinearity).toBeCloseTo(1, 8);
    expect(result.parameters.t1.identified).toBe(true);
    expect(result.parameters.t2.identified).toBe(true);
    expect(result.parameters.t3.sensitivity).toBe(0);
    expect(result.parameters.t3.identified).toBe(false);
  });

  it('flags θ1 and θ2 as trading off when only their sum is observed', async () => {
    const result = await localSensitivity({ fitted: truth, bounds, targets: sumTarget, simulate: simulator(sumOnly) });
    expect(result.parameters.t1.sensitivity).toBeCloseTo(50, 8);
    expect(result.parameters.t1.collinearity).toBe(Number.POSITIVE_INFINITY);
    expect(result.parameters.t1.identified).toBe(false);
    expect(result.parameters.t2.identified).toBe(false);
    expect(result.collinearity).toBe(Number.POSITIVE_INFINITY);
  });

  it('cuts a step at the bound and still measures the slope', async () => {
    const result = await localSensitivity({
      fitted: { t1: 1, t2: 0, t3: 0.5 },
      bounds,
      targets: bothTargets,
      simulate: simulator(sumAndDifference),
    });
    expect(result.parameters.t1.sensitivity).toBeCloseTo(50, 8);
    expect(result.parameters.t2.sensitivity).toBeCloseTo(50, 8);
  });
});
