/**
 * Teaching reductions: every mechanism off but the few a textbook model has, so that the
 * agent model can be checked against a closed form (docs/model.md#correctness-anchors).
 * The values below rely on the engine's documented semantics, spelled out in each
 * description: change one and the reduction no longer holds.
 */
import type { Params } from '../params/schema.ts';
import type { Preset } from './preset.ts';

/** Everything that touches, costs, fatigues or moves trust, switched off. */
const QUIET: Partial<Params> = {
  organicImpressionsDaily: 0,
  offlineVisitorsDaily: 0,
  staff: 0,
  groups: 0,
  pushesPerWeek: 0,
  promotionsPerMonth: 0,
  couponDepth: 0,
  dmRate: 0,
  groupInviteRate: 0,
  referralReward: 0,
  fatiguePenalty: 0,
  fatigueExitRate: 0,
  badExperienceRate: 0,
  trustGain: 0,
  trustDecay: 0,
  trustSensitivity: 0,
  privateFixedCostDaily: 0,
  staffCostDaily: 0,
  memberCostDaily: 0,
  groupEventCost: 0,
  pushCost: 0,
  offlineScanCost: 0,
  touchConversion: 0,
  trustGainPurchase: 0,
  agentWeight: 1,
  horizonDays: 365,
};

/** Bass innovation p, a day: the share of the unaware pool that ads reach. */
export const BASS_P = 0.002;
/** Bass imitation q, a day: referrals per adopter. */
export const BASS_Q = 0.05;
const BASS_POPULATION = 100_000;
const BASS_BASE_CAC = 10;
/** p × baseCac × population = 0.002 × 10 × 100,000. */
const BASS_BUDGET = 2_000;

/** Closed-cohort retention r a day, margin m a purchase, discount rate d a day. */
export const RETENTION_R = 0.98;
/** The daily exit probability that gives r: 1 − r, written exactly (1 − 0.98 is not 0.02 in binary). */
const RETENTION_EXIT = 0.02;
export const RETENTION_M = 10;
export const RETENTION_D = 0.001;

export const REDUCTION_PRESETS = [
  {
    id: 'bass',
    family: 'reduction',
    label: { en: 'Bass diffusion', zh: 'Bass 扩散模型' },
    description: {
      en: `The reduction to the textbook Bass model (docs/model.md#correctness-anchors): only paid exposure (innovation) and word of mouth (imitation); adoption = first purchase. `
        + `p = paidBudgetDaily / (baseCac × population) = ${BASS_BUDGET} / (${BASS_BASE_CAC} × ${BASS_POPULATION}) = ${BASS_P} a day: `
        + `with paidPricing cac and cacElasticity 1 each unaware agent becomes a lead with probability p a day. `
        + `q = referralRate = ${BASS_Q} a day: every adopter refers a uniformly random agent (referral reward 0, trust threshold 0), which succeeds when the target is unaware. `
        + `An exposed lead buys the same day (firstPurchaseRate 1 × stageMultExposed 1, trust sensitivity 0) and never forgets or follows. `
        + `Trust is fixed (all initial trusts 0.5, no gain, decay or fatigue); organic, offline, groups, pushes, promotions, staff and all costs are off. `
        + `Expected adopters A(t) solve dA/dt = (p + q·A/N)(N − A). A teaching case, not a calibration.`,
      zh: `退化为教科书 Bass 模型的情形（docs/model.md#correctness-anchors）：只有付费曝光（创新）与口碑（模仿）；采用 = 首次购买。`
        + `p = 广告预算 / (基础线索成本 × 人数) = ${BASS_P}/天：计价为 cac、弹性为 1 时，每个未触达者每天以概率 p 成为线索。`
        + `q = 推荐率 = ${BASS_Q}/天：每位采用者每天向随机一人推荐（奖励 0，信任门槛 0），对方未触达则成功。`
        + `曝光者当天购买（首购概率 1 × 曝光倍数 1，信任敏感度 0），不遗忘也不关注。信任固定（初始信任均为 0.5，无增益、衰减与疲劳）；自然流量、线下、社群、推送、促销、客服与所有成本关闭。`
        + `期望采用人数满足 dA/dt = (p + q·A/N)(N − A)。教学用例，非校准。`,
    },
    overrides: {
      ...QUIET,
      population: BASS_POPULATION,
      paidPricing: 'cac',
      baseCac: BASS_BASE_CAC,
      paidBudgetDaily: BASS_BUDGET,
      cacElasticity: 1,
      referralRate: BASS_Q,
      referralTrustThreshold: 0,
      trustInitPaid: 0.5,
      trustInitOrganic: 0.5,
      trustInitOffline: 0.5,
      trustInitReferral: 0.5,
      firstPurchaseRate: 1,
      purchaseRate: 0,
      stageMultExposed: 1,
      followRate: 0,
      forgetRate: 0,
      unfollowRate: 0,
      initialFollowerShare: 0,
    },
  },
  {
    id: 'retention',
    family: 'reduction',
    label: { en: 'Closed-cohort retention', zh: '封闭同期群留存' },
    description: {
      en: `The closed-cohort reduction (docs/model.md#correctness-anchors): all N agents are customers from day 0 and nobody new arrives: initialFollowerShare 1 makes everyone a follower at day 0. `
        + `m = orderValue × grossMargin = 10 × 1 = ${RETENTION_M} RMB a purchase; every retained follower buys once a day (firstPurchaseRate and purchaseRate 1 × stageMultFollower 1, no repurchase gap, trust sensitivity 0), before exits. `
        + `r = 1 − unfollowRate = ${RETENTION_R} a day; the lapsed never buy (stageMultLapsed 0). d = discountRateDaily = ${RETENTION_D}. `
        + `Ads, organic, referral, offline, staff, groups, pushes, promotions, fatigue, bad experiences, trust dynamics and all costs are off. `
        + `Expected CLV over T days is the textbook m × Σ_{t<T} (r / (1 + d))^t, → m(1 + d)/(1 + d − r) for long horizons. A teaching case, not a calibration.`,
      zh: `封闭同期群退化情形（docs/model.md#correctness-anchors）：全部 N 人在第 0 天即为老客，且无新增：初始粉丝占比 1 使所有人第 0 天成为粉丝。`
        + `m = 客单价 × 毛利率 = 10 × 1 = ${RETENTION_M} 元/次；每位留存粉丝每天购买一次（首购与复购概率均为 1 × 粉丝倍数 1，无复购间隔，信任敏感度 0），购买先于流失。`
        + `r = 1 − 取关率 = ${RETENTION_R}/天；流失者不再购买（流失倍数 0）。d = 日贴现率 = ${RETENTION_D}。`
        + `广告、自然流量、推荐、线下、客服、社群、推送、促销、疲劳、差评、信任变化及所有成本均关闭。`
        + `T 天期望 CLV 为教科书公式 m × Σ_{t<T} (r / (1 + d))^t，长期趋于 m(1 + d)/(1 + d − r)。教学用例，非校准。`,
    },
    overrides: {
      ...QUIET,
      population: 10_000,
      initialFollowerShare: 1,
      firstPurchaseRate: 1,
      purchaseRate: 1,
      minRepurchaseGapDays: 0,
      stageMultFollower: 1,
      stageMultLapsed: 0,
      unfollowRate: RETENTION_EXIT,
      orderValue: 10,
      grossMargin: 1,
      discountRateDaily: RETENTION_D,
      paidBudgetDaily: 0,
      referralRate: 0,
    },
  },
] as const satisfies readonly Preset[];
