import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed } from '../../../models/random/rng.ts';
import { IndexBuffer, bernoulliPositions, binomial } from '../../../models/random/samplers.ts';

describe('seeded randomness', () => {
  it('repeats a stream for the same seed and differs across seeds', () => {
    const a = createRng(5);
    const b = createRng(5);
    const c = createRng(6);
    const xs = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(xs);
    expect(c.next()).not.toBe(xs[0]);
  });

  it('derives distinct stream seeds for neighbouring indices', () => {
    const seeds = new Set(Array.from({ length: 1000 }, (_, i) => deriveSeed(1, i)));
    expect(seeds.size).toBe(1000);
    expect(deriveSeed(1, 0)).toBe(deriveSeed(1, 0));
  });
});

describe('samplers', () => {
  it.each([
    [1000, 0.01],
    [500, 0.3],
    [200, 0.9],
  ])('binomial(%d, %d) has the right mean and variance', (n, p) => {
    const rng = createRng(12);
    const draws = Array.from({ length: 4000 }, () => binomial(rng, n, p));
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    const variance = draws.reduce((a, b) => a + (b - mean) ** 2, 0) / (draws.length - 1);
    const sd = Math.sqrt(n * p * (1 - p));
    expect(Math.abs(mean - n * p)).toBeLessThan((4 * sd) / Math.sqrt(draws.length));
    expect(variance / (n * p * (1 - p))).toBeGreaterThan(0.9);
    expect(variance / (n * p * (1 - p))).toBeLessThan(1.1);
  });

  it('handles the edges of p exactly', () => {
    const rng = createRng(1);
    expect(binomial(rng, 10, 0)).toBe(0);
    expect(binomial(rng, 10, 1)).toBe(10);
    const out = new IndexBuffer(2);
    expect(bernoulliPositions(rng, 5, 1, out)).toBe(5);
    expect(Array.from(out.data.subarray(0, out.length))).toEqual([0, 1, 2, 3, 4]);
    expect(bernoulliPositions(rng, 5, 0, out)).toBe(0);
  });

  it('selects each position with probability p, in increasing order', () => {
    const rng = createRng(3);
    const out = new IndexBuffer();
    const hits = new Float64Array(50);
    for (let r = 0; r < 4000; r++) {
      bernoulliPositions(rng, 50, 0.2, out);
      for (let k = 1; k < out.length; k++) expect(out.data[k]).toBeGreaterThan(out.data[k - 1]);
      for (let k = 0; k < out.length; k++) hits[out.data[k]]++;
    }
    for (const h of hits) expect(Math.abs(h / 4000 - 0.2)).toBeLessThan(0.03);
  });
});
