import { describe, expect, it } from 'vitest';
import { firstCrossing, ltvLength, ltvYDomain, paybackPoints } from '../../../../src/charts/math/ltv.ts';
import { fakeCurve } from '../fixture.ts';

describe('firstCrossing', () => {
  it.each([
    [[1, 5, 10, 15], 10, 2],
    [[1, 5, 10, 15], 9.5, 2],
    [[1, 5, 10, 15], 0, 0],
    [[1, 5, 10, 15], 16, null],
    [[NaN, NaN, 12], 10, 2],
    [[1, 5], null, null],
    [[1, 5], NaN, null],
  ])('of %j over %s is %s', (values, level, expected) => {
    expect(firstCrossing(values, level)).toBe(expected);
  });
});

describe('paybackPoints', () => {
  it('marks where each curve reaches CAC, and null where it never does', () => {
    // Fixture revenue: slope · (age + 1).
    const curves = [fakeCurve('fast', 10, 5), fakeCurve('slow', 10, 1)];
    expect(paybackPoints(curves, 'revenue', 20)).toEqual([{ key: 'fast', age: 3, value: 20 }, null]);
  });

  it('marks nothing without a CAC', () => {
    expect(paybackPoints([fakeCurve('a')], 'revenue', null)).toEqual([null]);
  });
});

describe('ltvYDomain', () => {
  it('spans zero, the curves, the bands, the twin, the pinned curves and the CAC line', () => {
    const curve = fakeCurve('a', 10, 2); // revenue 2..20
    expect(ltvYDomain({ primary: [curve], metric: 'revenue' })).toEqual([0, 20]);
    expect(ltvYDomain({ primary: [curve], metric: 'revenue', levels: [33, null] })).toEqual([0, 35]);
    expect(
      ltvYDomain({ primary: [curve], metric: 'revenue', bands: [{ lo: [NaN, -3], hi: [NaN, 41] }] }),
    ).toEqual([-10, 50]);
    expect(ltvYDomain({ primary: [curve], metric: 'revenue', twin: [[NaN, 48]] })).toEqual([0, 50]);
    expect(ltvYDomain({ primary: [curve], metric: 'revenue', pinned: [fakeCurve('b', 10, 3)] })).toEqual([0, 30]);
  });

  it('ignores the unobserved (NaN) tail of a curve', () => {
    const curve = fakeCurve('a', 10, 2, 5); // observed 2..10, NaN after
    expect(ltvYDomain({ primary: [curve], metric: 'revenue' })).toEqual([0, 10]);
  });
});

describe('ltvLength', () => {
  it('is the longest curve over all groups', () => {
    expect(ltvLength([fakeCurve('a', 10)], [fakeCurve('b', 30)], undefined)).toBe(30);
    expect(ltvLength()).toBe(0);
  });
});
