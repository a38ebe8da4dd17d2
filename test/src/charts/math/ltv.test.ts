import { describe, expect, it } from 'vitest';
import { costLine, firstCrossing, lastFinite, ltvLength, ltvYDomain, paybackPoints } from '../../../../src/charts/math/ltv.ts';
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

describe('costLine', () => {
  it('is the curve\'s own CAC per lead for revenue, plus its operating cost per lead so far for margin', () => {
    const curve = { ...fakeCurve('a', 5, 2), cacPerLead: 20, opex: Float64Array.from([0, 1, 2, 3, 4]) };
    expect(Array.from(costLine(curve, 'revenue')!)).toEqual([20, 20, 20, 20, 20]);
    expect(Array.from(costLine(curve, 'margin')!)).toEqual([20, 21, 22, 23, 24]);
  });

  it('is absent for a cohort that cost nothing to acquire', () => {
    expect(costLine({ ...fakeCurve('organic'), cacPerLead: null }, 'revenue')).toBeNull();
  });
});

describe('lastFinite', () => {
  it('is where a cost line ends: its last observed age and value', () => {
    expect(lastFinite([20, 21, 22, NaN, NaN])).toEqual({ index: 2, value: 22 });
    expect(lastFinite([20, 20])).toEqual({ index: 1, value: 20 });
    expect(lastFinite([NaN])).toBeNull();
    expect(lastFinite([])).toBeNull();
  });
});

describe('paybackPoints', () => {
  it('marks where each curve reaches its own CAC, and null where it never does', () => {
    // Fixture revenue: slope · (age + 1); each curve has its own CAC per lead.
    const curves = [{ ...fakeCurve('fast', 10, 5), cacPerLead: 20 }, { ...fakeCurve('slow', 10, 1), cacPerLead: 20 }, { ...fakeCurve('cheap', 10, 1), cacPerLead: 4 }];
    expect(paybackPoints(curves, 'revenue')).toEqual([{ key: 'fast', age: 3, value: 20 }, null, { key: 'cheap', age: 3, value: 4 }]);
  });

  it('pays back on margin only once the operating cost so far is covered too', () => {
    // Margin 0.8 · (age + 1) for slope 2; cost 2 + 0.4 · age crosses at age 3 (3.2 ≥ 3.2).
    const curve = { ...fakeCurve('a', 10, 2), cacPerLead: 2, opex: Float64Array.from({ length: 10 }, (_, age) => 0.4 * age) };
    expect(paybackPoints([curve], 'margin')).toEqual([{ key: 'a', age: 3, value: curve.margin[3] }]);
  });

  it('marks nothing for a free cohort', () => {
    expect(paybackPoints([{ ...fakeCurve('a'), cacPerLead: null }], 'revenue')).toEqual([null]);
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
    // Each curve's own cost line: CAC per lead for revenue, plus the operating cost so far for margin.
    expect(ltvYDomain({ primary: [{ ...curve, cacPerLead: 28 }], metric: 'revenue' })).toEqual([0, 30]);
    const withOpex = { ...curve, cacPerLead: 4, opex: Float64Array.from({ length: 10 }, (_, age) => 4 * age) };
    expect(ltvYDomain({ primary: [withOpex], metric: 'margin' })).toEqual([0, 40]);
  });

  it('ignores the unobserved (NaN) tail of a curve', () => {
    // Observed 2..10, NaN after; a CAC line below the curve, so only the curve sets the top.
    const curve = { ...fakeCurve('a', 10, 2, 5), cacPerLead: 4 };
    expect(ltvYDomain({ primary: [curve], metric: 'revenue' })).toEqual([0, 10]);
  });
});

describe('ltvLength', () => {
  it('is the longest curve over all groups', () => {
    expect(ltvLength([fakeCurve('a', 10)], [fakeCurve('b', 30)], undefined)).toBe(30);
    expect(ltvLength()).toBe(0);
  });
});
