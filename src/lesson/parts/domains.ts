/** The lesson's steps, Part 1: two domains, the path to a repeat buyer, rising public CAC. */
import { presetById } from '../../../models/index.ts';
import { formatMoney, formatNumber, formatPercent, formatRatio } from '../../charts/format.ts';
import { publicOnly, weeklyMeans, last, cacRise } from '../measures.ts';
import type { LessonStep } from '../step.ts';
import { say } from '../text.ts';
import { tx, opt, SMALL } from './common.ts';

export const DOMAINS_STEPS: readonly LessonStep[] = [
  {
    id: 'public-private',
    part: 'domains',
    title: tx('Public and private domains', '公域与私域'),
    explanation: tx(
      'A business reaches people in two kinds of places. In the public domain (公域: feeds, search, marketplaces) the platform owns the audience and every reach is bought again. In the private domain (私域: followers, DMs, fan groups, WeChat contacts) the business can reach people again, nearly free. The strategy: buy exposure once, move people into the private domain, build trust there.',
      '商家在两类地方触达用户。公域（信息流、搜索、电商平台）里，受众归平台所有，每次触达都要重新花钱。私域（粉丝、私信、粉丝群、微信好友）里，商家可以几乎免费地反复触达。策略是：在公域买一次曝光，把人引入私域，在私域建立信任。',
    ),
    question: tx(
      'Two merchants spend about the same each day. One puts it all on ads (public only); the other spends a little less on ads and runs a private domain (hybrid). Which makes more profit in a year?',
      '两个商家每天花费大致相同。一个全部投广告（纯公域），另一个少投一些广告并运营私域（公私域结合）。一年下来谁的利润更高？',
    ),
    options: [
      opt('public', 'All on ads (public only)', '全部投广告（纯公域）'),
      opt('hybrid', 'Hybrid (ads + private domain)', '公私域结合'),
      opt('same', 'About the same (within 10%)', '差不多（相差 10% 以内）'),
    ],
    scenario: SMALL,
    sliders: ['followRate', 'groupInviteRate'],
    variants: (base) => [publicOnly(base)],
    answer: ({ results: [hybrid, pub] }) => {
      const a = hybrid.summary.profit;
      const b = pub.summary.profit;
      if (Math.abs(a - b) <= 0.1 * Math.max(Math.abs(a), Math.abs(b))) return 'same';
      return a > b ? 'hybrid' : 'public';
    },
    reveal: ({ results: [hybrid, pub] }, lang) =>
      say(
        lang,
        `Profit over the year: hybrid ${formatMoney(hybrid.summary.profit, lang)}, public only ${formatMoney(pub.summary.profit, lang)}. The hybrid merchant earned ${formatPercent(hybrid.summary.privateShareOfRevenue, lang)} of its revenue from people in its private domain.`,
        `全年利润：公私域结合 ${formatMoney(hybrid.summary.profit, lang)}，纯公域 ${formatMoney(pub.summary.profit, lang)}。结合型商家 ${formatPercent(hybrid.summary.privateShareOfRevenue, lang)} 的收入来自私域用户。`,
      ),
    chart: {
      kind: 'bars',
      data: ({ results: [hybrid, pub] }) => ({
        yLabel: tx('Profit over the year, RMB', '全年利润（元）'),
        bars: [
          { label: tx('Hybrid', '公私域结合'), value: hybrid.summary.profit, highlight: true },
          { label: tx('Public only', '纯公域'), value: pub.summary.profit },
        ],
      }),
    },
    glossary: ['publicDomain', 'privateDomain', 'commercialDomain'],
  },
  {
    id: 'path',
    part: 'domains',
    title: tx('From exposure to repeat buyer', '从曝光到复购'),
    explanation: tx(
      'A person is exposed in the public domain (an ad, the feed, a friend), may follow (关注), open a one-to-one chat or add the merchant on WeChat, join a fan group, buy, and buy again (复购). At every stage some forget, unfollow or leave. The funnel shows how many moved between stages over a year.',
      '用户先在公域被曝光（广告、推荐、朋友介绍），可能关注、私信或加微信、进粉丝群、购买、再次购买（复购）。每个阶段都有人遗忘、取关或退群。漏斗图显示一年里各阶段之间流动的人数。',
    ),
    question: tx(
      'Of all the leads the merchant acquires in a year, what share ever buy?',
      '一年中获得的全部线索里，有多大比例最终购买过？',
    ),
    options: [
      opt('low', 'Less than 20%', '不到 20%'),
      opt('mid', '20% to 50%', '20% 到 50%'),
      opt('high', 'More than 50%', '超过 50%'),
    ],
    scenario: SMALL,
    sliders: ['followRate', 'groupInviteRate'],
    answer: ({ results: [r] }) => {
      const rate = r.summary.leadToSaleRate ?? 0;
      return rate < 0.2 ? 'low' : rate <= 0.5 ? 'mid' : 'high';
    },
    reveal: ({ results: [r] }, lang) =>
      say(
        lang,
        `${formatNumber(r.summary.customers, lang)} of ${formatNumber(r.summary.leads, lang)} leads bought at least once: ${formatPercent(r.summary.leadToSaleRate, lang)}. Among customers who were ever in a group, ${formatPercent(r.summary.groupRepurchaseRate, lang)} bought again.`,
        `${formatNumber(r.summary.leads, lang)} 条线索中有 ${formatNumber(r.summary.customers, lang)} 人至少购买一次：${formatPercent(r.summary.leadToSaleRate, lang)}。进过群的顾客中，${formatPercent(r.summary.groupRepurchaseRate, lang)} 发生了复购。`,
      ),
    chart: { kind: 'funnel' },
    glossary: ['publicDomain', 'privateDomain', 'repurchase'],
  },
  {
    id: 'rising-cac',
    part: 'domains',
    title: tx('Why public CAC keeps rising', '为什么公域获客成本越来越高'),
    explanation: tx(
      'Ads reach people at random. Early on almost everyone they reach is new; as the market is used up, more of the budget lands on people already reached, so each new lead costs more. E-commerce acquisition cost has passed 100 RMB a customer as user growth stalls. Here the merchant spends only on ads.',
      '广告随机触达人群。起初几乎每个被触达的人都是新人；随着市场被消耗，越来越多预算落在已触达的人身上，每条新线索就更贵。用户增长停滞后，电商获客成本已超过每人 100 元。这里商家只投广告。',
    ),
    question: tx(
      'By the end of the year, what does a paid lead cost compared with the first week?',
      '到年底，一条付费线索的成本与第一周相比如何？',
    ),
    options: [
      opt('same', 'About the same (less than 1.2×)', '差不多（不到 1.2 倍）'),
      opt('more', '1.2× to 2×', '1.2 到 2 倍'),
      opt('much', 'More than 2×', '超过 2 倍'),
    ],
    scenario: { ...SMALL, ...presetById('public-only')?.overrides },
    sliders: ['cacElasticity', 'paidBudgetDaily'],
    answer: ({ results: [r] }) => {
      const ratio = cacRise(r);
      return !(ratio >= 1.2) ? 'same' : ratio <= 2 ? 'more' : 'much';
    },
    reveal: ({ results: [r] }, lang) => {
      const weeks = weeklyMeans(r.series.effectiveCac);
      return say(
        lang,
        `A paid lead cost ${formatMoney(weeks.y[0], lang)} in the first week and ${formatMoney(last(weeks.y), lang)} in the last week with paid leads (${formatRatio(cacRise(r), lang)}). By then ${formatPercent(r.summary.leads / r.params.population, lang)} of the market had already been reached once.`,
        `第一周付费线索成本 ${formatMoney(weeks.y[0], lang)}，最后一个有付费线索的周为 ${formatMoney(last(weeks.y), lang)}（${formatRatio(cacRise(r), lang)}）。此时市场中已有 ${formatPercent(r.summary.leads / r.params.population, lang)} 的人被触达过。`,
      );
    },
    chart: {
      kind: 'line',
      data: ({ results: [r] }) => {
        const weeks = weeklyMeans(r.series.effectiveCac);
        return {
          xLabel: tx('Day', '天'),
          yLabel: tx('Cost per paid lead, RMB (weekly mean)', '付费线索成本（元，周均）'),
          series: [{ label: tx('Cost per paid lead', '付费线索成本'), x: weeks.x, y: weeks.y }],
        };
      },
    },
    glossary: ['commercialDomain', 'cac', 'publicDomain'],
    check: {
      question: tx('Why does a lead bought in the public domain get dearer over time?', '为什么公域买来的线索会越来越贵？'),
      options: [
        opt('fee', 'The platform raises its prices every month', '平台每月涨价'),
        opt('pool', 'The pool of people not yet reached shrinks, so each ad finds fewer new people', '未触达的人越来越少，每次投放找到的新人更少'),
        opt('unfollow', 'Followers unfollow', '粉丝取关'),
      ],
      correct: 'pool',
      feedback: tx(
        'In this model the price of an impression is fixed; what rises is the share of spend that lands on people already reached. That is why the private domain, where reaching them again is free, pays off.',
        '在本模型中曝光单价不变，上升的是落在已触达人群上的花费比例。正因如此，能免费再次触达的私域才划算。',
      ),
    },
  },
];
