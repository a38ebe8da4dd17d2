/**
 * The sources' cases (docs/sources.md#luzhou-laojiao, #tengfa-used-cars), at real scale: each
 * market is simulated with an agent weight (people per agent) and every input and output is
 * in real people and RMB. Each description says which figures come from the sources and
 * which are assumptions, and what the preset gives when run; docs/sources.md has the table
 * of claimed against simulated figures, including the ones the model does not reproduce.
 */
import type { Preset } from './preset.ts';

export const CASE_PRESETS = [
  {
    id: 'luzhou-laojiao',
    family: 'case',
    label: { en: 'Luzhou Laojiao (liquor)', zh: '泸州老窖（白酒）' },
    description: {
      en: 'From the sources (docs/sources.md#luzhou-laojiao): an account matrix of 3 million fans on Douyin; best month 10 million RMB GMV; fans bring over 83% of live-stream GMV; 70% repurchase among group members. '
        + 'Assumptions: a reachable market of 30 million people (agents of 300 people), 10% of them (3 million) following at day 0 with trust 0.4; Douyin terms (8 pushes a month, 30% follower reach); '
        + '300 RMB orders at 60% margin; plain fans rarely buy (first order 0.00005, repeat 0.0004 a day at reference trust) while group members buy 50× as often; '
        + '40 groups of 500 that members rarely leave (0.001 a day); 15,000 RMB of ads and 150,000 organic impressions a day; 20 service staff; a fixed cost of 3,000 RMB a day. '
        + 'Run at seed 42 it gives a best month near 13 million RMB, group repurchase near 0.47 and a private share near 0.86: the group figure falls short of the reported 70%.',
      zh: '资料（docs/sources.md#luzhou-laojiao）：抖音账号矩阵 300 万粉丝；单月最高 GMV 1,000 万元；粉丝贡献直播 GMV 83% 以上；群成员复购率 70%。'
        + '假设：可触达市场 3,000 万人（每个智能体代表 300 人），其中 10%（300 万）第 0 天已关注，初始信任 0.4；抖音规则（每月 8 次推送、粉丝触达率 30%）；'
        + '客单价 300 元、毛利 60%；普通粉丝很少购买（参考信任下首购每天 0.00005、复购每天 0.0004），群成员购买频率为其 50 倍；'
        + '40 个 500 人群，成员极少退群（每天 0.001）；每天广告 15,000 元、自然曝光 150,000 次；20 名客服；固定成本每天 3,000 元。'
        + '种子 42 下单月最高 GMV 约 1,300 万元、群复购率约 0.47、私域收入占比约 0.86：群复购率低于报道的 70%。',
    },
    overrides: {
      population: 30_000_000,
      agentWeight: 300,
      initialFollowerShare: 0.1,
      trustInitOrganic: 0.4,
      pushCapMonthly: 8,
      followerReach: 0.3,
      organicImpressionsDaily: 150_000,
      paidBudgetDaily: 15_000,
      baseCac: 25,
      orderValue: 300,
      grossMargin: 0.6,
      firstPurchaseRate: 0.00005,
      purchaseRate: 0.0004,
      minRepurchaseGapDays: 14,
      stageMultExposed: 1,
      stageMultGroup: 50,
      groups: 40,
      groupCapacity: 500,
      groupInviteRate: 0.005,
      groupLeaveRate: 0.001,
      unfollowRate: 0.0005,
      staff: 20,
      privateFixedCostDaily: 3_000,
    },
  },
  {
    id: 'tengfa-used-cars',
    family: 'case',
    label: { en: 'Tengfa used cars', zh: '腾发二手车' },
    description: {
      en: 'From the sources (docs/sources.md#tengfa-used-cars): an account matrix of 1.3 million fans; 20,000 valid leads a month; 200 cars sold a month (≈1% lead-to-sale); Douyin is 30% of its deals. '
        + 'Assumptions: a reachable market of 4 million people (agents of 20 people: car buyers are rare, so an agent must stand for few people), 1.3 million following at day 0; '
        + '80,000 RMB a car at 8% gross margin; a car is bought once (repeat odds 0); a new lead buys in its shopping weeks or not at all (first-purchase odds 0.00004 a day × 14 while exposed, forgetting at 0.02 a day), '
        + 'existing fans almost never (follower multiplier 0.001); trust decides (sensitivity 1); 10,000 RMB of ads a day at a 30 RMB base cost per lead plus 40,000 organic impressions a day; '
        + '2 advisors with 20 conversations a day; 5 groups; a fixed cost of 3,000 RMB a day. Run at seed 42 it gives about 20,000 leads and 220 cars a month, lead-to-sale near 0.7%. '
        + 'The Douyin share of deals is not modelled (the model is one platform).',
      zh: '资料（docs/sources.md#tengfa-used-cars）：账号矩阵 130 万粉丝；每月 20,000 条有效线索；每月售车 200 台（线索成交率约 1%）；抖音占其成交的 30%。'
        + '假设：可触达市场 400 万人（每个智能体代表 20 人：买车的人少，一个智能体只能代表少数人），第 0 天 130 万人已关注；'
        + '每台车 80,000 元、毛利 8%；车只买一次（复购概率 0）；新线索只在看车的几周内购买（曝光期首购概率每天 0.00004 × 14，遗忘率每天 0.02），已有粉丝几乎不买（粉丝倍数 0.001）；信任决定一切（敏感度 1）；'
        + '每天广告 10,000 元（基础线索成本 30 元）加每天 40,000 次自然曝光；2 名顾问每天 20 次对话；5 个群；固定成本每天 3,000 元。种子 42 下每月约 20,000 条线索、220 台车，线索成交率约 0.7%。抖音的成交占比未建模（模型只有一个平台）。',
    },
    overrides: {
      population: 4_000_000,
      agentWeight: 20,
      initialFollowerShare: 0.325,
      orderValue: 80_000,
      grossMargin: 0.08,
      trustSensitivity: 1,
      firstPurchaseRate: 0.00004,
      purchaseRate: 0,
      minRepurchaseGapDays: 1_095,
      stageMultExposed: 14,
      stageMultFollower: 0.001,
      stageMultContact: 0.05,
      stageMultGroup: 0.05,
      forgetRate: 0.02,
      unfollowRate: 0.001,
      baseCac: 30,
      paidBudgetDaily: 10_000,
      organicImpressionsDaily: 40_000,
      touchConversion: 0.00001,
      staff: 2,
      conversationsPerStaff: 20,
      serviceCloseRate: 0.001,
      groups: 5,
      privateFixedCostDaily: 3_000,
      referralRate: 0.002,
      pushCapMonthly: 8,
      followerReach: 0.3,
    },
  },
] as const satisfies readonly Preset[];
