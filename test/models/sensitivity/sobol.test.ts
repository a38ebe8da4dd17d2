import { describe, expect, it } from 'vitest';
import { ParamError } from '../../../models/params/index.ts';
import { saltelliDesign, sobolIndices, sobolSecondOrder } from '../../../models/sensitivity/index.ts';
import { withoutNondeterminism } from '../helpers.ts';
import { ISHIGAMI_BOUNDS, ishigami, ishigamiIndices, sobolG, sobolGIndices, unitBounds } from './testFunctions.ts';

// SALib (commit 1c37548 of SALib/SALib): `sample.sobol.sample(problem, 64, scramble=False)` on
// the Ishigami problem, then `analyze.sobol`'s first_order/total_order/second_order on the
// normalised outputs. Our design reproduces SALib's points exactly (same SciPy Sobol' points,
// same order), so the estimates must agree to rounding.
const SALIB_N64 = {
  first: [0.29279252173876275, 0.6089431308141572, -0.02409980012130604],
  total: [0.5759383396698098, 0.46052746955039076, 0.19280110990916818],
};
const SALIB_N64_SECOND_ORDER = {
  first: [0.2927412857573365, 0.6089431308141573, -0.024523686533122122],
  second: [-0.1215793922206404, 0.26569720745754827, -0.12016878525999888],
};

const G_A = [0, 1, 4.5, 9, 99, 99, 99, 99];

/** Asserts an estimate within `tolerance` of the exact index, and the exact index inside the interval. */
function expectIndex(estimate: number, lo: number, hi: number, exact: number, tolerance: number): void {
  expect(Math.abs(estimate - exact)).toBeLessThan(tolerance);
  expect(lo).toBeLessThanOrEqual(exact);
  expect(hi).toBeGreaterThanOrEqual(exact);
  expect(lo).toBeLessThanOrEqual(estimate);
  expect(hi).toBeGreaterThanOrEqual(estimate);
}

describe('Saltelli design', () => {
  it('lays out N(k + 2) points, or N(2k + 2) with second order, inside the bounds', () => {
    const bounds = { price: [10, 30], days: [0, 365], share: [0, 1] } as const;
    const design = saltelliDesign(bounds, { n: 16 });
    expect(design.points).toHaveLength(16 * 5);
    expect(saltelliDesign(bounds, { n: 16, secondOrder: true }).points).toHaveLength(16 * 8);
    for (const p of design.points) {
      for (const [key, [lo, hi]] of Object.entries(bounds)) {
        expect(p[key]).toBeGreaterThanOrEqual(lo);
        expect(p[key]).toBeLessThanOrEqual(hi);
      }
    }
  });

  it('puts A, then A with each coordinate from B, then B, row block by row block', () => {
    const design = saltelliDesign(unitBounds(3), { n: 4, scramble: false });
    for (let i = 0; i < 4; i++) {
      const [a, ab1, ab2, ab3, b] = design.points.slice(i * 5, i * 5 + 5);
      expect(ab1).toEqual({ ...a, x1: b.x1 });
      expect(ab2).toEqual({ ...a, x2: b.x2 });
      expect(ab3).toEqual({ ...a, x3: b.x3 });
    }
  });

  it('is a function of the seed', () => {
    const a = saltelliDesign(unitBounds(2), { n: 8, seed: 3 });
    expect(saltelliDesign(unitBounds(2), { n: 8, seed: 3 }).points).toEqual(a.points);
    expect(saltelliDesign(unitBounds(2), { n: 8, seed: 4 }).points).not.toEqual(a.points);
  });

  it('rejects a sample size out of range, naming it', () => {
    expect(() => saltelliDesign(unitBounds(2), { n: 1 })).toThrow(/invalid n: 1 \(expected an integer 2–1048576\)/);
  });
});

