import { describe, expect, it } from 'vitest';
import { cohortColours, isFree, orderCohorts } from '../../../../src/charts/math/cohorts.ts';
import { luminance } from '../../../../src/charts/math/colour.ts';
import { fakeCohort, fakeRunResult } from '../fixture.ts';

describe('orderCohorts', () => {
  it('puts channel cohorts first in channel order, then weeks by start day', () => {
    const ordered = orderCohorts(fakeRunResult().cohorts);
    expect(ordered.map((c) => c.key)).toEqual(['paid', 'organic', 'w0', 'w1']);
  });

  it('does not modify its input', () => {
    const cohorts = fakeRunResult().cohorts;
    const keys = cohorts.map((c) => c.key);
    orderCohorts(cohorts);
    expect(cohorts.map((c) => c.key)).toEqual(keys);
  });
});

describe('isFree', () => {
  it('is a cohort with leads and no acquisition spend, not one without leads or one that spent', () => {
    expect(isFree({ size: 100, acquisitionSpend: 0 })).toBe(true); // organic
    expect(isFree({ size: 0, acquisitionSpend: 0 })).toBe(false); // no leads: no CAC at all
    expect(isFree({ size: 100, acquisitionSpend: 250 })).toBe(false); // spent, nobody bought yet
  });
});

describe('cohortColours', () => {
  const cohorts = [
    fakeCohort({ key: 'a', kind: 'week', startDay: 0 }, 20, 90),
    fakeCohort({ key: 'b', kind: 'week', startDay: 7 }, 40, 30),
  ];

  it('leaves unobserved slices uncoloured', () => {
    const colours = cohortColours(cohorts, 'clv');
    expect(cohorts[1].clv.d365).toBeNull();
    expect(colours.slice(cohorts[1].clv.d365)).toBeNull();
    expect(colours.slice(cohorts[0].clv.d90)).not.toBeNull();
  });

  it('shares one scale across the slices so CLV growth along a row darkens', () => {
    const colours = cohortColours(cohorts, 'clv');
    expect(luminance(colours.slice(cohorts[0].clv.d90)!)).toBeLessThan(luminance(colours.slice(cohorts[0].clv.d7)!));
  });

  it('diverges ROI around 1', () => {
    const colours = cohortColours(cohorts, 'roi');
    expect(luminance(colours.slice(1)!)).toBeGreaterThan(0.8);
  });

  it('diverges margin CLV around 0 when some cohorts are under water', () => {
    // Fixture margin CLV is days − 5: negative at the first purchase.
    const colours = cohortColours(cohorts, 'clvMargin');
    expect(luminance(colours.slice(0)!)).toBeGreaterThan(0.8);
  });

  it('darkens earlier payback and higher CAC', () => {
    const early = fakeCohort({ key: 'e', kind: 'week', paybackDay: 10 }, 10);
    const late = fakeCohort({ key: 'l', kind: 'week', paybackDay: 200 }, 50);
    const colours = cohortColours([early, late], 'clv');
    expect(luminance(colours.payback(10)!)).toBeLessThan(luminance(colours.payback(200)!));
    expect(luminance(colours.cac(50)!)).toBeLessThan(luminance(colours.cac(10)!));
    expect(colours.payback(null)).toBeNull();
  });
});
