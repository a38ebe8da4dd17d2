/**
 * Strategy presets: where the budget goes (docs/model.md#budget-split; the sources' claim that
 * the best split is interior: docs/sources.md#an-interior-best-budget-split). The two non-default
 * strategies spend what the default (hybrid) scenario budgets a day, about 4,750 RMB: ads
 * 3,000 plus private-domain operations 1,750 (2 staff 600, 10 groups' events 640, pushes
 * 210, the fixed cost 300), so that they compare splits of one budget rather than more money
 * against less. Outcome-driven costs (referral rewards, per-member tools) come on top.
 */
import type { Preset } from './preset.ts';

export const STRATEGY_PRESETS = [
  {
    id: 'public-only',
    family: 'strategy',
    label: { en: 'Public domain only', zh: '纯公域' },
    description: {
      en: 'All budget on ads (docs/sources.md#an-interior-best-budget-split), no private-domain operations: no staff (so no one-to-one contacts), no groups, pushes or promotions, no referral rewards, no fixed or per-member private-domain costs. '
        + 'Assumption: the ad budget (4,750 RMB a day) absorbs what the default scenario budgets for its private domain (1,750 RMB a day). '
        + 'People may still follow on their own; nobody works them, so no order is attributed to the private domain.',
      zh: '全部预算投广告（docs/sources.md#an-interior-best-budget-split），不做私域运营：无客服（因而无一对一好友）、无社群、无推送、无促销、无推荐奖励、无私域固定成本与人均成本。'
        + '假设：广告预算（每天 4,750 元）吸收默认场景的私域预算（每天 1,750 元）。用户仍可自行关注，但无人运营，没有订单归因于私域。',
    },
    overrides: {
      paidBudgetDaily: 4_750,
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
      en: 'The schema defaults (docs/sources.md#an-interior-best-budget-split): 3,000 RMB a day on ads, 2 service staff, 10 groups with 3 events a week, 3 pushes a week within Douyin\'s 8 a month, 2 promotion days a month, a 10 RMB referral reward paid on the referred person\'s first order. All assumptions.',
      zh: '即参数默认值（docs/sources.md#an-interior-best-budget-split）：每天 3,000 元广告、2 名客服、10 个群每周 3 次活动、每周 3 次推送（受抖音每月 8 次限制）、每月 2 个促销日、被推荐人首单后支付 10 元推荐奖励。均为假设。',
    },
    overrides: {},
  },
  {
    id: 'private-first',
    family: 'strategy',
    label: { en: 'Private first', zh: '私域优先' },
    description: {
      en: 'Half the ad budget (1,500 of 3,000 RMB a day; docs/sources.md#an-interior-best-budget-split) moved into the private domain: 4 staff, 24 groups with 3 events a week, staff actively invite to groups and add friends '
        + '(join and DM rates 0.02 a day), referral reward 20 RMB. All assumptions; it budgets about the same 4,750 RMB a day as the default.',
      zh: '广告预算减半（每天 3,000 元中的 1,500 元；docs/sources.md#an-interior-best-budget-split）投入私域：4 名客服、24 个群每周 3 次活动、客服主动拉群加好友（入群率与私信率每天 0.02）、推荐奖励 20 元。均为假设；每日预算与默认场景相同，约 4,750 元。',
    },
    overrides: {
      paidBudgetDaily: 1_500,
      staff: 4,
      groups: 24,
      groupInviteRate: 0.02,
      dmRate: 0.02,
      referralReward: 20,
    },
  },
] as const satisfies readonly Preset[];
