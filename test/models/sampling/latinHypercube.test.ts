import { describe, expect, it } from 'vitest';
import { createRng } from '../../../models/random/rng.ts';
import { latinHypercube } from '../../../models/sampling/index.ts';

describe('Latin hypercube', () => {
  it.each([
    [1, 3],
    [10, 1],
    [37, 5],
    [500, 8],
  ])('puts exactly one of %d points in each cell of every one of %d coordinates', (n, k) => {
    const points = latinHypercube(n, k, createRng(4));
    expect(points).toHaveLength(n);
    for (let d = 0; d < k; d++) {
      const cells = new Uint16Array(n);
      for (const p of points) {
        expect(p[d]).toBeGreaterThanOrEqual(0);
        expect(p[d]).toBeLessThan(1);
        cells[Math.floor(p[d] * n)]++;
      }
      expect(cells.every((c) => c === 1)).toBe(true);
    }
  });

  it('centres each point in its cell when asked', () => {
    const points = latinHypercube(20, 3, createRng(2), { centered: true });
    for (const p of points) for (const v of p) expect((v * 20) % 1).toBeCloseTo(0.5, 12);
  });

  it('pairs the cells of different coordinates at random, not along the diagonal', () => {
    const points = latinHypercube(200, 2, createRng(8));
    const sameCell = points.filter((p) => Math.floor(p[0] * 200) === Math.floor(p[1] * 200)).length;
    expect(sameCell).toBeLessThan(10); // a random pairing matches ~1 cell of 200; the diagonal all 200
  });

  it('is a function of the generator state', () => {
    const a = latinHypercube(50, 4, createRng(11));
    const b = latinHypercube(50, 4, createRng(11));
    const c = latinHypercube(50, 4, createRng(12));
    expect(b.map((p) => Array.from(p))).toEqual(a.map((p) => Array.from(p)));
    expect(Array.from(c[0])).not.toEqual(Array.from(a[0]));
  });

  it('rejects a point or dimension count that is not a positive integer, naming it', () => {
    expect(() => latinHypercube(0, 2, createRng(1))).toThrow(/invalid n: 0/);
    expect(() => latinHypercube(5, 1.5, createRng(1))).toThrow(/invalid k: 1.5/);
  });
});
