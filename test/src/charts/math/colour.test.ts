import { interpolateBlues } from 'd3';
import { describe, expect, it } from 'vitest';
import {
  divergingCellColour,
  luminance,
  ordinalColour,
  sequentialCellColour,
  textColourOn,
} from '../../../../src/charts/math/colour.ts';

describe('sequentialCellColour', () => {
  const colour = sequentialCellColour([1, null, 5, NaN, 3], interpolateBlues);

  it('leaves missing values uncoloured', () => {
    expect(colour(null)).toBeNull();
    expect(colour(undefined)).toBeNull();
    expect(colour(NaN)).toBeNull();
  });

  it('makes higher values darker', () => {
    expect(luminance(colour(5)!)).toBeLessThan(luminance(colour(3)!));
    expect(luminance(colour(3)!)).toBeLessThan(luminance(colour(1)!));
  });

  it('makes lower values darker when reversed', () => {
    const reversed = sequentialCellColour([1, 5], interpolateBlues, { reverse: true });
    expect(luminance(reversed(1)!)).toBeLessThan(luminance(reversed(5)!));
  });

  it('colours a single distinct value with the middle colour', () => {
    const single = sequentialCellColour([4, 4], interpolateBlues);
    expect(single(4)).toBeTruthy();
  });

  it('colours nothing when there is no finite value', () => {
    expect(sequentialCellColour([null, NaN], interpolateBlues)(1)).toBeNull();
  });
});

describe('divergingCellColour', () => {
  const roi = divergingCellColour([0.2, 1, 4], 1);

  it('is nearly white at the centre', () => {
    expect(luminance(roi(1)!)).toBeGreaterThan(0.8);
  });

  it('is red below the centre and blue above', () => {
    const below = roi(0.2)!;
    const above = roi(4)!;
    expect(below).toMatch(/^rgb/);
    const channels = (c: string) => c.match(/\d+/g)!.map(Number);
    const [rb, , bb] = channels(below);
    const [ra, , ba] = channels(above);
    expect(rb).toBeGreaterThan(bb);
    expect(ba).toBeGreaterThan(ra);
  });

  it('still has a centre when every value is on one side', () => {
    const allAbove = divergingCellColour([2, 3], 1);
    expect(luminance(allAbove(3)!)).toBeLessThan(luminance(allAbove(2)!));
  });
});

describe('text colour', () => {
  it.each([
    ['#ffffff', '#111111'],
    ['#08306b', '#ffffff'],
    ['#fdd0a2', '#111111'],
  ])('on %s is %s', (bg, text) => {
    expect(textColourOn(bg)).toBe(text);
  });
});

describe('ordinalColour', () => {
  it('gives distinct colours to ordered series', () => {
    const colours = [0, 1, 2, 3].map((i) => ordinalColour(i, 4));
    expect(new Set(colours).size).toBe(4);
  });
});
