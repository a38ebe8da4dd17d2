/**
 * Every user-facing string the charts show, in English and Simplified Chinese. One table so
 * that a missing translation is a type error (`zh` must have the shape of `en`).
 */
import {
  CHANNELS,
  type Channel,
  type Cohort,
  type LtvCurve,
  type SpendCategory,
  type Slice,
  type Stage,
  type Tier,
} from '../../models/output/contract.ts';
import type { Lang } from './format.ts';

export interface ChartLabels {
  stage: Record<Stage, string>;
  /** Target node of a return flow in the Sankey (a step back to a shallower stage). */
  stageReturn: Record<Stage, string>;
  tier: Record<Tier, string>;
  channel: Record<Channel | 'all', string>;
  spend: Record<SpendCategory, string>;
  slice: Record<Slice, string>;
  scenario: { a: string; b: string };
  axis: {
    daysSinceAcquisition: string;
    perLeadRmb: string;
    day: string;
    people: string;
    rmbPerWeek: string;
    rmbCumulative: string;
  };
  ltv: {
    title: string;
    revenue: string;
    margin: string;
    cac: string;
    /** The margin view's cost line: CAC per lead plus the operating cost per lead so far. */
    costMargin: string;
    /** The margin view's cost line, labelled at its end with its value there. */
    costMarginShort: string;
    payback: string;
    band: string;
    twin: string;
    simulated: string;
    age: (days: number) => string;
  };
  stageArea: { titleStages: string; titleTiers: string; total: string };
  sankey: { title: string; flow: string; people: string; instructions: string };
  money: {
    title: string;
    spend: string;
    revenue: string;
    margin: string;
    profit: string;
    breakEven: string;
    week: (index: number, firstDay: number, lastDay: number, partial: boolean) => string;
    profitTitle: string;
  };
  cohort: {
    title: string;
    cohort: string;
    size: string;
    cac: string;
    cacCustomer: string;
    /** What a cohort that cost nothing to acquire shows for its CAC. */
    free: string;
    clv: string;
    clvMargin: string;
    roi: string;
    roiMargin: string;
    repurchase: string;
    payback: string;
    week: (startDay: number) => string;
    channelGroup: string;
    weekGroup: string;
    none: string;
  };
  readout: { instructions: string };
}

const en: ChartLabels = {
  stage: {
    unaware: 'unaware',
    exposed: 'exposed',
    follower: 'follower',
    contact: 'contact',
    group: 'group member',
    lapsed: 'lapsed',
  },
  stageReturn: {
    unaware: 'unaware (forgot)',
    exposed: 'exposed (came back)',
    follower: 'follower (stepped back)',
    contact: 'contact (left group)',
    group: 'group member (rejoined)',
    lapsed: 'lapsed',
  },
  tier: { passerby: 'passer-by', affinity: 'affinity', trueLove: 'true love' },
  channel: {
    paid: 'paid',
    organic: 'organic',
    referral: 'referral',
    offline: 'offline',
    existing: 'existing',
    all: 'all channels',
  },
  spend: {
    ads: 'ads',
    referral: 'referral rewards',
    offline: 'scan incentives',
    content: 'content',
    groups: 'group events',
    staff: 'staff',
    members: 'per-member tools',
    fixed: 'fixed costs',
  },
  slice: {
    first: 'first order (per buyer)',
    d7: '7 days',
    d30: '30 days',
    d60: '60 days',
    d90: '90 days',
    d180: '180 days',
    d365: '365 days',
  },
  scenario: { a: 'A', b: 'B' },
  axis: {
    daysSinceAcquisition: 'days since acquisition',
    perLeadRmb: '¥ per lead (cumulative)',
    day: 'day',
    people: 'people',
    rmbPerWeek: '¥ per week',
    rmbCumulative: '¥ cumulative',
  },
  ltv: {
    title: 'Lifetime value per lead',
    revenue: 'revenue',
    margin: 'gross margin',
    cac: 'CAC per lead',
    costMargin: 'CAC + operating cost per lead',
    costMarginShort: 'full cost per lead',
    payback: 'payback',
    band: '95% interval',
    twin: 'expected value',
    simulated: 'simulated',
    age: (days) => `${days} days after acquisition`,
  },
  stageArea: { titleStages: 'People by stage', titleTiers: 'Private-domain people by fan tier', total: 'total' },
  sankey: {
    title: 'Flows between stages',
    flow: 'flow',
    people: 'people',
    instructions: 'Use the arrow keys to step through the flows.',
  },
  money: {
    title: 'Spend, revenue and margin per week',
    spend: 'spend',
    revenue: 'revenue',
    margin: 'margin',
    profit: 'cumulative profit',
    breakEven: 'break-even',
    week: (index, first, last, partial) =>
      `week ${index + 1} (days ${first}–${last}${partial ? ', partial' : ''})`,
    profitTitle: 'Cumulative profit',
  },
  cohort: {
    title: 'Cohorts',
    cohort: 'cohort',
    size: 'leads M',
    cac: 'CAC / lead',
    cacCustomer: 'CAC / customer',
    free: 'free',
    clv: 'CLV (revenue)',
    clvMargin: 'CLV (gross margin)',
    roi: 'ROI (revenue)',
    roiMargin: 'ROI (margin, fully loaded)',
    repurchase: 'repurchase ≤ 90 days',
    payback: 'payback day (margin)',
    week: (startDay) => `week from day ${startDay}`,
    channelGroup: 'by channel',
    weekGroup: 'by acquisition week',
    none: 'no cohorts',
  },
  readout: { instructions: 'Use the left and right arrow keys to move the read-out.' },
};

