import { describe, expect, it } from 'vitest';
import { CHANNELS, SLICES, SPEND_CATEGORIES, STAGES, TIERS } from '../../../models/output/contract.ts';
import { LABELS, cohortLabel, ltvCurveLabel } from '../../../src/charts/labels.ts';

describe('chart labels', () => {
  it('name every stage, tier, channel, spend category and slice in both languages', () => {
    for (const lang of ['en', 'zh'] as const) {
      const l = LABELS[lang];
      for (const s of STAGES) expect(l.stage[s]).toBeTruthy();
      for (const t of TIERS) expect(l.tier[t]).toBeTruthy();
      for (const c of CHANNELS) expect(l.channel[c]).toBeTruthy();
      for (const c of SPEND_CATEGORIES) expect(l.spend[c]).toBeTruthy();
      for (const s of SLICES) expect(l.slice[s]).toBeTruthy();
    }
  });

  it('use the trade terms in Chinese', () => {
    const zh = LABELS.zh;
    expect([zh.stage.unaware, zh.stage.exposed, zh.stage.follower, zh.stage.contact, zh.stage.group, zh.stage.lapsed])
      .toEqual(['未触达', '已曝光', '粉丝', '好友', '群成员', '已流失']);
    expect([zh.tier.passerby, zh.tier.affinity, zh.tier.trueLove]).toEqual(['路人粉', '好感粉', '真爱粉']);
    // The sources' 首单 (first order), per buyer, not per lead.
    expect(zh.slice.first).toBe('首单（每位买家）');
    expect(zh.ltv.cac).toBe('单条线索获客成本');
    expect(zh.cohort.cac).toBe('获客成本/线索');
    expect(zh.cohort.cacCustomer).toBe('获客成本/客户');
    expect(zh.channel.paid).toBe('付费/商域');
  });
});

describe('series names', () => {
  it.each([
    [{ key: 'paid', kind: 'channel' }, 'en', 'paid'],
    [{ key: 'referral', kind: 'channel' }, 'zh', '推荐/裂变'],
    [{ key: 'all', kind: 'channel' }, 'zh', '全部渠道'],
    [{ key: '2024-03', kind: 'month' }, 'en', '2024-03'],
  ] as const)('names the LTV curve %j in %s as %s', (curve, lang, expected) => {
    expect(ltvCurveLabel(curve, lang)).toBe(expected);
  });

  it.each([
    [{ key: 'ch-paid', kind: 'channel', channel: 'paid', startDay: null }, 'zh', '付费/商域'],
    [{ key: 'w2', kind: 'week', channel: 'all', startDay: 14 }, 'en', 'week from day 14'],
    [{ key: 'w2', kind: 'week', channel: 'all', startDay: 14 }, 'zh', '第14天起的一周'],
    [{ key: 'odd', kind: 'week', channel: 'all', startDay: null }, 'en', 'odd'],
  ] as const)('names the cohort %j in %s as %s', (cohort, lang, expected) => {
    expect(cohortLabel(cohort, lang)).toBe(expected);
  });
});
