/**
 * The lesson, as data: one object per step. Each step asks a question, lets the learner
 * predict (multiple choice), runs the model on its scenario (and variants, for a sweep or a
 * comparison), and picks the right option from the numbers with `answer`; `reveal` says the
 * numbers. Nothing here is hard-coded about the outcome: move a slider and the answer may
 * change. Scenarios are small markets (2,000–5,000 agents) so a step runs in about a second;
 * `scaled` shrinks the default market's absolute quantities in proportion.
 */
import {
  MODE_PRESETS,
  presetById,
  validateParams,
  type ParamKey,
  type Params,
  type RunResult,
} from '../../models/index.ts';
import { formatMoney, formatNumber, formatPercent, formatRatio, type Lang } from '../charts/format.ts';
import type { TermId, Text } from './glossary.ts';

export type { Text } from './glossary.ts';

/** The runs of one step: `results[i]` is the run of `params[i]`; index 0 is the step's scenario. */
export interface LessonRun {
  params: Params[];
  results: RunResult[];
}

export interface Option {
  readonly id: string;
  readonly text: Text;
}

export interface LineSeries {
  label: Text;
  x: number[];
  y: number[];
  dashed?: boolean;
}

export interface LineChartData {
  xLabel: Text;
  yLabel: Text;
  series: LineSeries[];
  /** An x value to mark with a vertical rule (e.g. the slider's current setting). */
  marker?: number | null;
  /** Format y values as a percentage. */
  percent?: boolean;
}

export interface BarChartData {
  yLabel: Text;
  bars: { label: Text; value: number; highlight?: boolean }[];
  /** Format values as ratios (×) instead of money. */
  ratio?: boolean;
}

/** What the step's chart shows: a chart of the explorer on the scenario's run, or a lesson chart. */
export type StepChart =
  | { kind: 'stages' | 'tiers' | 'funnel' | 'cohorts' }
  | { kind: 'line'; data: (run: LessonRun) => LineChartData }
  | { kind: 'bars'; data: (run: LessonRun) => BarChartData };

/** A short check question at the end of a part, with feedback; its answer is conceptual. */
export interface CheckQuestion {
  readonly question: Text;
  readonly options: readonly Option[];
  readonly correct: string;
  readonly feedback: Text;
}

export const PARTS = ['domains', 'trust', 'growth', 'money'] as const;
export type PartId = (typeof PARTS)[number];

export const PART_TITLES: Record<PartId, Text> = {
  domains: { en: 'Part 1 · Two domains', zh: '第一部分 · 两种流量' },
  trust: { en: 'Part 2 · Trust and touches', zh: '第二部分 · 信任与触达' },
  growth: { en: 'Part 3 · Growth', zh: '第三部分 · 增长' },
  money: { en: 'Part 4 · Money and choices', zh: '第四部分 · 算账与选择' },
};

export interface LessonStep {
  readonly id: string;
  readonly part: PartId;
  readonly title: Text;
  /** A short explanation of the idea (two to four sentences). */
  readonly explanation: Text;
  readonly question: Text;
  readonly options: readonly Option[];
  /** Overrides on the schema defaults: the step's scenario (validated with `validateParams`). */
  readonly scenario: Readonly<Partial<Params>>;
  /** One or two parameters the learner may move; sliders are generated from their specs. */
  readonly sliders: readonly ParamKey[];
  /** Further runs beside the scenario (a sweep, a comparison); default none. */
  readonly variants?: (base: Params) => Params[];
  /** The option the numbers of the run support. */
  readonly answer: (run: LessonRun) => string;
  /** The numbers behind the answer, in one or two sentences. */
  readonly reveal: (run: LessonRun, lang: Lang) => string;
  readonly chart: StepChart;
  readonly glossary: readonly TermId[];
  /** The check question closing the step's part (on the part's last step). */
  readonly check?: CheckQuestion;
}

// ── helpers ───────────────────────────────────────────────────────────────────────────────

