/**
 * The four operating modes of the sources' "choose by product" table
 * (docs/sources.md#four-operating-modes). The table gives each mode's driver and product
 * traits (price, frequency, margin, loyalty); the numbers that express those traits — the
 * need state (first-purchase odds, repeat frequency, the repurchase gap), price, margin, trust
 * sensitivity and sharing — are our assumptions.
 */
import type { Preset } from './preset.ts';

export const MODE_PRESETS = [
  {
    id: 'interest',
    family: 'mode',
    label: { en: 'Interest community', zh: '兴趣同好' },
    description: {
      en: 'Fashion, mass beauty, travel: driven by scenes and shared interests. From the sources (docs/sources.md#four-operating-modes): social, many SKUs, fast iteration, high margin. '
        + 'Assumptions: a repeat purchase about every five to six months for a plain follower (0.006 a day, at least 14 days apart; warm fans and groups buy more often), '
        + '150 RMB orders at 55% margin, moderate trust sensitivity (0.6), high sharing (referral rate 0.02 a day) and groups that sell well (group multiplier 2.5).',
      zh: '服饰、大众美妆、旅游：场景与兴趣驱动。资料（docs/sources.md#four-operating-modes）：社交属性强、SKU 多、迭代快、高毛利。'
        + '假设：普通粉丝约五六个月复购一次（每天 0.006，间隔至少 14 天；热粉与群成员更频繁）、客单价 150 元、毛利 55%、信任敏感度中等（0.6）、分享意愿高（推荐率每天 0.02）、社群带货强（群成员倍数 2.5）。',
    },
    overrides: {
      firstPurchaseRate: 0.003,
      purchaseRate: 0.006,
      minRepurchaseGapDays: 14,
      orderValue: 150,
      grossMargin: 0.55,
      trustSensitivity: 0.6,
      referralRate: 0.02,
      stageMultGroup: 2.5,
    },
  },
  {
    id: 'expert',
    family: 'mode',
    label: { en: 'Knowledge expert', zh: '知识专家' },
    description: {
      en: 'Mother-and-baby, education courses, premium skincare: driven by topics and know-how. From the sources (docs/sources.md#four-operating-modes): strong topics, deep single field, high margin. '
        + 'Assumptions: a repeat purchase about once a year for a plain follower (0.003 a day, at least 30 days apart), first orders a little harder to win (0.002 a day), '
        + '400 RMB orders at 60% margin, high trust sensitivity (0.9), referral rate 0.01 a day, one-to-one consultation that sells (contact multiplier 2) and few buys straight from an ad (exposed multiplier 0.15).',
      zh: '母婴、教育课程、高端护肤：话题与专业知识驱动。资料（docs/sources.md#four-operating-modes）：话题性强、单一领域深、高毛利。'
        + '假设：普通粉丝约一年复购一次（每天 0.003，间隔至少 30 天）、首单略难（每天 0.002）、客单价 400 元、毛利 60%、信任敏感度高（0.9）、推荐率每天 0.01、一对一咨询促成交易（好友倍数 2）、看广告直接下单者少（曝光倍数 0.15）。',
    },
    overrides: {
      firstPurchaseRate: 0.002,
      purchaseRate: 0.003,
      minRepurchaseGapDays: 30,
      orderValue: 400,
      grossMargin: 0.6,
      trustSensitivity: 0.9,
      referralRate: 0.01,
      stageMultContact: 2,
      stageMultExposed: 0.15,
    },
  },
  {
    id: 'advisor',
    family: 'mode',
    label: { en: 'Exclusive advisor', zh: '专属顾问' },
    description: {
      en: 'Luxury, cars, home furnishing: driven by friend-like one-to-one service. From the sources (docs/sources.md#four-operating-modes): high premium, clear preferences, experience, loyalty. '
        + 'Assumptions: high-ticket and one-off (no repeat purchase within the horizon: repeat odds 0, at least 730 days apart), about 1% of leads buy (first-purchase odds 0.00005 a day), '
        + '20,000 RMB orders at 20% margin, trust decides everything (sensitivity 1), contacts buy 3× followers, groups do not sell by themselves (multiplier 1), '
        + 'almost nobody buys from an ad or a push (exposed multiplier 0.05, 0.0001 orders a touch), referral rate 0.005 a day, '
        + 'and long advisory conversations (20 a staff member a day, 0.5% close a sale).',
      zh: '奢侈品、汽车、家居：一对一朋友式服务驱动。资料（docs/sources.md#four-operating-modes）：高溢价、偏好明确、重体验、忠诚度高。'
        + '假设：高客单、一次性购买（周期内不复购：复购概率 0，间隔至少 730 天），约 1% 的线索成交（首购概率每天 0.00005）、客单价 20,000 元、毛利 20%、信任决定一切（敏感度 1）、好友购买为粉丝的 3 倍、社群本身不带货（倍数 1）、'
        + '几乎无人看广告或推送直接购买（曝光倍数 0.05，每次触达 0.0001 单）、推荐率每天 0.005、顾问式长对话（每人每天 20 次，成交率 0.5%）。',
    },
    overrides: {
      firstPurchaseRate: 0.00005,
      purchaseRate: 0,
      minRepurchaseGapDays: 730,
      orderValue: 20_000,
      grossMargin: 0.2,
      trustSensitivity: 1,
      stageMultContact: 3,
      stageMultGroup: 1,
      stageMultExposed: 0.05,
      touchConversion: 0.0001,
      referralRate: 0.005,
      conversationsPerStaff: 20,
      serviceCloseRate: 0.005,
    },
  },
  {
    id: 'counsellor',
    family: 'mode',
    label: { en: 'Shopping counsellor', zh: '购物参谋' },
    description: {
      en: 'Food and drink, household care, daily goods: driven by promotions and deals. From the sources (docs/sources.md#four-operating-modes): low price, high frequency, fast response, impulse buys. '
        + 'Assumptions: frequent repeat purchases (0.02 a day for a plain follower, about every seven weeks, at least 5 days apart), first orders easy to win (0.004 a day), '
        + '50 RMB orders at 30% margin, low trust sensitivity (0.4), strong coupon pull (10× per unit depth) on 4 promotion days a month, impulse buys from ads and pushes '
        + '(exposed multiplier 0.6, 0.004 orders a touch), group-buy sharing (referral rate 0.015 a day).',
      zh: '食品饮料、家清日化、日用品：促销与优惠驱动。资料（docs/sources.md#four-operating-modes）：低价、高频、快速响应、冲动消费。'
        + '假设：高频复购（普通粉丝每天 0.02，约七周一次，间隔至少 5 天）、首单容易（每天 0.004）、客单价 50 元、毛利 30%、信任敏感度低（0.4）、优惠拉动强（每单位力度 10 倍）、每月 4 个促销日、看广告和推送冲动下单（曝光倍数 0.6，每次触达 0.004 单）、拼团分享（推荐率每天 0.015）。',
    },
    overrides: {
      firstPurchaseRate: 0.004,
      purchaseRate: 0.02,
      minRepurchaseGapDays: 5,
      orderValue: 50,
      grossMargin: 0.3,
      trustSensitivity: 0.4,
      couponUplift: 10,
      promotionsPerMonth: 4,
      stageMultExposed: 0.6,
      touchConversion: 0.004,
      referralRate: 0.015,
    },
  },
] as const satisfies readonly Preset[];
