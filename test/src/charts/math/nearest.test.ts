import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { clampIndex, indexAtPosition, nearestIndex, stepIndex } from '../../../../src/charts/math/nearest.ts';

describe('clampIndex', () => {
  it.each([
    [3.4, 10, 3],
    [-2, 10, 0],
    [12, 10, 9],
    [NaN, 10, null],
    [0, 0, null],
  ])('clamps %s into a series of %s as %s', (i, n, expected) => {
    expect(clampIndex(i, n)).toBe(expected);
  });
});

describe('indexAtPosition', () => {
  const x = scaleLinear().domain([0, 99]).range([0, 990]);
  it.each([
    [0, 0],
    [14, 1],
    [16, 2],
    [-50, 0],
    [5000, 99],
  ])('finds day under pixel %s: %s', (px, expected) => {
    expect(indexAtPosition(px, x, 100)).toBe(expected);
  });
});

describe('nearestIndex', () => {
  it.each([
    [[0, 7, 14, 21], 9, 1],
    [[0, 7, 14, 21], 11, 2],
    [[0, 7, 14, 21], 10.5, 1],
    [[0, 7, 14, 21], -3, 0],
    [[0, 7, 14, 21], 99, 3],
    [[5], 0, 0],
    [[], 3, null],
  ])('in %j finds the value nearest %s at %s', (sorted, x, expected) => {
    expect(nearestIndex(sorted, x)).toBe(expected);
  });
});

describe('stepIndex', () => {
  it.each([
    ['ArrowRight', 3, false, 4],
    ['ArrowLeft', 3, false, 2],
    ['ArrowLeft', 0, false, 0],
    ['ArrowRight', 9, false, 9],
    ['ArrowRight', 3, true, 9],
    ['PageDown', 8, false, 1],
    ['Home', 5, false, 0],
    ['End', 5, false, 9],
    ['ArrowLeft', null, false, 9],
    ['Enter', 3, false, null],
  ] as const)('%s from %s (shift %s) goes to %s', (key, current, shift, expected) => {
    expect(stepIndex(key, current, 10, { page: 7, shift })).toBe(expected);
  });

  it('does nothing on an empty series', () => {
    expect(stepIndex('ArrowRight', null, 0)).toBeNull();
  });
});
