/** The lesson's steps, Part 4: CAC, CLV and ROI by cohort; the operating modes; a seed case. */
import { MODE_PRESETS, presetById, validateParams, type Params } from '../../../models/index.ts';
import { formatMoney, formatPercent, formatRatio } from '../../charts/format.ts';
import { publicOnly, argmax, paidCohort, paidPaybackSlice, modeLift } from '../measures.ts';
import type { LessonStep } from '../step.ts';
import { say } from '../text.ts';
import { tx, opt, DEFAULT_MARKET, SMALL } from './common.ts';

export const MONEY_STEPS: readonly LessonStep[] = [
  {
    id: 'cohorts',
    part: 'money',
    title: tx('CAC, CLV and ROI by cohort', '按同期群看 CAC、CLV 与 ROI'),
    explanation: tx(
      'CAC = C / M is what a lead cost to acquire; CLV = R / M is the revenue a cohort (同期群, leads acquired together) has brought per lead by a time slice: 1 week, 1 month, 2, 3 and 6 months (the first-order slice is per buyer); ROI = CLV / CAC, the sources\' revenue ROI. It leaves out the cost of goods and of running the private domain: the explorer\'s headline ROI is margin over both. The table shows revenue ROI for each channel and acquisition week.',
      'CAC = C / M 是获取一条线索的成本；CLV = R / M 是一个同期群（同一批获得的线索）到某个时间切片为止每条线索带来的收入：1 周、1 月、2 月、3 月、半年（首单切片按买家计）；ROI = CLV / CAC，即资料中的收入 ROI。它不计商品成本和私域运营成本：探索页的主 ROI 是毛利 ÷ 两者之和。表格显示各渠道、各获客周的收入 ROI。',
    ),
    question: tx(
      'For leads bought with ads (the paid cohort), by when does revenue ROI first pass 1?',
      '对于投广告获得的线索（付费同期群），收入 ROI 何时首次超过 1？',
    ),
    options: [
      opt('week', 'By the first order or the first week', '首单或第一周内'),
      opt('months', 'By 1 or 2 months', '1 或 2 个月内'),
      opt('half', 'By 3 or 6 months', '3 或 6 个月内'),
      opt('never', 'Not within half a year', '半年内不会'),
    ],
    scenario: DEFAULT_MARKET,
    sliders: ['orderValue', 'purchaseRate'],
    answer: ({ results: [r] }) => {
      const slice = paidPaybackSlice(r);
      return slice === 'first' || slice === 'd7' ? 'week' : slice === 'd30' || slice === 'd60' ? 'months' : slice === 'd90' || slice === 'd180' ? 'half' : 'never';
    },
    reveal: ({ results: [r] }, lang) => {
      const paid = paidCohort(r);
      const roi = paid?.roi;
      return say(
        lang,
        `Paid cohort: CAC ${formatMoney(paid?.cacPerLead, lang)} a lead (${formatMoney(paid?.cacPerCustomer, lang)} a customer); revenue ROI ${formatRatio(roi?.d30, lang)} at 1 month, ${formatRatio(roi?.d90, lang)} at 3 months, ${formatRatio(roi?.d180, lang)} at 6 months; margin ROI, fully loaded, ${formatRatio(paid?.roiMargin.d180, lang)} at 6 months.`,
        `付费同期群：CAC 每条线索 ${formatMoney(paid?.cacPerLead, lang)}（每位客户 ${formatMoney(paid?.cacPerCustomer, lang)}）；收入 ROI 1 个月 ${formatRatio(roi?.d30, lang)}，3 个月 ${formatRatio(roi?.d90, lang)}，6 个月 ${formatRatio(roi?.d180, lang)}；全成本毛利 ROI 6 个月 ${formatRatio(paid?.roiMargin.d180, lang)}。`,
      );
    },
    chart: { kind: 'cohorts' },
    glossary: ['cac', 'clv', 'roi', 'repurchase'],
  },
  {
    id: 'modes',
    part: 'money',
    title: tx('Four operating modes: which products suit a private domain', '四种运营模式：哪些产品适合做私域'),
    explanation: tx(
      'The sources name four modes: interest community (fashion, beauty, travel), knowledge expert (mother-and-baby, courses, premium skincare), exclusive advisor (luxury, cars, home) and shopping counsellor (food, household, daily goods). Each is run twice on the same market: with a private domain, and on ads only.',
      '资料给出四种模式：兴趣同好（服饰、美妆、旅游）、知识专家（母婴、课程、高端护肤）、专属顾问（奢侈品、汽车、家居）和购物参谋（食品、家清、日用品）。每种模式在同一市场各运行两次：做私域，以及只投广告。',
    ),
    question: tx(
      'For which product does running a private domain multiply revenue the most, compared with ads only?',
      '与只投广告相比，哪种产品做私域后收入的倍数最大？',
    ),
    options: MODE_PRESETS.map((mode) => ({ id: mode.id, text: mode.label })),
    scenario: SMALL,
    sliders: ['followerReach'],
    variants: (base) => {
      const runs: Params[] = [];
      for (const mode of MODE_PRESETS) {
        const withMode = validateParams({ ...mode.overrides }, base);
        runs.push(withMode, publicOnly(withMode));
      }
      return runs;
    },
    answer: (run) => MODE_PRESETS[argmax(modeLift(run))].id,
    reveal: (run, lang) =>
      MODE_PRESETS.map((mode, i) => `${mode.label[lang]} ${formatRatio(modeLift(run)[i], lang)}`).join(say(lang, '; ', '；'))
      + say(lang, ' (revenue with a private domain ÷ revenue on ads only).', '（做私域的收入 ÷ 只投广告的收入）。'),
    chart: {
      kind: 'bars',
      data: (run) => {
        const lift = modeLift(run);
        const best = argmax(lift);
        return {
          yLabel: tx('Revenue with a private domain ÷ ads only', '做私域收入 ÷ 只投广告收入'),
          ratio: true,
          bars: MODE_PRESETS.map((mode, i) => ({ label: mode.label, value: lift[i], highlight: i === best })),
        };
      },
    },
    glossary: ['privateDomain', 'repurchase', 'clv'],
  },
  {
    id: 'luzhou-laojiao',
    part: 'money',
    title: tx('A case: Luzhou Laojiao (泸州老窖)', '案例：泸州老窖'),
    explanation: tx(
      'The liquor maker built an account matrix of 3 million fans on Douyin; fans bring over 83% of its live-stream GMV, and 70% of its group members buy again. The case preset runs here at real scale: a market of 30 million people with 3 million existing fans and 40 groups of 500, each agent standing for 300 people.',
      '这家白酒企业在抖音建立了 300 万粉丝的账号矩阵；粉丝贡献了 83% 以上的直播 GMV，群成员复购率达 70%。这里按真实规模运行案例预设：3,000 万人的市场、300 万名已有粉丝、40 个 500 人的群，每个智能体代表 300 人。',
    ),
    question: tx(
      'In the simulated case, of the group members who buy within 90 days of joining, what share order again in those 90 days?',
      '在模拟的案例中，入群后 90 天内购买过的群成员里，有多大比例在这 90 天内再次下单？',
    ),
    options: [
      opt('low', 'Less than 30%', '不到 30%'),
      opt('mid', '30% to 60%', '30% 到 60%'),
      opt('high', 'More than 60%', '超过 60%'),
    ],
    // The case at its own agent weight (100,000 agents of 300 people): its 20,000 group seats
    // are 66 agents. A heavier weight leaves a handful of seats, and the group repurchase rate
    // of a handful of agents is chance (25% or 60% by seed at 3,000 people an agent).
    scenario: { ...presetById('luzhou-laojiao')?.overrides },
    sliders: ['stageMultGroup', 'groupInviteRate'],
    answer: ({ results: [r] }) => {
      const rate = r.summary.groupRepurchaseRate ?? 0;
      return rate < 0.3 ? 'low' : rate <= 0.6 ? 'mid' : 'high';
    },
    reveal: ({ results: [r] }, lang) =>
      say(
        lang,
        `Group repurchase ${formatPercent(r.summary.groupRepurchaseRate, lang)} (the source reports 70%); ${formatPercent(r.summary.privateShareOfRevenue, lang)} of revenue came from orders the private domain triggered (the source: fans bring over 83% of live-stream GMV).`,
        `群成员复购率 ${formatPercent(r.summary.groupRepurchaseRate, lang)}（资料报道为 70%）；${formatPercent(r.summary.privateShareOfRevenue, lang)} 的收入来自私域促成的订单（资料：粉丝贡献 83% 以上的直播 GMV）。`,
      ),
    chart: { kind: 'stages' },
    glossary: ['repurchase', 'privateDomain', 'trueLove'],
    check: {
      question: tx('Which product suits a private domain least?', '哪种产品最不适合做私域？'),
      options: [
        opt('refill', 'A skincare line customers refill every month', '顾客每月回购的护肤品'),
        opt('gadget', 'A cheap one-off gadget bought on impulse', '冲动购买、只买一次的廉价小商品'),
        opt('cars', 'A car dealer with after-sales service and referrals', '有售后服务和转介绍的汽车经销商'),
      ],
      correct: 'gadget',
      feedback: tx(
        'A private domain pays through repeat purchases, referrals and high value per customer. A cheap one-off product has none of them: its trade stays in the public domain.',
        '私域靠复购、转介绍和高客单价赚钱。只买一次的廉价商品三者都没有，更适合留在公域。',
      ),
    },
  },
];
