import { describe, expect, it } from 'vitest';
import { ParamError } from '../../../models/params/index.ts';
import { createRng } from '../../../models/random/rng.ts';
import { SOBOL_MAX_DIMENSIONS, SobolSequence, sobolPoints } from '../../../models/sampling/index.ts';
import { withoutNondeterminism } from '../helpers.ts';

// Reference values: SciPy 1.17.1, `scipy.stats.qmc.Sobol(d, scramble=False).random(n)` (same
// direction numbers, new-joe-kuo-6.21201, and the same Gray-code order). Every value is k/2^30,
// so equality is exact.
const FIRST_EIGHT_IN_FIVE_DIMENSIONS = [
  [0, 0, 0, 0, 0],
  [0.5, 0.5, 0.5, 0.5, 0.5],
  [0.75, 0.25, 0.25, 0.25, 0.75],
  [0.25, 0.75, 0.75, 0.75, 0.25],
  [0.375, 0.375, 0.625, 0.875, 0.375],
  [0.875, 0.875, 0.125, 0.375, 0.875],
  [0.625, 0.125, 0.875, 0.625, 0.625],
  [0.125, 0.625, 0.375, 0.125, 0.125],
];
/** Point index → coordinates 33–40 (1-based dimensions), from `Sobol(d=40, scramble=False)`. */
const DIMENSIONS_33_TO_40: Record<number, number[]> = {
  5: [0.375, 0.375, 0.125, 0.125, 0.125, 0.375, 0.875, 0.375],
  100: [0.2578125, 0.2578125, 0.3671875, 0.6640625, 0.9765625, 0.4765625, 0.8984375, 0.1328125],
  1023: [0.4521484375, 0.8740234375, 0.3330078125, 0.8642578125, 0.9423828125, 0.9873046875, 0.9013671875, 0.6982421875],
  1024: [0.37841796875, 0.79345703125, 0.19677734375, 0.67041015625, 0.84814453125, 0.44873046875, 0.23193359375, 0.12451171875],
  1099: [0.93310546875, 0.89501953125, 0.87646484375, 0.05322265625, 0.71533203125, 0.20654296875, 0.22412109375, 0.97607421875],
};
/** Point 2^20 + 12345 in dimensions 1, 2, 40, 100, 200, 250, 256 of `Sobol(d=256)` after `fast_forward`. */
const FAR_POINT_DIMENSIONS = [1, 2, 40, 100, 200, 250, 256];
const FAR_POINT = [
  0.6409316062927246, 0.657172679901123, 0.6669144630432129, 0.289121150970459, 0.0794682502746582,
  0.008494853973388672, 0.4546809196472168,
];

describe("Sobol' sequence", () => {
  it("matches SciPy's unscrambled first points", () => {
    expect(sobolPoints(8, 5).map((p) => Array.from(p))).toEqual(FIRST_EIGHT_IN_FIVE_DIMENSIONS);
  });

  it("matches SciPy's points in dimensions 33–40, the ones a 20-factor Saltelli design uses", () => {
    const points = sobolPoints(1100, 40);
    for (const [index, expected] of Object.entries(DIMENSIONS_33_TO_40)) {
      expect(Array.from(points[Number(index)].subarray(32, 40))).toEqual(expected);
    }
  });

  it("matches SciPy far into the sequence and in the last supported dimension, reached by skipping", () => {
    const point = new SobolSequence(256, { skip: 2 ** 20 + 12345 }).next();
    expect(FAR_POINT_DIMENSIONS.map((d) => point[d - 1])).toEqual(FAR_POINT);
    expect(SOBOL_MAX_DIMENSIONS).toBe(256);
  });

  it('skipping s points starts exactly where s calls to next() leave off', () => {
    const all = sobolPoints(300, 12);
    for (const skip of [1, 2, 7, 64, 255]) {
      const sequence = new SobolSequence(12, { skip });
      expect(sequence.index).toBe(skip);
      expect(Array.from(sequence.next())).toEqual(Array.from(all[skip]));
      expect(Array.from(sequence.next())).toEqual(Array.from(all[skip + 1]));
    }
  });

  it("puts each coordinate's first 2^m points one in each of the 2^m cells, in all 256 dimensions", () => {
    const points = sobolPoints(1024, 256);
    for (const m of [1, 4, 7, 10]) {
      const cells = 2 ** m;
      for (let d = 0; d < 256; d++) {
        const seen = new Uint8Array(cells);
        for (let i = 0; i < cells; i++) seen[Math.floor(points[i][d] * cells)]++;
        expect(seen.every((c) => c === 1)).toBe(true);
      }
    }
  });

  it('makes the first two dimensions a (0, m, 2)-net: one point in every elementary box of area 2^−m', () => {
    const m = 8;
    const points = sobolPoints(2 ** m, 2);
    for (let i = 0; i <= m; i++) {
      const counts = new Map<string, number>();
      for (const p of points) {
        const box = `${Math.floor(p[0] * 2 ** i)},${Math.floor(p[1] * 2 ** (m - i))}`;
        counts.set(box, (counts.get(box) ?? 0) + 1);
      }
      expect(counts.size).toBe(2 ** m);
    }
  });

  it('keeps the stratification under a random digital shift, and the shift is a function of the seed', () => {
    const shifted = sobolPoints(256, 6, { scramble: createRng(9) });
    for (let d = 0; d < 6; d++) {
      const cells = new Set(shifted.map((p) => Math.floor(p[d] * 256)));
      expect(cells.size).toBe(256);
    }
    expect(shifted[0].every((v) => v > 0)).toBe(true);
    const again = sobolPoints(256, 6, { scramble: createRng(9) });
    expect(again.map((p) => Array.from(p))).toEqual(shifted.map((p) => Array.from(p)));
    const other = sobolPoints(256, 6, { scramble: createRng(10) });
    expect(Array.from(other[0])).not.toEqual(Array.from(shifted[0]));
  });

  it('uses neither Math.random nor the clock', () => {
    expect(() => withoutNondeterminism(() => sobolPoints(64, 40, { scramble: createRng(1) }))).not.toThrow();
  });

  it('rejects dimension counts and skips it cannot serve, naming the option', () => {
    for (const dimensions of [0, 257, 2.5]) {
      expect(() => new SobolSequence(dimensions)).toThrow(ParamError);
      expect(() => new SobolSequence(dimensions)).toThrow(/dimensions/);
    }
    expect(() => new SobolSequence(2, { skip: -1 })).toThrow(/skip/);
  });
});
