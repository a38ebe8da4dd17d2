import { describe, expect, it } from 'vitest';
import type { Point } from '../../../models/sampling/index.ts';
import { morrisDesign, morrisIndices, type MorrisDesign } from '../../../models/sensitivity/index.ts';
import { withoutNondeterminism } from '../helpers.ts';
import { ISHIGAMI_BOUNDS, ishigami, sobolG, unitBounds } from './testFunctions.ts';

// SALib (commit 1c37548 of SALib/SALib), `analyze.morris._compute_elementary_effects` on this
// file's design (Ishigami, 20 trajectories, 4 levels, seed 7; points written out and read by
// SALib), then mean, mean of absolute values and standard deviation (ddof 1). If the design's
// draws change, these change: regenerate them with SALib rather than editing them.
const SALIB_ISHIGAMI_SEED7 = {
  mu: [6.454294890926481, -1.4210854715202005e-15, -2.4995184413332465],
  muStar: [6.454294890926481, 7.875, 4.999036882666493],
  sigma: [6.281598407997586, 8.079579522670587, 7.693355434336612],
};

/** Campolongo's spread criterion: the root sum of squared pairwise trajectory distances. */
function spread(design: MorrisDesign): number {
  const k = design.keys.length;
  const unit = design.points.map((p) => design.keys.map((key) => p[key]));
  const trajectories = Array.from({ length: design.trajectories }, (_, t) => unit.slice(t * (k + 1), (t + 1) * (k + 1)));
  let sum = 0;
  for (let a = 0; a < trajectories.length; a++) {
    for (let b = a + 1; b < trajectories.length; b++) {
      let d = 0;
      for (const p of trajectories[a]) for (const q of trajectories[b]) d += Math.hypot(...p.map((v, i) => v - q[i]));
      sum += d * d;
    }
  }
  return Math.sqrt(sum);
}

describe('Morris design', () => {
  it('moves every factor exactly once per trajectory, by ±Δ on the grid of p levels', () => {
    const levels = 6;
    const design = morrisDesign(unitBounds(5), { trajectories: 12, levels, seed: 2 });
    const delta = levels / (2 * (levels - 1));
    expect(design.delta).toBe(delta);
    expect(design.points).toHaveLength(12 * 6);
    for (let t = 0; t < 12; t++) {
      const moved = new Set<string>();
      for (let s = 0; s < 5; s++) {
        const before = design.points[t * 6 + s];
        const after = design.points[t * 6 + s + 1];
        const changed = design.keys.filter((key) => before[key] !== after[key]);
        expect(changed).toHaveLength(1);
        expect(Math.abs(after[changed[0]] - before[changed[0]])).toBeCloseTo(delta, 12);
        moved.add(changed[0]);
      }
      expect(moved.size).toBe(5);
    }
    for (const p of design.points) {
      for (const v of Object.values(p)) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1 + 1e-12);
        expect(Math.abs(v * (levels - 1) - Math.round(v * (levels - 1)))).toBeLessThan(1e-9);
      }
    }
  });

  it('spreads the trajectories out when it may choose them among candidates', () => {
    const plain = morrisDesign(unitBounds(4), { trajectories: 6, seed: 9 });
    const chosen = morrisDesign(unitBounds(4), { trajectories: 6, candidates: 40, seed: 9 });
    // the plain design is the first 6 of the same 40 candidates
    expect(spread(chosen)).toBeGreaterThan(spread(plain));
  });

  it('rejects an odd number of levels and too few trajectories, naming the option', () => {
    expect(() => morrisDesign(unitBounds(2), { trajectories: 4, levels: 5 })).toThrow(/invalid levels: 5/);
    expect(() => morrisDesign(unitBounds(2), { trajectories: 1 })).toThrow(/invalid trajectories: 1/);
  });
});

describe('Morris elementary effects', () => {
  it('give μ* = |c_i| × range and σ = 0 for a linear function, and 0 for a factor it ignores', () => {
    const bounds = { a: [0, 2], b: [-1, 4], c: [10, 20], unused: [0, 1] } as const;
    const f = (p: Point) => 3 * p.a - 2 * p.b + 0.5 * p.c;
    const design = morrisDesign(bounds, { trajectories: 10, levels: 6, seed: 1 });
    const result = morrisIndices(design, design.points.map(f));
    const expected = { a: 6, b: -10, c: 5, unused: 0 };
    for (const [key, slope] of Object.entries(expected)) {
      expect(result[key].mu).toBeCloseTo(slope, 10);
      expect(result[key].muStar).toBeCloseTo(Math.abs(slope), 10);
      expect(result[key].sigma).toBeCloseTo(0, 10);
      expect(result[key].muStarLo).toBeCloseTo(Math.abs(slope), 10);
      expect(result[key].muStarHi).toBeCloseTo(Math.abs(slope), 10);
    }
    expect(result.unused.muStar).toBe(0);
  });

  it("rank Sobol's G-function factors by a: smaller a, larger μ*; the a = 99 factors last", () => {
    const a = [0, 1, 4.5, 9, 99, 99, 99, 99];
    const design = morrisDesign(unitBounds(8), { trajectories: 40, seed: 3 });
    const result = Object.values(morrisIndices(design, design.points.map(sobolG(a))));
    for (let i = 0; i < 4; i++) expect(result[i].muStar).toBeGreaterThan(result[i + 1].muStar);
    const negligible = Math.max(...result.slice(4).map((r) => r.muStar));
    expect(negligible).toBeLessThan(result[3].muStar / 4);
    for (const r of result) {
      expect(r.muStarLo).toBeLessThanOrEqual(r.muStar);
      expect(r.muStarHi).toBeGreaterThanOrEqual(r.muStar);
    }
  });

  it("agree with SALib's analysis of the same design", () => {
    const design = morrisDesign(ISHIGAMI_BOUNDS, { trajectories: 20, levels: 4, seed: 7 });
    const result = Object.values(morrisIndices(design, design.points.map((p) => ishigami(p)), { resamples: 0 }));
    result.forEach((r, i) => {
      expect(r.mu).toBeCloseTo(SALIB_ISHIGAMI_SEED7.mu[i], 10);
      expect(r.muStar).toBeCloseTo(SALIB_ISHIGAMI_SEED7.muStar[i], 10);
      expect(r.sigma).toBeCloseTo(SALIB_ISHIGAMI_SEED7.sigma[i], 10);
    });
  });

  it('are the same numbers for the same seeds, without Math.random or the clock', () => {
    const run = () => {
      const design = morrisDesign(unitBounds(3), { trajectories: 8, candidates: 20, seed: 4 });
      return morrisIndices(design, design.points.map(sobolG([0, 1, 9])), { seed: 2 });
    };
    expect(withoutNondeterminism(run)).toEqual(run());
  });

  it('reject outputs that do not match the design', () => {
    const design = morrisDesign(unitBounds(2), { trajectories: 3 });
    expect(() => morrisIndices(design, [1, 2])).toThrow(/invalid outputs: 2 \(expected 9 values/);
  });
});
