/** The lesson's steps, Part 3: fission (the Bass curve) and the private-domain flywheel. */
import { presetById, validateParams } from '../../../models/index.ts';
import { formatNumber, formatPercent, formatRatio } from '../../charts/format.ts';
import { sum, bassF, bassPeakDay, bassP, last, adoptionPeakDay, bassGap, cumulative } from '../measures.ts';
import type { LessonStep } from '../step.ts';
import { say } from '../text.ts';
import { tx, opt, DEFAULT_MARKET } from './common.ts';

export const GROWTH_STEPS: readonly LessonStep[] = [
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
      'Active fans (affinity-tier followers and group members) make the algorithm show the merchant\'s content to more people for free: private feeds public (私域反哺). The boost grows with the share of the market that are active fans. More organic reach brings more leads, some become fans, and the wheel turns. The run is compared with the same merchant with the flywheel switched off.',
      '活跃粉丝（好感粉以上的粉丝和群成员）会让算法免费把商家的内容推给更多人：私域反哺公域。活跃粉丝占市场的比例越高，加成越大。更多自然流量带来更多线索，其中一部分成为粉丝，飞轮就转起来了。这里与关闭反哺的同一商家对比。',
    ),
    question: tx(
      'How many more organic leads does the flywheel bring in a year?',
      '一年里，反哺带来了多少额外的自然流量线索？',
    ),
    options: [
      opt('none', 'Hardly any (under 2% more)', '几乎没有（不到 2%）'),
      opt('some', 'Some (2% to 15% more)', '有一些（2% 到 15%）'),
      opt('many', 'Many (over 15% more)', '很多（超过 15%）'),
    ],
    scenario: DEFAULT_MARKET,
    sliders: ['flywheelStrength', 'followRate'],
    variants: (base) => [validateParams({ flywheelStrength: 0 }, base)],
    answer: ({ results: [on, off] }) => {
      const gain = sum(on.series.leads.organic) / Math.max(1, sum(off.series.leads.organic)) - 1;
      return gain < 0.02 ? 'none' : gain <= 0.15 ? 'some' : 'many';
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
];
