import { describe, expect, it } from 'vitest';
import {
  dotArea,
  ease,
  groupByTier,
  interpolatePositions,
  progressBetween,
  relativePlace,
  stageRegions,
  targetPositions,
} from '../../../src/lesson/dots.ts';

const inside = (x: number, y: number, r: { x: number; y: number; width: number; height: number }) =>
  x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;

describe('stage regions', () => {
  it.each([
    [900, 260, 6],
    [400, 300, 3],
  ])('lays six regions on a %i×%i canvas, %i to a row, inside and apart', (width, height, perRow) => {
    const regions = stageRegions(width, height);
    expect(regions).toHaveLength(6);
    expect(new Set(regions.map((r) => r.y)).size).toBe(6 / perRow);
    for (const r of regions) {
      expect(r.x).toBeGreaterThanOrEqual(0);
      expect(r.x + r.width).toBeLessThanOrEqual(width);
      expect(r.y + r.height).toBeLessThanOrEqual(height);
    }
    for (let i = 0; i < 6; i++) {
      for (let j = i + 1; j < 6; j++) {
        const [a, b] = [regions[i], regions[j]];
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart).toBe(true);
      }
    }
  });
});

describe('dot positions', () => {
  it('puts every agent inside the dot area of its stage', () => {
    const regions = stageRegions(900, 260);
    const stage = Uint8Array.from({ length: 500 }, (_, k) => k % 6);
    const pos = targetPositions(stage, regions);
    for (let k = 0; k < stage.length; k++) expect(inside(pos[2 * k], pos[2 * k + 1], dotArea(regions[stage[k]]))).toBe(true);
  });

  it('gives each agent the same relative place in every region', () => {
    const [u, v] = relativePlace(7);
    expect(u).toBeGreaterThanOrEqual(0);
    expect(u).toBeLessThan(1);
    expect(v).toBeLessThan(1);
    expect(relativePlace(7)).toEqual([u, v]);
    expect(relativePlace(8)).not.toEqual([u, v]);
  });

  it('glides from one frame to the next, and jumps when motion is reduced', () => {
    const from = Float32Array.of(0, 0, 10, 10);
    const to = Float32Array.of(100, 50, 10, 10);
    expect(Array.from(interpolatePositions(from, to, 0))).toEqual([0, 0, 10, 10]);
    expect(Array.from(interpolatePositions(from, to, 0.5))).toEqual([50, 25, 10, 10]);
    expect(Array.from(interpolatePositions(from, to, 1))).toEqual([100, 50, 10, 10]);
    expect(Array.from(interpolatePositions(from, to, 0.1, undefined, true))).toEqual([100, 50, 10, 10]);
  });

  it('eases smoothly and clamps', () => {
    expect([ease(-1), ease(0), ease(0.5), ease(1), ease(2)]).toEqual([0, 0, 0.5, 1, 1]);
    expect(ease(0.25)).toBeLessThan(0.25);
  });

  it('measures progress between snapshots', () => {
    expect(progressBetween(100, 100, 50)).toBe(0);
    expect(progressBetween(125, 100, 50)).toBe(0.5);
    expect(progressBetween(500, 100, 50)).toBe(1);
    expect(progressBetween(100, 100, 0)).toBe(1);
  });
});

describe('tier groups', () => {
  it('lists the agents of each tier code once', () => {
    const groups = groupByTier(Uint8Array.of(0, 1, 3, 0, 2, 1));
    expect(groups.map((g) => Array.from(g))).toEqual([[0, 3], [1, 5], [4], [2]]);
  });
});
