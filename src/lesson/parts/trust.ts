/** The lesson's steps, Part 2: trust, fan tiers, over-touching. */
import { validateParams, type RunResult } from '../../../models/index.ts';
import { formatMoney, formatNumber, formatPercent } from '../../charts/format.ts';
import { argmax, last, tierEnd } from '../measures.ts';
import type { LessonRun, LessonStep } from '../step.ts';
import { say } from '../text.ts';
import { tx, opt, DEFAULT_MARKET, SMALL } from './common.ts';

/** Pushes a week the over-touching step sweeps. */
const PUSH_SWEEP = [0, 1, 2, 3, 4, 6, 9, 14];

function sweepRevenue(run: LessonRun): number[] {
  return run.results.slice(1, 1 + PUSH_SWEEP.length).map((r) => r.summary.revenue);
}

/** Passer-by fans' share of the private domain on the last day (0 when it is empty). */
function passerbyShare(r: RunResult): number {
  const [p, a, t] = tierEnd(r);
  return p + a + t > 0 ? p / (p + a + t) : 0;
}


export const TRUST_STEPS: readonly LessonStep[] = [
  {
    id: 'trust-tiers',
    part: 'trust',
    title: tx('Trust and the fan tiers', '信任与粉丝分层'),
    explanation: tx(
      'Each valuable touch (a push, a conversation, a group event) moves trust a step towards 1; idle days let it fade back towards a resting level. Douyin\'s CRM sorts fans by trust into passer-by fans (路人粉), affinity fans (好感粉) and true-love fans (真爱粉). Trust raises the odds to follow, join, buy and refer.',
      '每次有价值的触达（推送、对话、群活动）都让信任向 1 迈进一步；闲置的日子里信任慢慢回落到静息水平。抖音的 CRM 按信任把粉丝分为路人粉、好感粉和真爱粉。信任越高，关注、入群、购买和推荐的概率越高。',
    ),
    question: tx(
      'After a year, how are the fans in the private domain split between the tiers?',
      '一年后，私域里的粉丝在各层之间如何分布？',
    ),
    options: [
      opt('passerby', 'Mostly passer-by fans (路人粉): over 60%', '大多是路人粉：超过 60%'),
      opt('even', 'About half passer-by, half affinity or true-love (40% to 60% passer-by)', '路人粉与好感粉、真爱粉大约各半（路人粉占 40% 到 60%）'),
      opt('affinity', 'Mostly affinity or true-love fans (好感粉, 真爱粉): under 40% passer-by', '大多是好感粉或真爱粉：路人粉不到 40%'),
    ],
    scenario: DEFAULT_MARKET,
    sliders: ['trustGain', 'tierAffinity'],
    answer: ({ results: [r] }) => {
      const share = passerbyShare(r);
      return share > 0.6 ? 'passerby' : share >= 0.4 ? 'even' : 'affinity';
    },
    reveal: ({ results: [r] }, lang) => {
      const [p, a, t] = tierEnd(r);
      const share = formatPercent(passerbyShare(r), lang);
      return say(
        lang,
        `On the last day: ${formatNumber(p, lang)} passer-by (${share}), ${formatNumber(a, lang)} affinity and ${formatNumber(t, lang)} true-love fans (affinity from trust ${r.params.tierAffinity}, true love from ${r.params.tierTrueLove}).`,
        `最后一天：路人粉 ${formatNumber(p, lang)}（${share}），好感粉 ${formatNumber(a, lang)}，真爱粉 ${formatNumber(t, lang)}（信任 ${r.params.tierAffinity} 起为好感粉，${r.params.tierTrueLove} 起为真爱粉）。`,
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
      'Touches build trust, but beyond what a person welcomes in a week (every touch counts: pushes, group events, conversations) each extra one is spam: it cuts trust and makes people unfollow. Nobody wants an ad-bot in their chats. Here the platform cap is lifted (120 pushes a month, every follower sees every push) and the model is run at eight push frequencies.',
      '触达能建立信任，但超过一个人一周愿意接受的次数后（推送、群活动、对话都算触达），每多一次都是骚扰：降低信任、导致取关。没人希望聊天里有个广告机器人。这里取消了平台上限（每月 120 次、每次推送所有粉丝都能看到），并在八种推送频率下运行模型。',
    ),
    question: tx('Which push frequency earns the most revenue in a year?', '哪种推送频率一年的收入最高？'),
    options: [
      opt('few', 'None or one a week', '每周 0–1 次'),
      opt('some', 'Two to four a week', '每周 2–4 次'),
      opt('many', 'Six or more a week', '每周 6 次及以上'),
    ],
    scenario: { ...SMALL, pushCapMonthly: 120, followerReach: 1 },
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
        `Revenue peaks at ${PUSH_SWEEP[best]} ${PUSH_SWEEP[best] === 1 ? 'push' : 'pushes'} a week (${formatMoney(revenue[best], lang)}); no pushes give ${formatMoney(revenue[0], lang)} and ${PUSH_SWEEP[PUSH_SWEEP.length - 1]} a week give ${formatMoney(last(revenue), lang)}, with a tolerance of ${run.params[0].fatigueTolerance} touches a week.`,
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
];
