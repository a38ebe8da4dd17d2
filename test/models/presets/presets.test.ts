import { describe, expect, it } from 'vitest';
import { paramErrorOf } from '../helpers.ts';
import { defaultParams, diffFromDefaults, specOf, validateParams } from '../../../models/params/index.ts';
import {
  BASS_P,
  BASS_Q,
  MODE_PRESETS,
  PLATFORM_PRESETS,
  PRESETS,
  PRESET_FAMILIES,
  RETENTION_D,
  RETENTION_M,
  RETENTION_R,
  STRATEGY_PRESETS,
  composeScenario,
  presetById,
  resolvePreset,
  resolveScenario,
} from '../../../models/presets/index.ts';

describe('the presets', () => {
  it('have unique ids and a known family', () => {
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
    for (const preset of PRESETS) expect(PRESET_FAMILIES).toContain(preset.family);
  });

  it('cover the four modes, three platforms, three strategies, two cases and two reductions', () => {
    const ids = (family: string) => PRESETS.filter((p) => p.family === family).map((p) => p.id);
    expect(ids('mode')).toEqual(['interest', 'expert', 'advisor', 'counsellor']);
    expect(ids('platform')).toEqual(['wechat', 'douyin', 'kuaishou']);
    expect(ids('strategy')).toEqual(['public-only', 'hybrid', 'private-first']);
    expect(ids('case')).toEqual(['luzhou-laojiao', 'tengfa-used-cars']);
    expect(ids('reduction')).toEqual(['bass', 'retention']);
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s validates on top of the defaults', (_id, preset) => {
    expect(() => validateParams(preset.overrides)).not.toThrow();
    expect(resolvePreset(preset.id)).toEqual({ ...defaultParams(), ...preset.overrides });
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s is labelled and described in English and Chinese, saying what is assumed', (_id, preset) => {
    for (const text of [preset.label, preset.description]) {
      expect(text.en.trim()).not.toBe('');
      expect(text.zh.trim()).not.toBe('');
    }
    expect(preset.description.en).toMatch(/docs\/(sources|model)\.md#|textbook/);
    expect(preset.description.en).toMatch(/assum|teaching/i);
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s overrides only known parameters', (_id, preset) => {
    for (const key of Object.keys(preset.overrides)) expect(specOf(key)).toBeDefined();
  });

  it('finds a preset by id, and nothing for an unknown one', () => {
    expect(presetById('douyin')?.family).toBe('platform');
    expect(presetById('nope')).toBeUndefined();
    expect(presetById('__proto__')).toBeUndefined();
  });

  it('keep the traits the sources give each mode (docs/sources.md#four-operating-modes)', () => {
    const mode = (id: string) => resolvePreset(id);
    expect(mode('interest').grossMargin).toBeGreaterThanOrEqual(0.5);
    expect(mode('expert').grossMargin).toBeGreaterThanOrEqual(0.5);
    expect(mode('advisor').orderValue).toBeGreaterThan(mode('expert').orderValue);
    expect(mode('counsellor').purchaseRate).toBeGreaterThan(mode('interest').purchaseRate);
    // The exclusive advisor sells a high-ticket, one-off product; the counsellor a cheap, frequent one.
    expect(mode('advisor').purchaseRate).toBe(0);
    expect(mode('advisor').minRepurchaseGapDays).toBeGreaterThanOrEqual(365);
    expect(mode('counsellor').minRepurchaseGapDays).toBeLessThan(mode('expert').minRepurchaseGapDays);
    expect(mode('counsellor').orderValue).toBeLessThan(mode('interest').orderValue);
    expect(mode('advisor').trustSensitivity).toBe(1);
    expect(mode('interest').referralRate).toBeGreaterThan(mode('advisor').referralRate);
  });

  it('give Douyin its 8 free pushes a month and WeChat the most open follower reach', () => {
    expect(resolvePreset('douyin').pushCapMonthly).toBe(8);
    const reach = PLATFORM_PRESETS.map((p) => resolvePreset(p.id).followerReach);
    expect(Math.max(...reach)).toBe(resolvePreset('wechat').followerReach);
    expect(resolvePreset('kuaishou').unfollowRate).toBeLessThan(resolvePreset('douyin').unfollowRate);
  });

  it('make hybrid the defaults', () => {
    expect(resolvePreset('hybrid')).toEqual(defaultParams());
  });

  it('switch off every private-domain operation in public-only', () => {
    const params = resolvePreset('public-only');
    for (const key of ['staff', 'groups', 'pushesPerWeek', 'promotionsPerMonth', 'referralReward', 'privateFixedCostDaily', 'groupEventsPerWeek'] as const) {
      expect(params[key]).toBe(0);
    }
    expect(params.paidBudgetDaily).toBeGreaterThan(defaultParams().paidBudgetDaily);
  });

  it('move budget from ads to the private domain in private-first', () => {
    const params = resolvePreset('private-first');
    const hybrid = defaultParams();
    expect(params.paidBudgetDaily).toBeLessThan(hybrid.paidBudgetDaily);
    expect(params.staff).toBeGreaterThan(hybrid.staff);
    expect(params.groups).toBeGreaterThan(hybrid.groups);
    expect(params.referralReward).toBeGreaterThan(hybrid.referralReward);
    expect(params.groupInviteRate).toBeGreaterThan(hybrid.groupInviteRate);
  });

  it('give the strategies the same budgeted spend a day as the default', () => {
    const budgeted = (p: ReturnType<typeof resolvePreset>) => {
      const promotions = Math.min(p.promotionsPerMonth, p.pushCapMonthly);
      const pushes = promotions + Math.min((p.pushesPerWeek * 30) / 7, p.pushCapMonthly - promotions);
      return p.paidBudgetDaily + p.staff * p.staffCostDaily + (p.groups * p.groupEventsPerWeek * p.groupEventCost) / 7
        + (pushes * p.pushCost) / 30 + p.privateFixedCostDaily;
    };
    const hybrid = budgeted(defaultParams());
    for (const id of ['public-only', 'private-first']) expect(Math.abs(budgeted(resolvePreset(id)) / hybrid - 1), id).toBeLessThan(0.02);
  });
});

describe('the cases', () => {
  it('hold the fan counts of the sources (docs/sources.md#luzhou-laojiao, #tengfa-used-cars) at real scale', () => {
    const fans = (id: string) => { const p = resolvePreset(id); return p.population * p.initialFollowerShare; };
    expect(fans('luzhou-laojiao')).toBeCloseTo(3_000_000, 6);
    expect(fans('tengfa-used-cars')).toBeCloseTo(1_300_000, 6);
  });

  it('price a bottle of liquor near 300 RMB and a used car near 80,000 RMB', () => {
    expect(resolvePreset('luzhou-laojiao').orderValue).toBe(300);
    expect(resolvePreset('tengfa-used-cars').orderValue).toBe(80_000);
  });

  it('make group members of Luzhou Laojiao buy far more than plain fans', () => {
    const p = resolvePreset('luzhou-laojiao');
    expect(p.stageMultGroup / p.stageMultFollower).toBeGreaterThanOrEqual(10);
  });
});

describe('composeScenario', () => {
  it('returns the defaults when nothing is chosen', () => {
    expect(composeScenario({})).toEqual(defaultParams());
  });

  it('applies the mode, then the platform, then the strategy', () => {
    const params = composeScenario({ mode: 'counsellor', platform: 'douyin', strategy: 'public-only' });
    expect(params.purchaseRate).toBe(presetById('counsellor')!.overrides.purchaseRate); // from the mode
    expect(params.pushCapMonthly).toBe(8); // from the platform
    expect(params.promotionsPerMonth).toBe(0); // the strategy overrides the mode's 4
    expect(params).toEqual({
      ...defaultParams(),
      ...presetById('counsellor')!.overrides,
      ...presetById('douyin')!.overrides,
      ...presetById('public-only')!.overrides,
    });
  });

  it('lets the platform override the mode where both speak', () => {
    const params = composeScenario({ mode: 'advisor', platform: 'wechat' });
    expect(params.dmRate).toBe(presetById('wechat')!.overrides.dmRate);
  });

  it('validates every combination of mode, platform and strategy', () => {
    for (const mode of MODE_PRESETS) for (const platform of PLATFORM_PRESETS) for (const strategy of STRATEGY_PRESETS) {
      expect(() => composeScenario({ mode: mode.id, platform: platform.id, strategy: strategy.id })).not.toThrow();
    }
  });

  it('names the field preset for an unknown id or one of the wrong family', () => {
    const unknown = paramErrorOf(() => composeScenario({ mode: 'nope' }));
    expect(unknown.field).toBe('preset');
    expect(unknown.message).toBe('invalid preset: "nope" (expected a mode: one of interest, expert, advisor, counsellor)');
    expect(paramErrorOf(() => composeScenario({ platform: 'interest' })).field).toBe('preset');
    expect(paramErrorOf(() => composeScenario({ strategy: 'bass' })).field).toBe('preset');
  });
});

describe('resolvePreset and resolveScenario', () => {
  it('name the field preset for an unknown id', () => {
    expect(paramErrorOf(() => resolvePreset('nope')).field).toBe('preset');
    expect(paramErrorOf(() => resolveScenario('nope')).field).toBe('preset');
  });

  it('read a mode+platform+strategy combination in any order', () => {
    const expected = composeScenario({ mode: 'interest', platform: 'douyin', strategy: 'hybrid' });
    expect(resolveScenario('interest+douyin+hybrid')).toEqual(expected);
    expect(resolveScenario('hybrid+interest+douyin')).toEqual(expected);
    expect(resolveScenario('expert+kuaishou')).toEqual(composeScenario({ mode: 'expert', platform: 'kuaishou' }));
  });

  it('refuse two presets of one family, or a case or reduction in a combination', () => {
    expect(paramErrorOf(() => resolveScenario('interest+expert')).message).toContain('at most one mode');
    expect(paramErrorOf(() => resolveScenario('interest+bass')).value).toBe('bass');
  });
});

describe('the Bass reduction', () => {
  const params = resolvePreset('bass');

  it('carries p in the ad budget: p = paidBudgetDaily / (baseCac × population)', () => {
    expect(params.paidPricing).toBe('cac');
    expect(params.cacElasticity).toBe(1);
    expect(params.paidBudgetDaily / (params.baseCac * params.population)).toBeCloseTo(BASS_P, 15);
    expect(BASS_P).toBe(0.002);
  });

  it('carries q in the referral rate, with no reward and no trust threshold', () => {
    expect(params.referralRate).toBe(BASS_Q);
    expect(params.referralReward).toBe(0);
    expect(params.referralTrustThreshold).toBe(0);
  });

  it('makes adoption the first purchase: exposed leads buy the same day, never follow or forget', () => {
    expect(params.firstPurchaseRate * params.stageMultExposed).toBe(1);
    expect(params.trustSensitivity).toBe(0);
    expect(params.followRate).toBe(0);
    expect(params.forgetRate).toBe(0);
    expect(params.initialFollowerShare).toBe(0);
  });

  it('fixes trust: equal initial trust by channel, no gain, decay, fatigue or bad experience', () => {
    expect(new Set([params.trustInitPaid, params.trustInitOrganic, params.trustInitOffline, params.trustInitReferral]).size).toBe(1);
    for (const key of ['trustGain', 'trustDecay', 'fatiguePenalty', 'fatigueExitRate', 'badExperienceRate'] as const) expect(params[key]).toBe(0);
  });

  it('switches off every other channel, operation and cost', () => {
    for (const key of [
      'organicImpressionsDaily', 'offlineVisitorsDaily', 'staff', 'groups', 'pushesPerWeek', 'promotionsPerMonth', 'couponDepth',
      'dmRate', 'groupInviteRate', 'unfollowRate', 'privateFixedCostDaily', 'staffCostDaily', 'memberCostDaily', 'groupEventCost',
    ] as const) expect(params[key]).toBe(0);
    expect(params.population).toBe(100_000);
    expect(params.horizonDays).toBe(365);
  });
});

describe('the closed-cohort retention reduction', () => {
  const params = resolvePreset('retention');

  it('starts everyone as a follower and lets nobody new in', () => {
    expect(params.initialFollowerShare).toBe(1);
    for (const key of ['paidBudgetDaily', 'organicImpressionsDaily', 'referralRate', 'offlineVisitorsDaily'] as const) expect(params[key]).toBe(0);
  });

  it('carries r in the unfollow rate, m in order value × margin and d in the discount rate', () => {
    expect(1 - params.unfollowRate).toBeCloseTo(RETENTION_R, 15);
    expect(params.unfollowRate).toBe(0.02);
    expect(params.orderValue * params.grossMargin).toBe(RETENTION_M);
    expect(params.discountRateDaily).toBe(RETENTION_D);
  });

  it('has every follower buy once a day, and the lapsed never', () => {
    expect(params.purchaseRate * params.stageMultFollower).toBe(1);
    expect(params.trustSensitivity).toBe(0);
    expect(params.stageMultLapsed).toBe(0);
  });

  it('switches off every operation, trust dynamic and cost', () => {
    for (const key of [
      'staff', 'groups', 'pushesPerWeek', 'promotionsPerMonth', 'couponDepth', 'dmRate', 'groupInviteRate', 'fatiguePenalty',
      'fatigueExitRate', 'badExperienceRate', 'trustGain', 'trustDecay', 'privateFixedCostDaily', 'staffCostDaily',
      'memberCostDaily', 'groupEventCost',
    ] as const) expect(params[key]).toBe(0);
    expect(params.population).toBe(10_000);
    expect(params.horizonDays).toBe(365);
  });

  it('documents which parameters carry r, m and d', () => {
    const description = presetById('retention')!.description.en;
    for (const phrase of ['unfollowRate', 'orderValue × grossMargin', 'discountRateDaily']) expect(description).toContain(phrase);
  });
});

describe('diffFromDefaults on presets', () => {
  it.each(PRESETS.map((p) => [p.id] as const))('lists for %s only keys the preset overrides', (id) => {
    const diff = diffFromDefaults(resolvePreset(id));
    for (const key of Object.keys(diff)) expect(Object.keys(presetById(id)!.overrides)).toContain(key);
  });
});
