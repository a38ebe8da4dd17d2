/**
 * Cases to calibrate against (DOMAIN.md). Each states which figures come from the sources
 * and which are tuned assumptions. Both markets are scaled 1:10 so that a run fits in a
 * browser tab: agents, budgets and money totals are a tenth of the real account's, rates
 * and order values are not.
 */
import type { Preset } from './preset.ts';

export const CASE_PRESETS = [
  {
    id: 'luzhou-laojiao',
    family: 'case',
    label: { en: 'Luzhou Laojiao (liquor)', zh: '泸州老窖（白酒）' },
    description: {
      en: 'From DOMAIN.md: an account matrix of 3 million fans on Douyin; best month 10 million RMB GMV; fans bring over 83% of live-stream GMV; 70% repurchase among group members. '
        + 'Scaled 1:10: a market of 1,000,000 with 30% (300,000) already following at day 0. '
        + 'Douyin traits (8 pushes a month, 30% follower reach). '
        + 'Tuned assumptions: 300 RMB orders at 70% margin; a fan buys about twice a year (1/180 a day) but a group member 8× as often, '
        + 'so group repurchase heads toward the reported 70%; 200 groups of 500 with 3 events a week; 20 staff; 20,000 RMB of ads a day; existing fans start at trust 0.4.',
      zh: 'DOMAIN.md：抖音账号矩阵 300 万粉丝；单月最高 GMV 1,000 万元；粉丝贡献直播 GMV 83% 以上；群成员复购率 70%。'
        + '按 1:10 缩放：市场 1,000,000 人，第 0 天已有 30%（300,000 人）关注。抖音特征（每月 8 次推送、粉丝触达率 30%）。'
        + '调参假设：客单价 300 元、毛利 70%；粉丝约半年购买一次（每天 1/180），群成员为其 8 倍，使群复购率趋近报道的 70%；'
        + '200 个 500 人群、每周 3 次活动；20 名客服；每天广告 20,000 元；已有粉丝初始信任 0.4。',
    },
    overrides: {
      population: 1_000_000,
      initialFollowerShare: 0.3,
      trustInitOrganic: 0.4,
      pushCapMonthly: 8,
      followerReach: 0.3,
      organicImpressionsDaily: 100_000,
      paidBudgetDaily: 20_000,
      orderValue: 300,
      grossMargin: 0.7,
      purchaseRate: 1 / 180,
      stageMultGroup: 8,
      groups: 200,
      groupCapacity: 500,
      groupInviteRate: 0.02,
      groupEventsPerWeek: 3,
      staff: 20,
    },
  },
  {
    id: 'tengfa-used-cars',
    family: 'case',
    label: { en: 'Tengfa used cars', zh: '腾发二手车' },
    description: {
      en: 'From DOMAIN.md: an account matrix of 1.3 million fans; 20,000 valid leads a month; 200 cars sold a month (≈1% lead-to-sale); Douyin is 30% of its deals. '
        + 'Scaled 1:10: a market of 400,000 with 130,000 (32.5%) following at day 0, so about 2,000 leads and 20 cars a month are the targets. '
        + 'Advisor-like, tuned assumptions: 80,000 RMB a car at 5% margin; trust decides (sensitivity 1); almost nobody buys from an ad (exposed multiplier 0.02); '
        + 'contacts buy 3× followers; a follower at average trust buys with odds 1/20,000 a day; leads cost 50 RMB at base (2,000 RMB of ads a day) plus 4,000 organic impressions a day; '
        + '10 advisors hold 20 conversations a day each, 0.1% of which close a car.',
      zh: 'DOMAIN.md：账号矩阵 130 万粉丝；每月 20,000 条有效线索；每月售车 200 台（线索成交率约 1%）；抖音占其成交的 30%。'
        + '按 1:10 缩放：市场 400,000 人，第 0 天 130,000 人（32.5%）已关注，目标约为每月 2,000 条线索、20 台车。'
        + '专属顾问式调参假设：每台车 80,000 元、毛利 5%；信任决定一切（敏感度 1）；几乎无人看广告直接购买（曝光倍数 0.02）；好友购买为粉丝的 3 倍；'
        + '平均信任的粉丝每天购买概率 1/20,000；基础线索成本 50 元（每天广告 2,000 元）加每天 4,000 次自然曝光；10 名顾问每人每天 20 次对话，0.1% 成交。',
    },
    overrides: {
      population: 400_000,
      initialFollowerShare: 0.325,
      orderValue: 80_000,
      grossMargin: 0.05,
      trustSensitivity: 1,
      stageMultExposed: 0.02,
      stageMultContact: 3,
      purchaseRate: 1 / 20_000,
      baseCac: 50,
      paidBudgetDaily: 2_000,
      organicImpressionsDaily: 4_000,
      staff: 10,
      conversationsPerStaff: 20,
      serviceCloseRate: 0.001,
      referralRate: 0.002,
      pushCapMonthly: 8,
      followerReach: 0.3,
    },
  },
] as const satisfies readonly Preset[];
