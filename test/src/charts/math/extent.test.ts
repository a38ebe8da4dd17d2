import { describe, expect, it } from 'vitest';
import { finiteExtent, niceDomain } from '../../../../src/charts/math/extent.ts';

describe('finiteExtent', () => {
  it.each([
    [[[NaN, 2, 5]], [2, 5]],
    [[[3], [NaN, -1, Infinity]], [-1, 3]],
    [[Float64Array.of(NaN, 7, 4)], [4, 7]],
    [[[NaN, NaN]], null],
    [[[]], null],
    [[], null],
  ] as [number[][], [number, number] | null][])('of %j is %j', (arrays, expected) => {
    expect(finiteExtent(...arrays)).toEqual(expected);
  });
});

describe('niceDomain', () => {
  it.each([
    ['rounds outwards', [0.3, 9.2], {}, [0, 10]],
    ['takes in a value to include (a zero baseline)', [20, 95], { include: [0] }, [0, 100]],
    ['takes in a CAC line above the data', [0, 40], { include: [0, 57] }, [0, 60]],
    ['ignores null and NaN in include', [1, 4], { include: [null, NaN, undefined] }, [1, 4]],
    ['ignores float dust above a round total', [0, 100000.00000001], {}, [0, 100000]],
    ['gives [0, 1] for nothing', null, {}, [0, 1]],
    ['gives [0, 1] for a single zero', [0, 0], {}, [0, 1]],
    ['gives room around a single value', [50, 50], {}, [44, 56]],
  ] as const)('%s', (_, extent, options, expected) => {
    expect(niceDomain(extent, options)).toEqual(expected);
  });
});
