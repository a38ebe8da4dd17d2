/** The lesson's steps, Part 1: two domains, the path to a repeat buyer, rising public CAC. */
import { presetById } from '../../../models/index.ts';
import { formatMoney, formatNumber, formatPercent, formatRatio } from '../../charts/format.ts';
import { publicOnly, weeklyPaidCac, last, cacRise, sum } from '../measures.ts';
import type { LessonStep } from '../step.ts';
import { say } from '../text.ts';
import { tx, opt, DEFAULT_MARKET } from './common.ts';

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
    scenario: DEFAULT_MARKET,
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
        `Profit over the year: hybrid ${formatMoney(hybrid.summary.profit, lang)}, public only ${formatMoney(pub.summary.profit, lang)}. ${formatPercent(hybrid.summary.privateShareOfRevenue, lang)} of the hybrid merchant's revenue came from orders its private domain triggered (a push, promotion, group event or conversation in the ${hybrid.params.attributionDays} days before); the public-only merchant's share is ${formatPercent(pub.summary.privateShareOfRevenue, lang)}.`,
        `全年利润：公私域结合 ${formatMoney(hybrid.summary.profit, lang)}，纯公域 ${formatMoney(pub.summary.profit, lang)}。结合型商家 ${formatPercent(hybrid.summary.privateShareOfRevenue, lang)} 的收入来自私域促成的订单（下单前 ${hybrid.params.attributionDays} 天内有推送、促销、群活动或对话）；纯公域商家的这一比例为 ${formatPercent(pub.summary.privateShareOfRevenue, lang)}。`,
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
      opt('low', 'Less than 10%', '不到 10%'),
      opt('mid', '10% to 30%', '10% 到 30%'),
      opt('high', 'More than 30%', '超过 30%'),
    ],
    scenario: DEFAULT_MARKET,
    sliders: ['followRate', 'groupInviteRate'],
    answer: ({ results: [r] }) => {
      const rate = r.summary.leadToSaleRate ?? 0;
      return rate < 0.1 ? 'low' : rate <= 0.3 ? 'mid' : 'high';
    },
    reveal: ({ results: [r] }, lang) =>
      say(
        lang,
        `${formatNumber(r.summary.newCustomers, lang)} of ${formatNumber(r.summary.leads, lang)} leads bought at least once: ${formatPercent(r.summary.leadToSaleRate, lang)} (a person reached again counts as a lead again). Of the group members who bought within 90 days of joining, ${formatPercent(r.summary.groupRepurchaseRate, lang)} ordered again in those 90 days.`,
        `${formatNumber(r.summary.leads, lang)} 条线索中有 ${formatNumber(r.summary.newCustomers, lang)} 条至少购买一次：${formatPercent(r.summary.leadToSaleRate, lang)}（再次触达的人重新计为线索）。入群后 90 天内购买过的群成员中，${formatPercent(r.summary.groupRepurchaseRate, lang)} 在这 90 天内再次下单。`,
      ),
    chart: { kind: 'funnel' },
    glossary: ['publicDomain', 'privateDomain', 'repurchase'],
  },
  {
    id: 'rising-cac',
    part: 'domains',
    title: tx('Why public CAC keeps rising', '为什么公域获客成本越来越高'),
    explanation: tx(
      'Ads reach people at random. Early on almost everyone they reach is new; as the market is used up, more of the budget lands on people already reached, so each new lead costs more. E-commerce acquisition cost has passed 100 RMB a customer as user growth stalls. Here the merchant spends only on ads, in a niche market of 100,000 people its budget can use up within the year.',
      '广告随机触达人群。起初几乎每个被触达的人都是新人；随着市场被消耗，越来越多预算落在已触达的人身上，每条新线索就更贵。用户增长停滞后，电商获客成本已超过每人 100 元。这里商家只投广告，市场是 10 万人的细分市场，一年的预算足以把它用尽。',
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
    // A niche market of 100,000 people (20,000 agents of 5): the default market of a million is
    // too large for this budget to deplete in a year, and the cost would barely move.
    scenario: { ...presetById('public-only')?.overrides, population: 100_000, agentWeight: 5 },
    sliders: ['cacElasticity', 'paidBudgetDaily'],
    answer: ({ results: [r] }) => {
      const ratio = cacRise(r);
      return !(ratio >= 1.2) ? 'same' : ratio <= 2 ? 'more' : 'much';
    },
    reveal: ({ results: [r] }, lang) => {
      const weeks = weeklyPaidCac(r);
      return say(
        lang,
        `A paid lead cost ${formatMoney(weeks.y[0], lang)} in the first week and ${formatMoney(last(weeks.y), lang)} in the last week with paid leads (${formatRatio(cacRise(r), lang)}). Over the year the ads brought ${formatNumber(sum(r.series.leads.paid), lang)} leads in a market of ${formatNumber(r.params.population, lang)} people.`,
        `第一周付费线索成本 ${formatMoney(weeks.y[0], lang)}，最后一个有付费线索的周为 ${formatMoney(last(weeks.y), lang)}（${formatRatio(cacRise(r), lang)}）。全年广告在 ${formatNumber(r.params.population, lang)} 人的市场中带来 ${formatNumber(sum(r.series.leads.paid), lang)} 条线索。`,
      );
    },
    chart: {
      kind: 'line',
      data: ({ results: [r] }) => {
        const weeks = weeklyPaidCac(r);
        return {
          xLabel: tx('Day', '天'),
          yLabel: tx('Cost per paid lead, RMB (ad spend ÷ paid leads, by week)', '付费线索成本（元，每周广告支出 ÷ 付费线索）'),
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
        'In this model the platform\'s prices do not change; what rises is the cost of finding someone not yet reached, as fewer are left (the CAC elasticity sets how fast). That is why the private domain, where reaching them again is nearly free, pays off.',
        '在本模型中平台价格不变，上升的是找到尚未触达者的成本：这样的人越少越贵（获客成本弹性决定上升速度）。正因如此，几乎能免费再次触达的私域才划算。',
      ),
    },
  },
];