const tx = (en: string, zh: string): Text => ({ en, zh });
const opt = (id: string, en: string, zh: string): Option => ({ id, text: { en, zh } });
const say = (lang: Lang, en: string, zh: string) => (lang === 'en' ? en : zh);

/**
 * The default market's absolute quantities (budgets, reach, seats, staff, fixed costs, the
 * flywheel's per-thousand weight) scaled to a market of `population` agents, so a small run
 * behaves like the default one: rates, prices and shares are unchanged.
 */
export function scaled(population: number): Partial<Params> {
  const k = population / 100_000;
  return {
    population,
    paidBudgetDaily: Math.round(3_000 * k),
    organicImpressionsDaily: Math.round(20_000 * k),
    groups: 1,
    groupCapacity: Math.max(1, Math.round(5_000 * k)),
    staff: 1,
    conversationsPerStaff: Math.round(120 * k),
    staffCostDaily: Math.round(600 * k),
    privateFixedCostDaily: Math.round(300 * k),
    flywheelPerThousandFans: Math.min(2, 0.05 / k),
  };
}

/** The public-only strategy of the presets, on a scaled market: all budget on ads, no operations. */
export function publicOnly(base: Params): Params {
  const strategy = presetById('public-only')?.overrides ?? {};
  const k = base.population / 100_000;
  return validateParams({ ...strategy, paidBudgetDaily: Math.round(4_100 * k) }, base);
}

export function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) total += values[i];
  return total;
}

/** Mean of the finite values in [from, to). */
export function meanFinite(values: ArrayLike<number>, from: number, to: number): number {
  let total = 0;
  let n = 0;
  for (let i = Math.max(0, from); i < Math.min(values.length, to); i++) {
    if (Number.isFinite(values[i])) {
      total += values[i];
      n++;
    }
  }
  return n > 0 ? total / n : NaN;
}

/** Weekly means of a daily series (finite values only). */
export function weeklyMeans(values: ArrayLike<number>): { x: number[]; y: number[] } {
  const x: number[] = [];
  const y: number[] = [];
  for (let start = 0; start + 7 <= values.length; start += 7) {
    const m = meanFinite(values, start, start + 7);
    if (Number.isFinite(m)) {
      x.push(start + 7);
      y.push(m);
    }
  }
  return { x, y };
}

/** Index of the largest value (first one on ties). */
export function argmax(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}

/** The Bass model's share adopted by day t: F(t) = (1 − e^{−(p+q)t}) / (1 + (q/p) e^{−(p+q)t}). */
export function bassF(p: number, q: number, t: number): number {
  if (p <= 0) return 0;
  const e = Math.exp(-(p + q) * t);
  return (1 - e) / (1 + (q / p) * e);
}

/** Day of the Bass model's adoption peak, t* = ln(q/p) / (p + q); 0 when q ≤ p. */
export function bassPeakDay(p: number, q: number): number {
  return q > p && p > 0 ? Math.log(q / p) / (p + q) : 0;
}

/** Bass p of a paid-only market priced by CAC (MODEL.md's reduction): budget / (baseCac × N). */
export function bassP(params: Params): number {
  return params.paidBudgetDaily / (params.baseCac * params.population);
}

const PUSH_SWEEP = [0, 1, 2, 3, 4, 6, 9, 14];

const last = (values: ArrayLike<number>) => values[values.length - 1];

// ── the steps ─────────────────────────────────────────────────────────────────────────────

const SMALL = scaled(5_000);

