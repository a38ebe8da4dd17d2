/**
 * Strategy presets: where the budget goes (docs/sources.md#an-interior-best-budget-split).
 * The two non-default strategies stay near the daily spend of the default (hybrid) scenario,
 * about 4,100 RMB a day in the default market, so that they compare splits of one budget
 * rather than more money against less.
 */
import type { Preset } from './preset.ts';

export const STRATEGY_PRESETS = [
  {
    id: 'public-only',
    family: 'strategy',
    label: { en: 'Public domain only', zh: '纯公域' },
    description: {
      en: 'The public-only strategy (docs/sources.md#an-interior-best-budget-split): all budget on ads, no private-domain operations: no staff, groups, pushes, promotions, referral rewards, group events, fixed or per-member private-domain costs. '
        + 'Assumption: the ad budget (4,100 RMB a day) absorbs what the default scenario spends on its private domain (about 1,100 RMB a day). '
        + 'People may still follow and DM on their own; nobody works them.',
      zh: '纯公域策略（docs/sources.md#an-interior-best-budget-split）：全部预算投广告，不做私域运营：无客服、无社群、无推送、无促销、无推荐奖励、无群活动、无私域固定成本与人均成本。'
        + '假设：广告预算（每天 4,100 元）吸收默认场景的私域开支（每天约 1,100 元）。用户仍可自行关注、私信，但无人运营。',
    },
    overrides: {
      paidBudgetDaily: 4_100,
      staff: 0,
      groups: 0,
      groupInviteRate: 0,
      pushesPerWeek: 0,
      promotionsPerMonth: 0,
      referralReward: 0,
      privateFixedCostDaily: 0,
      memberCostDaily: 0,
      groupEventsPerWeek: 0,
    },
  },
  {
    id: 'hybrid',
    family: 'strategy',
    label: { en: 'Hybrid', zh: '公私域结合' },
    description: {
      en: 'The hybrid strategy (docs/sources.md#an-interior-best-budget-split), which is the schema defaults: 3,000 RMB a day on ads, 2 service staff, 10 groups with 3 events a week, 3 pushes a week, 2 promotion days a month, 10 RMB referral reward. All assumptions.',
      zh: '公私域结合策略（docs/sources.md#an-interior-best-budget-split），即参数默认值：每天 3,000 元广告、2 名客服、10 个群每周 3 次活动、每周 3 次推送、每月 2 个促销日、推荐奖励 10 元。均为假设。',
    },
    overrides: {},
  },
  {
    id: 'private-first',
    family: 'strategy',
    label: { en: 'Private first', zh: '私域优先' },
    description: {
      en: 'The private-first strategy (docs/sources.md#an-interior-best-budget-split): half the ad budget (1,500 RMB a day) moved into the private domain: 4 staff, 30 groups with 4 events a week, staff actively invite to groups and add friends '
        + '(join and DM rates 0.02 a day), referral reward 20 RMB. All assumptions; in the default market it spends about 3,500 RMB a day against 4,100 for the default.',
      zh: '私域优先策略（docs/sources.md#an-interior-best-budget-split）：广告预算减半（每天 1,500 元）投入私域：4 名客服、30 个群每周 4 次活动、客服主动拉群加好友（入群率与私信率每天 0.02）、推荐奖励 20 元。均为假设；在默认市场中每天开支约 3,500 元，默认场景约 4,100 元。',
    },
    overrides: {
      paidBudgetDaily: 1_500,
      staff: 4,
      groups: 30,
      groupEventsPerWeek: 4,
      groupInviteRate: 0.02,
      dmRate: 0.02,
      referralReward: 20,
    },
  },
] as const satisfies readonly Preset[];
