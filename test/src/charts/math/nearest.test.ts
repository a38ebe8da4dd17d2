import { scaleLinear, scaleLog } from 'd3';
import { describe, expect, it } from 'vitest';
import { alongX, atPositions, clampIndex, indexAtPosition, nearestIndex, stepIndex } from '../../../../src/charts/math/nearest.ts';

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

describe('alongX', () => {
  // Days 0..99 over 990 px, the plot 50 px from the container's left and 20 px from its top.
  const x = scaleLinear().domain([0, 99]).range([0, 990]);
  const origin = { left: 50, top: 20 };

  it.each([
    [50, 0],
    [64, 1],
    [66, 2],
    [0, 0],
    [9999, 99],
  ])('reads the day nearest the pointer at %s px: %s', (px, expected) => {
    expect(alongX(x, 100, origin).indexAt(px, 0, null)).toBe(expected);
  });

  it('points the read-out at the top of the plot above the day', () => {
    expect(alongX(x, 100, origin).anchorOf(3)).toEqual({ x: 80, y: 20 });
  });

  it('with bins, reads the slot under the pointer and points at its middle', () => {
    const slots = scaleLinear().domain([0, 100]).range([0, 1000]); // day d spans [10d, 10d + 10)
    const g = alongX(slots, 100, origin, { bins: true });
    expect([g.indexAt(50, 0, null), g.indexAt(59.9, 0, null), g.indexAt(60, 0, null), g.indexAt(2000, 0, null)]).toEqual([0, 0, 1, 99]);
    expect(g.anchorOf(2)).toEqual({ x: 75, y: 20 });
  });

  it('reads nothing on an empty series', () => {
    expect(alongX(x, 0, origin).indexAt(60, 0, null)).toBeNull();
  });
});

describe('atPositions', () => {
  const origin = { left: 10, top: 5 };

  it('reads the point nearest the pointer on a log scale', () => {
    const x = scaleLog().domain([1, 1000]).range([0, 300]);
    const g = atPositions([1, 10, 100, 1000].map((v) => x(v)), origin); // 0, 100, 200, 300 px
    expect([g.indexAt(10, 0, null), g.indexAt(159, 0, null), g.indexAt(161, 0, null), g.indexAt(900, 0, null)]).toEqual([0, 1, 2, 3]);
    expect(g.anchorOf(2).x).toBeCloseTo(210, 9);
    expect(g.anchorOf(2).y).toBe(5);
  });

  it('reads the nearest point of a descending sweep by its own index', () => {
    const g = atPositions([300, 200, 100, 0], origin);
    expect([g.indexAt(10, 0, null), g.indexAt(120, 0, null), g.indexAt(290, 0, null)]).toEqual([3, 2, 0]);
    expect(g.anchorOf(0)).toEqual({ x: 310, y: 5 });
  });

  it('reads nothing without points, and the only point with one', () => {
    expect(atPositions([], origin).indexAt(50, 0, null)).toBeNull();
    expect(atPositions([40], origin).indexAt(500, 0, null)).toBe(0);
  });
});