describe("Sobol' indices", () => {
  it("agree with SALib's estimators on the same design to rounding", () => {
    const design = saltelliDesign(ISHIGAMI_BOUNDS, { n: 64, scramble: false });
    const result = Object.values(sobolIndices(design, design.points.map((p) => ishigami(p)), { resamples: 0 }));
    result.forEach((r, j) => {
      expect(r.first).toBeCloseTo(SALIB_N64.first[j], 12);
      expect(r.total).toBeCloseTo(SALIB_N64.total[j], 12);
    });
    const design2 = saltelliDesign(ISHIGAMI_BOUNDS, { n: 64, scramble: false, secondOrder: true });
    const y2 = design2.points.map((p) => ishigami(p));
    Object.values(sobolIndices(design2, y2, { resamples: 0 })).forEach((r, j) => {
      expect(r.first).toBeCloseTo(SALIB_N64_SECOND_ORDER.first[j], 12);
    });
    sobolSecondOrder(design2, y2, { resamples: 0 }).forEach((pair, p) => {
      expect(pair.value).toBeCloseTo(SALIB_N64_SECOND_ORDER.second[p], 12);
    });
  });

  it('recover the Ishigami indices within 0.03 (first) and 0.01 (total) at N = 2048, inside their intervals', () => {
    const exact = ishigamiIndices();
    const design = saltelliDesign(ISHIGAMI_BOUNDS, { n: 2048, seed: 1 });
    const result = sobolIndices(design, design.points.map((p) => ishigami(p)), { seed: 1 });
    expect(exact.first.x1).toBeCloseTo(0.3139, 4);
    expect(exact.total.x3).toBeCloseTo(0.2437, 4);
    for (const key of ['x1', 'x2', 'x3'] as const) {
      const r = result[key];
      expectIndex(r.first, r.firstLo, r.firstHi, exact.first[key], 0.03);
      expectIndex(r.total, r.totalLo, r.totalHi, exact.total[key], 0.01);
    }
  });

  it('recover the x1–x3 interaction of Ishigami as the only second-order index', () => {
    const exact = ishigamiIndices();
    const design = saltelliDesign(ISHIGAMI_BOUNDS, { n: 1024, seed: 1, secondOrder: true });
    const pairs = sobolSecondOrder(design, design.points.map((p) => ishigami(p)), { seed: 1 });
    expect(pairs.map((p) => `${p.a}${p.b}`)).toEqual(['x1x2', 'x1x3', 'x2x3']);
    for (const pair of pairs) {
      const value = exact.second[`${pair.a}${pair.b}` as keyof typeof exact.second];
      expectIndex(pair.value, pair.lo, pair.hi, value, 0.05);
    }
  });

  it("recover Sobol's G-function indices within 0.01 (first) and 0.015 (total) at N = 2048, inside their intervals", () => {
    const exact = sobolGIndices(G_A);
    const design = saltelliDesign(unitBounds(8), { n: 2048, seed: 1 });
    const result = Object.values(sobolIndices(design, design.points.map(sobolG(G_A)), { seed: 1 }));
    result.forEach((r, i) => {
      expectIndex(r.first, r.firstLo, r.firstHi, exact.first[i], 0.01);
      expectIndex(r.total, r.totalLo, r.totalHi, exact.total[i], 0.015);
    });
    // the ranking of the total indices follows a: smaller a, more important
    for (let i = 0; i < 3; i++) expect(result[i].total).toBeGreaterThan(result[i + 1].total);
  });

  it('are the same numbers for the same seeds, without Math.random or the clock', () => {
    const run = () => {
      const design = saltelliDesign(unitBounds(4), { n: 256, seed: 5 });
      return sobolIndices(design, design.points.map(sobolG(G_A.slice(0, 4))), { seed: 6 });
    };
    expect(withoutNondeterminism(run)).toEqual(run());
  });

  it('give zeros for an output that does not vary', () => {
    const design = saltelliDesign(unitBounds(2), { n: 32 });
    const result = sobolIndices(design, design.points.map(() => 3));
    expect(result.x1).toEqual({ first: 0, total: 0, firstLo: 0, firstHi: 0, totalLo: 0, totalHi: 0 });
  });

  it('reject outputs that do not match the design, naming the problem', () => {
    const design = saltelliDesign(unitBounds(2), { n: 8 });
    expect(() => sobolIndices(design, [1, 2, 3])).toThrow(/invalid outputs: 3 \(expected 32 values/);
    const outputs = design.points.map(() => 1);
    outputs[7] = Number.NaN;
    expect(() => sobolIndices(design, outputs)).toThrow(/invalid "outputs\[7\]": NaN \(expected a finite number\)/);
    expect(() => sobolSecondOrder(design, design.points.map(() => 1))).toThrow(ParamError);
    expect(() => sobolIndices(design, design.points.map(() => 1), { confidence: 1 })).toThrow(/confidence/);
  });
});
