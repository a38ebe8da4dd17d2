import { describe, expect, it } from 'vitest';
import { STAGES, TIERS } from '../../../../models/output/contract.ts';
import { STAGE_STACK_ORDER, TIER_STACK_ORDER, stackSeries, stackTotal } from '../../../../src/charts/math/stack.ts';
import { fakeSeries } from '../fixture.ts';

describe('stackSeries', () => {
  it('stacks layers bottom to top in the order given', () => {
    const layers = stackSeries({ a: [1, 2], b: [10, 20] }, ['b', 'a']);
    expect(layers.map((l) => l.key)).toEqual(['b', 'a']);
    expect(layers.map((l) => Array.from(l, (p) => [p[0], p[1]]))).toEqual([
      [[0, 10], [0, 20]],
      [[10, 11], [20, 22]],
    ]);
  });

  it('counts a NaN or a missing day as zero', () => {
    const layers = stackSeries({ a: [1, NaN, 3], b: [1, 1] }, ['a', 'b']);
    expect(Array.from(stackTotal(layers))).toEqual([2, 1, 3]);
  });

  it('puts the stage counts on top of each other up to the population every day', () => {
    const series = fakeSeries(10, 500);
    const total = stackTotal(stackSeries(series.stages, STAGE_STACK_ORDER));
    expect(Array.from(total)).toEqual(new Array(10).fill(500));
  });

  it('orders every stage and tier exactly once, deepest at the bottom', () => {
    expect([...STAGE_STACK_ORDER].sort()).toEqual([...STAGES].sort());
    expect([...TIER_STACK_ORDER].sort()).toEqual([...TIERS].sort());
    expect(STAGE_STACK_ORDER[0]).toBe('group');
    expect(TIER_STACK_ORDER[0]).toBe('trueLove');
  });

  it('gives an empty total for no layers', () => {
    expect(stackTotal([]).length).toBe(0);
  });
});
