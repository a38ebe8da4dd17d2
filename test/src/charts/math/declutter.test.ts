import { describe, expect, it } from 'vitest';
import { declutter } from '../../../../src/charts/math/declutter.ts';

describe('declutter', () => {
  it.each([
    ['keeps labels far apart', [0, 50, 100], 40, [true, true, true]],
    ['drops a label too close to the one before', [0, 20, 100], 40, [true, false, true]],
    ['works in position order, not input order', [100, 0, 20], 40, [true, true, false]],
    ['skips points without a label', [null, 10, NaN], 40, [false, true, false]],
    ['keeps the earlier of two at the same place', [30, 30], 40, [true, false]],
    ['keeps nothing from nothing', [], 40, []],
  ] as [string, (number | null)[], number, boolean[]][])('%s', (_, positions, gap, expected) => {
    expect(declutter(positions, gap)).toEqual(expected);
  });
});
