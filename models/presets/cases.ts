/**
 * Cases to calibrate against (docs/sources.md#luzhou-laojiao and
 * docs/sources.md#tengfa-used-cars). Each states which figures come from the sources
 * and which are tuned assumptions, and what the preset gives when run. Both markets are
 * scaled 1:100 so that a run takes seconds: agents, leads, groups, staff, budgets and money
 * totals are a hundredth of the real account's; rates, prices and shares are not.
 */
import type { Preset } from './preset.ts';

export const CASE_PRESETS = [
  {
    id: 'luzhou-laojiao',
    family: 'case',
    label: { en: 'Luzhou Laojiao (liquor)', zh: '泸州老窖（白酒）' },
    description: {
      en: 'From the sources (docs/sources.md#luzhou-laojiao): an account matrix of 3 million fans on Douyin; best month 10 million RMB GMV; fans bring over 83% of live-stream GMV; 70% repurchase among group members. '
        + 'Scaled 1:100: a market of 100,000 with 30% (30,000 = 3 million / 100) following at day 0, on Douyin terms (8 pushes a month, 30% follower reach). '
        + 'Tuned assumptions: 300 RMB orders at 70% margin; existing fans start at trust 0.4; 2 groups of 500 that members rarely leave (0.001 a day); '
        + 'plain fans are mostly dormant (follower multiplier 0.3, contact 0.45 on a base of 0.001 a day) while group members buy 10× the base, '
        + 'so that group repurchase comes out near the reported 70% (0.67 over 365 days, mean of 3 seeds) with about 94% of revenue from the private domain; '
        + '500 RMB of ads and 10,000 organic impressions a day; a private-domain fixed cost of 30 RMB a day (3,000 at full scale). Monthly revenue comes out near 220,000 RMB (22 million at full scale), about twice the reported best month: read levels loosely, shapes more firmly.',
      zh: '资料（docs/sources.md#luzhou-laojiao）：抖音账号矩阵 300 万粉丝；单月最高 GMV 1,000 万元；粉丝贡献直播 GMV 83% 以上；群成员复购率 70%。'
        + '按 1:100 缩放：市场 100,000 人，第 0 天 30%（30,000 = 300 万 / 100）已关注，按抖音规则（每月 8 次推送、粉丝触达率 30%）。'
        + '调参假设：客单价 300 元、毛利 70%；已有粉丝初始信任 0.4；2 个 500 人群，成员极少退群（每天 0.001）；'
        + '普通粉丝大多沉睡（基础购买率每天 0.001，粉丝倍数 0.3、好友倍数 0.45），群成员为基础的 10 倍，'
        + '使群复购率接近报道的 70%（365 天为 0.67，3 个种子的均值），约 94% 收入来自私域；每天广告 500 元、自然曝光 10,000 次；私域固定成本每天 30 元（全量 3,000 元）。'
        + '月收入约 22 万元（全量约 2,200 万），约为报道单月最高值的两倍：水平仅供粗略参考，形态更可信。',
    },
    overrides: {
      population: 100_000,
      initialFollowerShare: 0.3,
      trustInitOrganic: 0.4,
      pushCapMonthly: 8,
      followerReach: 0.3,
      organicImpressionsDaily: 10_000,
      paidBudgetDaily: 500,
      orderValue: 300,
      grossMargin: 0.7,
      purchaseRate: 0.001,
      stageMultExposed: 1,
      stageMultFollower: 0.3,
      stageMultContact: 0.45,
      stageMultGroup: 10,
      groups: 2,
      groupCapacity: 500,
      groupInviteRate: 0.02,
      groupLeaveRate: 0.001,
      privateFixedCostDaily: 30,
    },
  },
  {
    id: 'tengfa-used-cars',
    family: 'case',
    label: { en: 'Tengfa used cars', zh: '腾发二手车' },
    description: {
      en: 'From the sources (docs/sources.md#tengfa-used-cars): an account matrix of 1.3 million fans; 20,000 valid leads a month; 200 cars sold a month (≈1% lead-to-sale); Douyin is 30% of its deals. '
        + 'Scaled 1:100: a market of 50,000 with 26% (13,000 = 1.3 million / 100) following at day 0, so the targets are about 200 leads and 2 cars a month and 1% lead-to-sale. '
        + 'Tuned assumptions: 80,000 RMB a car at 10% gross margin (8,000 RMB, the high end of what dealers report; profit is thin); trust decides (sensitivity 1); a car is bought once, so existing fans are nearly dormant '
        + '(follower multiplier 0.005, contact and group 0.015, lapsed 0.002) and a new lead buys in its shopping weeks or not at all '
        + '(exposed multiplier 10 on a base of 0.00014 a day, forgetting at 0.02 a day); leads cost 50 RMB at base (150 RMB of ads a day) plus 500 organic impressions a day; '
        + 'one advisor holds 20 conversations a day, 0.05% of which close a car; one group; a private-domain fixed cost of 30 RMB a day (3,000 at full scale). This gives about 185 leads and 2.4 cars a month and 1.0% lead-to-sale (mean of 6 seeds). '
        + 'The Douyin share of deals is not modelled (the model is one platform).',
      zh: '资料（docs/sources.md#tengfa-used-cars）：账号矩阵 130 万粉丝；每月 20,000 条有效线索；每月售车 200 台（线索成交率约 1%）；抖音占其成交的 30%。'
        + '按 1:100 缩放：市场 50,000 人，第 0 天 26%（13,000 = 130 万 / 100）已关注，目标约为每月 200 条线索、2 台车、线索成交率 1%。'
        + '调参假设：每台车 80,000 元、毛利 10%（8,000 元，属经销商毛利的高位；利润微薄）；信任决定一切（敏感度 1）；车只买一次，已有粉丝几乎沉睡（粉丝倍数 0.005，好友与群成员 0.015，已流失 0.002），'
        + '新线索只在看车的几周内购买（曝光倍数 10，基础购买率每天 0.00014，遗忘率每天 0.02）；基础线索成本 50 元（每天广告 150 元）加每天 500 次自然曝光；'
        + '1 名顾问每天 20 次对话，0.05% 成交；1 个群；私域固定成本每天 30 元（全量 3,000 元）。结果约为每月 185 条线索、2.4 台车，线索成交率 1.0%（6 个种子的均值）。抖音的成交占比未建模（模型只有一个平台）。',
    },
    overrides: {
      population: 50_000,
      initialFollowerShare: 0.26,
      orderValue: 80_000,
      grossMargin: 0.1,
      trustSensitivity: 1,
      purchaseRate: 0.00014,
      stageMultExposed: 10,
      stageMultFollower: 0.005,
      stageMultContact: 0.015,
      stageMultGroup: 0.015,
      stageMultLapsed: 0.002,
      forgetRate: 0.02,
      baseCac: 50,
      paidBudgetDaily: 150,
      organicImpressionsDaily: 500,
      staff: 1,
      conversationsPerStaff: 20,
      serviceCloseRate: 0.0005,
      groups: 1,
      privateFixedCostDaily: 30,
      referralRate: 0.002,
      pushCapMonthly: 8,
      followerReach: 0.3,
    },
  },
] as const satisfies readonly Preset[];
