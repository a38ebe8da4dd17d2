/**
 * Stylized fact 1 (docs/sources.md#private-domain-pays-for-repeat-purchase-goods): groups and
 * pushes pay for a repeat-purchase product and do not pay their own cost for a one-off
 * product; one-to-one service can still pay for a high-ticket one-off product. Both directions,
 * over paired replications with 95% intervals.
 */
import { describe, expect, it } from 'vitest';
import { resolvePreset, validateParams, type Params } from '../../../models/index.ts';
import { pairedDifference, scenario, show } from './paired.ts';

const R = 6;
const profit = (s: { profit: number }) => s.profit;
/** Groups and pushes switched off (promotions go by push, so they go too). */
const withoutGroupsAndPushes = (p: Params) => validateParams({ groups: 0, pushesPerWeek: 0, promotionsPerMonth: 0 }, p);

describe('stylized fact 1: a private domain pays for repeat-purchase goods', () => {
  it('groups and pushes add profit for the default, repeat-purchase product', () => {
    const repeat = scenario();
    const gain = pairedDifference(withoutGroupsAndPushes(repeat), repeat, profit, R);
    expect(gain.lo, show(gain)).toBeGreaterThan(0);
  });

  it('groups and pushes do not pay their own cost when the same product is bought once', () => {
    const oneOff = scenario({ purchaseRate: 0, minRepurchaseGapDays: 1_095 });
    const gain = pairedDifference(withoutGroupsAndPushes(oneOff), oneOff, profit, R);
    expect(gain.hi, show(gain)).toBeLessThan(0);
  });

  it('so the value of groups and pushes grows with the repeat frequency', () => {
    const at = (purchaseRate: number) => {
      const p = scenario({ purchaseRate });
      return pairedDifference(withoutGroupsAndPushes(p), p, profit, R);
    };
    const rare = at(0.001);
    const frequent = at(0.008);
    const widening = frequent.mean - rare.mean;
    expect(widening, `rare ${show(rare)}, frequent ${show(frequent)}`).toBeGreaterThan(0);
    expect(frequent.lo).toBeGreaterThan(rare.hi);
  });

  it('one-to-one service still pays for a high-ticket one-off product (the exclusive advisor)', () => {
    const advisor = validateParams({ agentWeight: 20 }, resolvePreset('advisor'));
    expect(advisor.purchaseRate).toBe(0);
    const gain = pairedDifference(validateParams({ staff: 0 }, advisor), advisor, profit, R);
    expect(gain.lo, show(gain)).toBeGreaterThan(0);
  });
});