export const STEPS: readonly LessonStep[] = [
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
    scenario: { ...SMALL, ...presetById('public-only')?.overrides, paidBudgetDaily: 205 },
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
  {
    id: 'trust-tiers',
    part: 'trust',
    title: tx('Trust and the fan tiers', '信任与粉丝分层'),
    explanation: tx(
      'Each valuable touch (a push, a conversation, a group event) moves trust a step towards 1; idle days let it fade. Douyin\'s CRM sorts fans by trust into passer-by fans (路人粉), affinity fans (好感粉) and true-love fans (真爱粉). Trust raises the odds to follow, join, buy and refer.',
      '每次有价值的触达（推送、对话、群活动）都让信任向 1 迈进一步；闲置的日子里信任慢慢衰减。抖音的 CRM 按信任把粉丝分为路人粉、好感粉和真爱粉。信任越高，关注、入群、购买和推荐的概率越高。',
    ),
    question: tx(
      'After a year, which tier holds the most people in the private domain?',
      '一年后，私域里哪一层的人数最多？',
    ),
    options: [
      opt('passerby', 'Passer-by fans (路人粉)', '路人粉'),
      opt('affinity', 'Affinity fans (好感粉)', '好感粉'),
      opt('trueLove', 'True-love fans (真爱粉)', '真爱粉'),
    ],
    scenario: SMALL,
    sliders: ['trustGain', 'tierAffinity'],
    answer: ({ results: [r] }) => (['passerby', 'affinity', 'trueLove'] as const)[argmax(tierEnd(r))],
    reveal: ({ results: [r] }, lang) => {
      const [p, a, t] = tierEnd(r);
      return say(
        lang,
        `On the last day: ${formatNumber(p, lang)} passer-by, ${formatNumber(a, lang)} affinity and ${formatNumber(t, lang)} true-love fans (affinity from trust ${r.params.tierAffinity}, true love from ${r.params.tierTrueLove}).`,
        `最后一天：路人粉 ${formatNumber(p, lang)}，好感粉 ${formatNumber(a, lang)}，真爱粉 ${formatNumber(t, lang)}（信任 ${r.params.tierAffinity} 起为好感粉，${r.params.tierTrueLove} 起为真爱粉）。`,
      );
    },
    chart: { kind: 'tiers' },
    glossary: ['passerby', 'affinity', 'trueLove', 'privateDomain'],
  },
  {
    id: 'fatigue',
    part: 'trust',
    title: tx('Over-touching and fatigue', '过度触达与疲劳'),
    explanation: tx(
      'Touches build trust, but beyond what a person welcomes in a week each extra push is spam: it cuts trust and makes people unfollow. Nobody wants an ad-bot in their chats. Here the platform cap is lifted (120 pushes a month, every follower sees every push) and the model is run at eight push frequencies.',
      '触达能建立信任，但超过一个人一周愿意接受的次数后，每次多推都是骚扰：降低信任、导致取关。没人希望聊天里有个广告机器人。这里取消了平台上限（每月 120 次、每次推送所有粉丝都能看到），并在八种推送频率下运行模型。',
    ),
    question: tx('Which push frequency earns the most revenue in a year?', '哪种推送频率一年的收入最高？'),
    options: [
      opt('few', 'None or one a week', '每周 0–1 次'),
      opt('some', 'Two to four a week', '每周 2–4 次'),
      opt('many', 'Six or more a week', '每周 6 次及以上'),
    ],
    scenario: { ...scaled(2_000), pushCapMonthly: 120, followerReach: 1 },
    sliders: ['pushesPerWeek', 'fatigueTolerance'],
    variants: (base) => PUSH_SWEEP.map((pushesPerWeek) => validateParams({ pushesPerWeek }, base)),
    answer: (run) => {
      const best = PUSH_SWEEP[argmax(sweepRevenue(run))];
      return best <= 1 ? 'few' : best <= 4 ? 'some' : 'many';
    },
    reveal: (run, lang) => {
      const revenue = sweepRevenue(run);
      const best = argmax(revenue);
      return say(
        lang,
        `Revenue peaks at ${PUSH_SWEEP[best]} pushes a week (${formatMoney(revenue[best], lang)}); no pushes give ${formatMoney(revenue[0], lang)} and ${PUSH_SWEEP[PUSH_SWEEP.length - 1]} a week give ${formatMoney(last(revenue), lang)}, with a tolerance of ${run.params[0].fatigueTolerance} touches a week.`,
        `收入在每周 ${PUSH_SWEEP[best]} 次推送时最高（${formatMoney(revenue[best], lang)}）；不推送为 ${formatMoney(revenue[0], lang)}，每周 ${PUSH_SWEEP[PUSH_SWEEP.length - 1]} 次为 ${formatMoney(last(revenue), lang)}，触达容忍度为每周 ${run.params[0].fatigueTolerance} 次。`,
      );
    },
    chart: {
      kind: 'line',
      data: (run) => ({
        xLabel: tx('Pushes a week', '每周推送次数'),
        yLabel: tx('Revenue over the year, RMB', '全年收入（元）'),
        series: [{ label: tx('Revenue', '收入'), x: PUSH_SWEEP, y: sweepRevenue(run) }],
        marker: run.params[0].pushesPerWeek,
      }),
    },
    glossary: ['privateDomain', 'passerby', 'affinity'],
    check: {
      question: tx('True or false: pushing more often always builds more trust.', '判断：推送越频繁，信任总是越高。'),
      options: [opt('true', 'True', '对'), opt('false', 'False', '错')],
      correct: 'false',
      feedback: tx(
        'False. Below a person\'s tolerance each touch adds trust; above it each touch is spam that cuts trust and drives unfollows. Revenue has an interior best frequency.',
        '错。在容忍度以内，每次触达增加信任；超过后每次都是骚扰，会降低信任、引发取关。收入存在一个居中的最佳频率。',
      ),
    },
  },
  {
    id: 'fission-bass',
    part: 'growth',
    title: tx('Fission and word of mouth: the Bass curve', '裂变与口碑：Bass 曲线'),
    explanation: tx(
      'Switch everything off but ads and referrals and the model becomes the textbook Bass diffusion model: ads convert the unaware at a rate p a day (innovation), and each adopter converts others at a rate q (imitation, 裂变). Its closed form is F(t) = (1 − e^{−(p+q)t}) / (1 + (q/p)·e^{−(p+q)t}). The dashed line is that formula; the solid line is the agents.',
      '关掉广告和推荐以外的一切，模型就退化为教科书中的 Bass 扩散模型：广告每天以概率 p 转化未触达者（创新），每位采用者以概率 q 带来新人（模仿，即裂变）。其解析解为 F(t) = (1 − e^{−(p+q)t}) / (1 + (q/p)·e^{−(p+q)t})。虚线是公式，实线是智能体模拟。',
    ),
    question: tx(
      'When word of mouth is much stronger than ads (q = 0.05 against p = 0.002 a day), when do new adopters come fastest?',
      '当口碑远强于广告（q = 0.05，p = 0.002 每天）时，新采用者何时增长最快？',
    ),
    options: [
      opt('start', 'In the first days', '最初几天'),
      opt('middle', 'Some weeks in: an S-shaped curve', '几周之后：S 形曲线'),
      opt('end', 'Near the end', '接近尾声'),
    ],
    scenario: { ...presetById('bass')?.overrides, population: 5_000, paidBudgetDaily: 100, horizonDays: 180 },
    sliders: ['referralRate'],
    answer: ({ results: [r] }) => {
      const peak = adoptionPeakDay(r);
      const horizon = r.params.horizonDays;
      return peak < 0.05 * horizon ? 'start' : peak > 0.85 * horizon ? 'end' : 'middle';
    },
    reveal: ({ results: [r] }, lang) => {
      const p = bassP(r.params);
      const q = r.params.referralRate;
      return say(
        lang,
        `The agents' adoptions peak on day ${adoptionPeakDay(r)}; the formula's peak is t* = ln(q/p)/(p+q) = ${formatNumber(bassPeakDay(p, q), lang)} days (p = ${p}, q = ${q}). The largest gap between agents and formula is ${formatPercent(bassGap(r), lang)} of the market.`,
        `智能体的新增采用在第 ${adoptionPeakDay(r)} 天达到峰值；公式的峰值为 t* = ln(q/p)/(p+q) = ${formatNumber(bassPeakDay(p, q), lang)} 天（p = ${p}，q = ${q}）。智能体与公式的最大差距为市场的 ${formatPercent(bassGap(r), lang)}。`,
      );
    },
    chart: {
      kind: 'line',
      data: ({ results: [r] }) => {
        const n = r.params.horizonDays;
        const days = Array.from({ length: n }, (_, d) => d + 1);
        const p = bassP(r.params);
        const q = r.params.referralRate;
        return {
          xLabel: tx('Day', '天'),
          yLabel: tx('Share of the market adopted F(t)', '已采用比例 F(t)'),
          percent: true,
          series: [
            { label: tx('Agents', '智能体'), x: days, y: Array.from(r.series.customers, (c) => c / r.params.population) },
            { label: tx('Bass closed form', 'Bass 解析解'), x: days, y: days.map((t) => bassF(p, q, t)), dashed: true },
          ],
        };
      },
    },
    glossary: ['fission', 'commercialDomain'],
  },
  {
    id: 'flywheel',
    part: 'growth',
    title: tx('The private-domain flywheel', '私域反哺公域'),
    explanation: tx(
      'Active fans (affinity-tier followers and group members) make the algorithm show the merchant\'s content to more people for free: private feeds public (私域反哺). More organic reach brings more leads, some become fans, and the wheel turns. The run is compared with the same merchant with the flywheel switched off.',
      '活跃粉丝（好感粉以上的粉丝和群成员）会让算法免费把商家的内容推给更多人：私域反哺公域。更多自然流量带来更多线索，其中一部分成为粉丝，飞轮就转起来了。这里与关闭反哺的同一商家对比。',
    ),
    question: tx(
      'How many more organic leads does the flywheel bring in a year?',
      '一年里，反哺带来了多少额外的自然流量线索？',
    ),
    options: [
      opt('none', 'Hardly any (under 5% more)', '几乎没有（不到 5%）'),
      opt('some', 'Some (5% to 25% more)', '有一些（5% 到 25%）'),
      opt('many', 'Many (over 25% more)', '很多（超过 25%）'),
    ],
    scenario: SMALL,
    sliders: ['flywheelPerThousandFans', 'followRate'],
    variants: (base) => [validateParams({ flywheelPerThousandFans: 0 }, base)],
    answer: ({ results: [on, off] }) => {
      const gain = sum(on.series.leads.organic) / Math.max(1, sum(off.series.leads.organic)) - 1;
      return gain < 0.05 ? 'none' : gain <= 0.25 ? 'some' : 'many';
    },
    reveal: ({ results: [on, off] }, lang) => {
      const a = sum(on.series.leads.organic);
      const b = sum(off.series.leads.organic);
      return say(
        lang,
        `Organic leads in the year: ${formatNumber(a, lang)} with the flywheel, ${formatNumber(b, lang)} without (${formatPercent(a / Math.max(1, b) - 1, lang)} more). Organic reach ended at ${formatRatio(last(on.series.organicMultiplier), lang)} its base.`,
        `全年自然流量线索：有反哺 ${formatNumber(a, lang)}，无反哺 ${formatNumber(b, lang)}（多 ${formatPercent(a / Math.max(1, b) - 1, lang)}）。年底自然曝光为基础的 ${formatRatio(last(on.series.organicMultiplier), lang)}。`,
      );
    },
    chart: {
      kind: 'line',
      data: ({ results: [on, off] }) => {
        const days = Array.from({ length: on.series.day.length }, (_, d) => d + 1);
        return {
          xLabel: tx('Day', '天'),
          yLabel: tx('Organic leads, cumulative', '累计自然流量线索'),
          series: [
            { label: tx('With the flywheel', '有反哺'), x: days, y: cumulative(on.series.leads.organic) },
            { label: tx('Flywheel off', '无反哺'), x: days, y: cumulative(off.series.leads.organic), dashed: true },
          ],
        };
      },
    },
    glossary: ['privateDomain', 'publicDomain', 'affinity'],
    check: {
      question: tx('In the Bass curve, what drives the fast middle part of the S?', 'Bass 曲线中，S 形中段的快速增长主要由什么推动？'),
      options: [
        opt('ads', 'Ads (innovation, p)', '广告（创新系数 p）'),
        opt('wom', 'Word of mouth from adopters (imitation, q)', '采用者的口碑（模仿系数 q）'),
        opt('forget', 'People forgetting', '人们遗忘'),
      ],
      correct: 'wom',
      feedback: tx(
        'Word of mouth: each adopter recruits others, so growth speeds up as adopters multiply, then slows as few unaware people are left. Fission (裂变) is this effect with an incentive.',
        '口碑：每位采用者都会带来新人，采用者越多增长越快，直到未触达的人所剩无几才放缓。裂变就是加了激励的口碑效应。',
      ),
    },
  },
  {
    id: 'cohorts',
    part: 'money',
    title: tx('CAC, CLV and ROI by cohort', '按同期群看 CAC、CLV 与 ROI'),
    explanation: tx(
      'CAC = C / M is what acquiring a user cost; CLV = R / M is the revenue a cohort (同期群, users acquired together) has brought per user by a time slice: first purchase, 1 week, 1 month, 2, 3 and 6 months; ROI = CLV / CAC. The table shows ROI for each channel and acquisition week.',
      'CAC = C / M 是获取一个用户的成本；CLV = R / M 是一个同期群（同一批获得的用户）到某个时间切片为止人均带来的收入：首购、1 周、1 月、2 月、3 月、半年；ROI = CLV / CAC。表格显示各渠道、各获客周的 ROI。',
    ),
    question: tx(
      'For users bought with ads (the paid cohort), by when does ROI first pass 1?',
      '对于投广告获得的用户（付费同期群），ROI 何时首次超过 1？',
    ),
    options: [
      opt('week', 'By the first purchase or the first week', '首购或第一周内'),
      opt('months', 'By 1 or 2 months', '1 或 2 个月内'),
      opt('half', 'By 3 or 6 months', '3 或 6 个月内'),
      opt('never', 'Not within half a year', '半年内不会'),
    ],
    scenario: SMALL,
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
        `Paid cohort: CAC ${formatMoney(paid?.cac, lang)}; ROI ${formatRatio(roi?.d30, lang)} at 1 month, ${formatRatio(roi?.d90, lang)} at 3 months, ${formatRatio(roi?.d180, lang)} at 6 months.`,
        `付费同期群：CAC ${formatMoney(paid?.cac, lang)}；ROI 1 个月 ${formatRatio(roi?.d30, lang)}，3 个月 ${formatRatio(roi?.d90, lang)}，6 个月 ${formatRatio(roi?.d180, lang)}。`,
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
    scenario: scaled(2_000),
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
      MODE_PRESETS.map((mode, i) => `${mode.label[lang]} ${formatRatio(modeLift(run)[i], lang)}`).join(lang === 'en' ? '; ' : '；')
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
      'The liquor maker built an account matrix of 3 million fans on Douyin; fans bring over 83% of its live-stream GMV, and 70% of its group members buy again. The case preset, scaled down to 5,000 agents (1,500 existing fans, two groups of 25), runs here.',
      '这家白酒企业在抖音建立了 300 万粉丝的账号矩阵；粉丝贡献了 83% 以上的直播 GMV，群成员复购率达 70%。这里运行缩小到 5,000 个智能体的案例预设（1,500 名已有粉丝，两个 25 人的群）。',
    ),
    question: tx(
      'In the simulated case, what share of group members who buy go on to buy again?',
      '在模拟的案例中，购买过的群成员里有多大比例会复购？',
    ),
    options: [
      opt('low', 'Less than 30%', '不到 30%'),
      opt('mid', '30% to 60%', '30% 到 60%'),
      opt('high', 'More than 60%', '超过 60%'),
    ],
    scenario: {
      ...presetById('luzhou-laojiao')?.overrides,
      population: 5_000,
      groupCapacity: 25,
      paidBudgetDaily: 25,
      organicImpressionsDaily: 500,
      privateFixedCostDaily: 2,
      flywheelPerThousandFans: 1,
    },
    sliders: ['stageMultGroup', 'groupInviteRate'],
    answer: ({ results: [r] }) => {
      const rate = r.summary.groupRepurchaseRate ?? 0;
      return rate < 0.3 ? 'low' : rate <= 0.6 ? 'mid' : 'high';
    },
    reveal: ({ results: [r] }, lang) =>
      say(
        lang,
        `Group repurchase ${formatPercent(r.summary.groupRepurchaseRate, lang)} (the source reports 70%); ${formatPercent(r.summary.privateShareOfRevenue, lang)} of revenue came from the private domain.`,
        `群成员复购率 ${formatPercent(r.summary.groupRepurchaseRate, lang)}（资料报道为 70%）；${formatPercent(r.summary.privateShareOfRevenue, lang)} 的收入来自私域。`,
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

// ── measures the steps share ──────────────────────────────────────────────────────────────

/** Cost of a paid lead in the last week with paid leads over the first week's. */
export function cacRise(r: RunResult): number {
  const weeks = weeklyMeans(r.series.effectiveCac);
  return weeks.y.length > 0 ? last(weeks.y) / weeks.y[0] : NaN;
}

function tierEnd(r: RunResult): [number, number, number] {
  return [last(r.series.tiers.passerby), last(r.series.tiers.affinity), last(r.series.tiers.trueLove)];
}

function sweepRevenue(run: LessonRun): number[] {
  return run.results.slice(1, 1 + PUSH_SWEEP.length).map((r) => r.summary.revenue);
}

/** First day (1-based) with the most new adopters (first purchases). */
export function adoptionPeakDay(r: RunResult): number {
  const customers = r.series.customers;
  let best = 0;
  let bestGain = -Infinity;
  for (let d = 0; d < customers.length; d++) {
    const gain = customers[d] - (d > 0 ? customers[d - 1] : 0);
    if (gain > bestGain) {
      bestGain = gain;
      best = d;
    }
  }
  return best + 1;
}

/** Largest |simulated − closed-form| share adopted over the horizon. */
export function bassGap(r: RunResult): number {
  const p = bassP(r.params);
  const q = r.params.referralRate;
  let gap = 0;
  for (let d = 0; d < r.series.customers.length; d++) {
    gap = Math.max(gap, Math.abs(r.series.customers[d] / r.params.population - bassF(p, q, d + 1)));
  }
  return gap;
}

function cumulative(values: ArrayLike<number>): number[] {
  let total = 0;
  return Array.from(values, (v) => (total += v));
}

function paidCohort(r: RunResult) {
  return r.cohorts.find((c) => c.kind === 'channel' && c.channel === 'paid');
}

/** The first slice at which the paid cohort's revenue ROI reaches 1, or null. */
export function paidPaybackSlice(r: RunResult): string | null {
  const roi = paidCohort(r)?.roi;
  if (!roi) return null;
  for (const slice of ['first', 'd7', 'd30', 'd60', 'd90', 'd180'] as const) {
    const value = roi[slice];
    if (value !== null && value >= 1) return slice;
  }
  return null;
}

/** Revenue with a private domain over revenue on ads only, per mode (runs 1.. in pairs). */
function modeLift(run: LessonRun): number[] {
  return MODE_PRESETS.map((_, i) => {
    const hybrid = run.results[1 + 2 * i].summary.revenue;
    const adsOnly = run.results[2 + 2 * i].summary.revenue;
    return hybrid / Math.max(1, adsOnly);
  });
}

// ── scenario parameters ───────────────────────────────────────────────────────────────────

/**
 * The step's parameters: its scenario, then the learner's overrides, validated.
 * @throws ParamError when an override is invalid
 */
export function stepParams(step: LessonStep, overrides: Readonly<Record<string, unknown>> = {}): Params {
  return validateParams({ ...step.scenario, ...overrides });
}

/** Every parameter set a step runs: its scenario first, then its variants. */
export function stepRuns(step: LessonStep, base: Params): Params[] {
  return [base, ...(step.variants ? step.variants(base) : [])];
}
