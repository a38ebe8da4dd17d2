import { describe, expect, it } from 'vitest';
import { etaSeconds, histogram } from '../../../src/experiments/math.ts';

describe('experiment chart math', () => {
  it('bins values into equal widths that cover them all', () => {
    const bins = histogram([0, 1, 2, 3, 10, null, NaN], 5);
    expect(bins).toHaveLength(5);
    expect(bins.map((b) => b.x1 - b.x0).every((w) => Math.abs(w - 2) < 1e-9)).toBe(true);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(5);
  });

  it.each([
    [[], 0],
    [[4, 4, 4], 1],
  ])('handles %j', (values, n) => {
    expect(histogram(values)).toHaveLength(n);
  });

  it.each([
    [0, 10, 1000, null],
    [5, 10, 1000, 1],
    [2, 10, 4000, 16],
    [10, 10, 4000, 0],
  ])('estimates %d of %d done after %d ms as %s s left', (done, total, ms, eta) => {
    expect(etaSeconds(done, total, ms)).toBe(eta);
  });
});
