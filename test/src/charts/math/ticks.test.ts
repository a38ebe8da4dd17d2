import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { chartMargins, integerTicks, linearTicks, tickCount } from '../../../../src/charts/math/ticks.ts';

describe('tickCount', () => {
  it.each([
    [320, 80, 10, 4],
    [1200, 80, 10, 10],
    [100, 80, 10, 2],
    [0, 80, 10, 2],
    [NaN, 80, 10, 2],
  ])('fits %s px with %s px spacing (max %s) as %s ticks', (length, spacing, max, expected) => {
    expect(tickCount(length, spacing, max)).toBe(expected);
  });
});

describe('ticks from scales', () => {
  it('places and labels linear ticks', () => {
    const scale = scaleLinear().domain([0, 100]).range([0, 200]);
    expect(linearTicks(scale, 2, (v) => `${v}`)).toEqual([
      { value: 0, pos: 0, label: '0' },
      { value: 50, pos: 100, label: '50' },
      { value: 100, pos: 200, label: '100' },
    ]);
  });

  it('keeps only whole days on a short axis', () => {
    const scale = scaleLinear().domain([0, 2]).range([0, 400]);
    expect(integerTicks(scale, 10, String).map((t) => t.value)).toEqual([0, 1, 2]);
  });

  it('narrows the margins on a phone', () => {
    expect(chartMargins(320).left).toBeLessThan(chartMargins(1000).left);
  });
});