const zh: ChartLabels = {
  stage: {
    unaware: '未触达',
    exposed: '已曝光',
    follower: '粉丝',
    contact: '好友',
    group: '群成员',
    lapsed: '已流失',
  },
  stageReturn: {
    unaware: '未触达（遗忘）',
    exposed: '已曝光（回流）',
    follower: '粉丝（回落）',
    contact: '好友（退群）',
    group: '群成员（重新入群）',
    lapsed: '已流失',
  },
  tier: { passerby: '路人粉', affinity: '好感粉', trueLove: '真爱粉' },
  channel: {
    paid: '付费/商域',
    organic: '自然',
    referral: '推荐/裂变',
    offline: '线下',
    existing: '存量',
    all: '全部渠道',
  },
  spend: {
    ads: '广告投放',
    referral: '裂变奖励',
    offline: '扫码激励',
    content: '内容制作',
    groups: '社群活动',
    staff: '运营人力',
    members: '会员工具',
    fixed: '固定成本',
  },
  slice: {
    first: '首单（每位买家）',
    d7: '7天',
    d30: '30天',
    d60: '60天',
    d90: '90天',
    d180: '180天',
    d365: '365天',
  },
  scenario: { a: 'A', b: 'B' },
  axis: {
    daysSinceAcquisition: '获客后天数',
    perLeadRmb: '每条线索累计金额（¥）',
    day: '天',
    people: '人数',
    rmbPerWeek: '每周金额（¥）',
    rmbCumulative: '累计金额（¥）',
  },
  ltv: {
    title: '每条线索的生命周期价值',
    revenue: '收入',
    margin: '毛利',
    cac: '单条线索获客成本',
    costMargin: '获客成本 + 每条线索运营成本',
    costMarginShort: '单条线索全成本',
    payback: '回本',
    band: '95% 区间',
    twin: '期望值',
    simulated: '模拟值',
    age: (days) => `获客后第${days}天`,
  },
  stageArea: { titleStages: '各阶段人数', titleTiers: '私域人群的粉丝层级', total: '合计' },
  sankey: {
    title: '阶段间流转',
    flow: '流转',
    people: '人',
    instructions: '用方向键逐条查看流转。',
  },
  money: {
    title: '每周投入、收入与毛利',
    spend: '投入',
    revenue: '收入',
    margin: '毛利',
    profit: '累计利润',
    breakEven: '盈亏平衡',
    week: (index, first, last, partial) =>
      `第${index + 1}周（第${first}–${last}天${partial ? '，不满一周' : ''}）`,
    profitTitle: '累计利润',
  },
  cohort: {
    title: '同期群',
    cohort: '同期群',
    size: '线索数 M',
    cac: '获客成本/线索',
    cacCustomer: '获客成本/客户',
    free: '免费',
    clv: 'CLV（收入）',
    clvMargin: 'CLV（毛利）',
    roi: 'ROI（收入）',
    roiMargin: 'ROI（毛利，全成本）',
    repurchase: '90 天复购率',
    payback: '回本天数（毛利）',
    week: (startDay) => `第${startDay}天起的一周`,
    channelGroup: '按渠道',
    weekGroup: '按获客周',
    none: '没有同期群',
  },
  readout: { instructions: '用左右方向键移动读数。' },
};

/** The chart strings, by language. */
export const LABELS: Record<Lang, ChartLabels> = { en, zh };

/** The strings for one language. */
export function labelsFor(lang: Lang): ChartLabels {
  return LABELS[lang];
}

function channelName(key: string, l: ChartLabels): string | null {
  if (key === 'all') return l.channel.all;
  return (CHANNELS as readonly string[]).includes(key) ? l.channel[key as Channel] : null;
}

/** The name of an LTV curve: its channel for a channel curve, otherwise its key. */
export function ltvCurveLabel(curve: Pick<LtvCurve, 'key' | 'kind'>, lang: Lang): string {
  return channelName(curve.key, LABELS[lang]) ?? curve.key;
}

/** The row name of a cohort: its channel, or the week it was acquired in. */
export function cohortLabel(cohort: Pick<Cohort, 'key' | 'kind' | 'channel' | 'startDay'>, lang: Lang): string {
  const l = LABELS[lang];
  if (cohort.kind === 'channel') return channelName(cohort.channel, l) ?? cohort.key;
  return cohort.startDay === null ? cohort.key : l.cohort.week(cohort.startDay);
}
