import { describe, expect, it } from 'vitest';
import { ParamError } from '../../../models/params/index.ts';
import { createRng } from '../../../models/random/rng.ts';
import {
  boundKeys,
  fromUnit,
  percentileInterval,
  resampleIndices,
  sortedQuantile,
  standardNormal,
  toUnit,
} from '../../../models/sampling/index.ts';

describe('bounds', () => {
  const bounds = { price: [10, 30], days: [0, 365] } as const;

  it('maps the unit cube onto the bounds and back', () => {
    expect(fromUnit([0.5, 0.1], ['price', 'days'], bounds)).toEqual({ price: 20, days: 36.5 });
    expect(Array.from(toUnit({ price: 15, days: 365 }, ['price', 'days'], bounds))).toEqual([0.25, 1]);
  });

  it('keeps the keys in the order given', () => {
    expect(boundKeys(bounds)).toEqual(['price', 'days']);
  });

  it('names the key whose range is not lo < hi', () => {
    const error = (() => {
      try {
        boundKeys({ price: [10, 30], days: [5, 5] });
      } catch (e) {
        return e as ParamError;
      }
    })();
    expect(error).toBeInstanceOf(ParamError);
    expect(error?.field).toBe('bounds.days');
    expect(error?.message).toBe('invalid bounds.days: [5,5] (expected a range [lo, hi] of finite numbers with lo < hi)');
    expect(() => boundKeys({})).toThrow(/at least one parameter/);
  });
});

describe('standard normal variates', () => {
  it('have mean 0, variance 1 and the normal tail mass', () => {
    const rng = createRng(3);
    const n = 40_000;
    const z = Array.from({ length: n }, () => standardNormal(rng));
    const mean = z.reduce((a, b) => a + b, 0) / n;
    const variance = z.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
    expect(Math.abs(mean)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(variance - 1)).toBeLessThan(0.03);
    const beyond196 = z.filter((v) => Math.abs(v) > 1.959964).length / n;
    expect(Math.abs(beyond196 - 0.05)).toBeLessThan(0.005);
  });

  it('use exactly two uniforms each', () => {
    const a = createRng(5);
    const b = createRng(5);
    standardNormal(a);
    b.next();
    b.next();
    expect(a.next()).toBe(b.next());
  });
});

describe('bootstrap helpers', () => {
  it('interpolates quantiles between order statistics (type 7, as NumPy and R)', () => {
    const sorted = [1, 2, 4, 8];
    expect(sortedQuantile(sorted, 0)).toBe(1);
    expect(sortedQuantile(sorted, 1)).toBe(8);
    expect(sortedQuantile(sorted, 0.5)).toBe(3); // numpy.quantile([1,2,4,8], 0.5)
    expect(sortedQuantile(sorted, 0.9)).toBeCloseTo(6.8, 12); // numpy.quantile(..., 0.9)
    expect(sortedQuantile([], 0.5)).toBeNaN();
  });

  it('reads the central interval off the sorted replicates', () => {
    const replicates = Float64Array.from({ length: 101 }, (_, i) => 100 - i);
    const [lo, hi] = percentileInterval(replicates, 0.9);
    expect(lo).toBeCloseTo(5, 12);
    expect(hi).toBeCloseTo(95, 12);
  });

  it('resamples row indices uniformly with replacement', () => {
    const rng = createRng(7);
    const counts = new Uint32Array(10);
    for (let r = 0; r < 2000; r++) for (const i of resampleIndices(10, rng)) counts[i]++;
    for (const c of counts) expect(Math.abs(c - 2000)).toBeLessThan(200);
  });
});
