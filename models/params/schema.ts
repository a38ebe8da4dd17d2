/**
 * The parameter schema: the single source of truth for every model parameter.
 *
 * Sliders, validation, URL state, the CLI's `--help` and the docs are all generated from
 * this table. Each entry says what the number means (English and Simplified Chinese), its
 * unit, its range and default, and where the default comes from: a figure from the source
 * articles (docs/sources.md), or "assumption" when no source gives one (see `source` below).
 */

/** The families a parameter belongs to (the panel's sections). */
export const PARAM_GROUPS = ['market', 'public', 'private', 'trust', 'product', 'costs'] as const;
export type ParamGroup = (typeof PARAM_GROUPS)[number];

export const GROUP_LABELS: Record<ParamGroup, { en: string; zh: string }> = {
  market: { en: 'Market', zh: '市场' },
  public: { en: 'Public domain', zh: '公域' },
  private: { en: 'Private-domain operations', zh: '私域运营' },
  trust: { en: 'Trust', zh: '信任' },
  product: { en: 'Product and money', zh: '产品与收入' },
  costs: { en: 'Costs', zh: '成本' },
};

interface Text {
  readonly en: string;
  readonly zh: string;
}

interface BaseSpec {
  readonly key: string;
  readonly group: ParamGroup;
  readonly label: Text;
  /** One line: what the number means. */
  readonly meaning: Text;
  /**
   * Where the default comes from, in one of three forms (tested in test/docs.test.ts):
   * - `assumption`: the team's judgment; the source articles give no figure
   *   (docs/sources.md#assumptions).
   * - `docs/sources.md#<section> (what the source says)`: the value is the articles' figure.
   * - `assumption (docs/sources.md#<section>: what the source says)`: the value is ours, its
   *   direction or form comes from the section cited (docs/model.md#<section> for a form that
   *   is the model's own).
   */
  readonly source: string;
}

export interface NumberSpec extends BaseSpec {
  readonly kind: 'number' | 'integer';
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly unit: Text;
  /** Slider scale; log for quantities that span orders of magnitude. */
  readonly scale?: 'linear' | 'log';
}

export interface ChoiceSpec extends BaseSpec {
  readonly kind: 'choice';
  readonly default: string;
  readonly choices: readonly string[];
  readonly choiceLabels: Readonly<Record<string, Text>>;
}

export type ParamSpec = NumberSpec | ChoiceSpec;

const A = 'assumption';
const u = (en: string, zh: string): Text => ({ en, zh });
const PER_DAY = u('1/day', '每天');
const SHARE = u('share 0–1', '比例 0–1');
const RMB_DAY = u('RMB/day', '元/天');
const MULT = u('×', '倍');

export const PARAM_SPECS = [
  // ── Market ────────────────────────────────────────────────────────────────────────────
  { key: 'population', group: 'market', kind: 'integer', default: 1_000_000, min: 1_000, max: 1_000_000_000, step: 1_000, scale: 'log',
    unit: u('people', '人'), label: u('Addressable market N', '可触达市场 N'),
    meaning: u('People on the platform the merchant could ever reach, in real people; the engine simulates N / agent weight agents.', '平台上商家可能触达的真实人数；引擎模拟 N / 智能体权重 个智能体。'), source: A },
  { key: 'agentWeight', group: 'market', kind: 'integer', default: 10, min: 1, max: 100_000, step: 1, scale: 'log',
    unit: u('people/agent', '人/智能体'), label: u('Agent weight', '智能体权重'),
    meaning: u('People one simulated agent stands for: a market of 3 million can run as 30,000 agents of weight 100. Inputs and outputs stay in real people and RMB.', '一个智能体代表的人数：300 万人的市场可用 30,000 个权重 100 的智能体模拟。输入与输出仍以真实人数和元计。'), source: 'assumption (docs/model.md#scale: a run\'s size, not a behaviour; outputs are in real people whatever the weight)' },
  { key: 'horizonDays', group: 'market', kind: 'integer', default: 365, min: 30, max: 1_095, step: 1,
    unit: u('days', '天'), label: u('Horizon', '模拟时长'),
    meaning: u('Days simulated, one step a day.', '模拟的天数，每步一天。'), source: 'assumption (docs/model.md#scale: default 365, up to 1,095)' },
  { key: 'initialFollowerShare', group: 'market', kind: 'number', default: 0, min: 0, max: 1, step: 0.001,
    unit: SHARE, label: u('Existing followers at day 0', '初始粉丝占比'),
    meaning: u('Share of the market already following at day 0 (the existing private domain).', '第 0 天已关注的人群占比（已有私域）。'), source: A },
  { key: 'discountRateDaily', group: 'market', kind: 'number', default: 0, min: 0, max: 0.01, step: 0.0001,
    unit: PER_DAY, label: u('Discount rate d', '日贴现率 d'),
    meaning: u('Daily discount rate applied to CLV; 0 gives the sources\' undiscounted CLV = R/M.', 'CLV 的日贴现率；0 即资料中的未贴现 CLV = R/M。'), source: 'docs/sources.md#cac-clv-and-roi (CLV = R/M, undiscounted)' },
  { key: 'attributionDays', group: 'market', kind: 'integer', default: 7, min: 1, max: 90, step: 1,
    unit: u('days', '天'), label: u('Private attribution window', '私域归因窗口'),
    meaning: u('An order counts as private-domain revenue when the buyer had a private touch (push, promotion, group event, conversation) within this many days.', '买家在此天数内有过私域触达（推送、促销、群活动、对话）时，订单计为私域收入。'), source: 'assumption (docs/model.md#metrics: the attribution window of the private share)' },

  // ── Public domain: paid ───────────────────────────────────────────────────────────────
  { key: 'paidBudgetDaily', group: 'public', kind: 'number', default: 3_000, min: 0, max: 1_000_000, step: 100, scale: 'log',
    unit: RMB_DAY, label: u('Ad budget', '投流预算'),
    meaning: u('Daily spend on paid exposure (商域: feed ads, DOU+, search).', '每日商域投放花费（信息流、DOU+、搜索）。'), source: A },
  { key: 'paidPricing', group: 'public', kind: 'choice', default: 'cac', choices: ['cac', 'cpm'],
    choiceLabels: { cac: u('Base CAC, rising as the market depletes', '基础获客成本，随市场消耗而上升'), cpm: u('CPM × click-through', 'CPM × 点击率') },
    label: u('Paid pricing', '投放计价方式'),
    meaning: u('How ad spend turns into leads: a base cost per lead that rises as the unaware pool shrinks, or impressions at a CPM with a click-through rate.', '投放如何变成线索：随未触达人群减少而上涨的单线索成本，或按 CPM 购买曝光再乘点击率。'), source: 'assumption (docs/model.md#paid: base CAC rising with depletion, or CPM × click-through)' },
  { key: 'baseCac', group: 'public', kind: 'number', default: 25, min: 0.1, max: 5_000, step: 0.1, scale: 'log',
    unit: u('RMB/lead', '元/线索'), label: u('Base cost per lead', '基础线索成本'),
    meaning: u('Cost of one paid lead in an untouched market (pricing = cac). A lead is a person who engages with the merchant; e-commerce cost per paying *customer* has passed 100 RMB, a lead costs less.', '未开发市场中一条付费线索的成本（计价=cac）。线索指与商家产生互动的人；电商单个付费客户的获客成本已超 100 元，线索更便宜。'), source: 'assumption (docs/sources.md#public-domain-acquisition-cost: e-commerce cost per customer has reached 100 RMB)' },
  { key: 'cacElasticity', group: 'public', kind: 'number', default: 1, min: 0, max: 3, step: 0.05,
    unit: u('exponent', '指数'), label: u('CAC rise with depletion', '获客成本上涨弹性'),
    meaning: u('Cost per paid lead = base × (never-reached share)^−elasticity: 0 keeps every lead at the base cost; higher makes leads dearer as the people ads have not yet reached run out.', '单条付费线索成本 = 基础 × (从未触达人群占比)^−弹性：0 表示线索始终为基础成本；越大，广告尚未触达的人越少时线索越贵。'), source: 'assumption (docs/model.md#paid: depletion measured on the never-reached share)' },
  { key: 'cpm', group: 'public', kind: 'number', default: 50, min: 1, max: 1_000, step: 1, scale: 'log',
    unit: u('RMB/1000 impressions', '元/千次曝光'), label: u('CPM', '千次曝光成本 CPM'),
    meaning: u('Price of 1,000 paid impressions (pricing = cpm), spread at random over the market; at the defaults a lead costs the same as with pricing = cac.', '每千次付费曝光的价格（计价=cpm），随机分布到整个市场；默认值下单条线索成本与 cac 计价相同。'), source: A },
  { key: 'clickThroughRate', group: 'public', kind: 'number', default: 0.002, min: 0, max: 0.5, step: 0.0001,
    unit: SHARE, label: u('Lead rate per impression', '单次曝光线索率'),
    meaning: u('Chance that a paid impression on a reachable person makes them a lead (pricing = cpm); several impressions on one person saturate.', '一次付费曝光使可触达者成为线索的概率（计价=cpm）；同一人多次曝光边际递减。'), source: A },
  { key: 'organicImpressionsDaily', group: 'public', kind: 'number', default: 20_000, min: 0, max: 10_000_000, step: 100, scale: 'log',
    unit: u('impressions/day', '次/天'), label: u('Organic reach', '自然流量曝光'),
    meaning: u('Free daily impressions from the algorithmic feed and search before any flywheel boost.', '算法推荐与搜索带来的每日免费曝光（未计私域反哺）。'), source: A },
  { key: 'organicConversion', group: 'public', kind: 'number', default: 0.01, min: 0, max: 0.5, step: 0.001,
    unit: SHARE, label: u('Organic lead rate', '自然流量转化率'),
    meaning: u('Chance that an organic impression on an unaware person makes them a lead.', '一次自然曝光使未触达者成为线索的概率。'), source: A },
  { key: 'flywheelStrength', group: 'public', kind: 'number', default: 5, min: 0, max: 10_000, step: 0.1, scale: 'log',
    unit: u('× per unit share of active fans', '每单位活跃粉丝占比倍数'), label: u('Flywheel (私域反哺)', '私域反哺'),
    meaning: u('Organic reach × (1 + strength × share of the market that are active fans), up to the ceiling: private feeds public, the same at any scale.', '自然曝光 × (1 + 强度 × 活跃粉丝占市场比例)，不超过上限：私域反哺公域，与规模无关。'), source: 'assumption (docs/sources.md#the-flywheel: active fans raise organic reach)' },
  { key: 'flywheelCap', group: 'public', kind: 'number', default: 5, min: 1, max: 100, step: 0.5,
    unit: MULT, label: u('Flywheel ceiling', '反哺上限'),
    meaning: u('Largest multiple of base organic reach the flywheel can reach (platform weight caps it).', '反哺能让自然流量放大的最大倍数（平台权重限制）。'), source: A },
  { key: 'forgetRate', group: 'public', kind: 'number', default: 0.05, min: 0, max: 1, step: 0.001,
    unit: PER_DAY, label: u('Forgetting', '遗忘率'),
    meaning: u('Daily chance that an exposed person who has not followed forgets the merchant (back to unaware).', '已曝光但未关注者每天遗忘商家（回到未触达）的概率。'), source: A },
  { key: 'lapsedReexposure', group: 'public', kind: 'number', default: 0.2, min: 0, max: 1, step: 0.01,
    unit: SHARE, label: u('Re-exposure of lapsed', '流失者再触达系数'),
    meaning: u('How likely public reach re-exposes someone who unfollowed, relative to an unaware person.', '取关者被公域再次触达的可能性（相对未触达者）。'), source: A },
  { key: 'referralRate', group: 'public', kind: 'number', default: 0.01, min: 0, max: 1, step: 0.001,
    unit: PER_DAY, label: u('Referral rate (裂变)', '裂变推荐率'),
    meaning: u('Daily chance that an eligible customer recommends the merchant to a random person (well mixed).', '合格老客每天向随机一人推荐商家的概率（均匀混合）。'), source: A },
  { key: 'referralTrustThreshold', group: 'public', kind: 'number', default: 0.6, min: 0, max: 1, step: 0.01,
    unit: u('trust 0–1', '信任 0–1'), label: u('Trust needed to refer', '推荐所需信任'),
    meaning: u('Only customers (bought at least once) with at least this trust refer others.', '只有信任不低于此值的老客（至少买过一次）才会推荐。'), source: A },
  { key: 'referralReward', group: 'public', kind: 'number', default: 10, min: 0, max: 1_000, step: 1,
    unit: u('RMB/referral', '元/次'), label: u('Referral reward', '推荐奖励'),
    meaning: u('Reward or group-buy discount paid per successful referral (拼团, 助力, invite rewards).', '每次成功推荐支付的奖励或拼团优惠（拼团、助力、邀请奖励）。'), source: A },
  { key: 'referralRewardBoost', group: 'public', kind: 'number', default: 1, min: 0, max: 10, step: 0.1,
    unit: MULT, label: u('Reward effect on referrals', '奖励对推荐的拉动'),
    meaning: u('Referral rate × (1 + boost × reward / order value): how much the incentive lifts sharing.', '推荐率 × (1 + 拉动 × 奖励 / 客单价)：激励对分享的提升。'), source: A },
  { key: 'offlineVisitorsDaily', group: 'public', kind: 'number', default: 0, min: 0, max: 100_000, step: 10,
    unit: u('people/day', '人/天'), label: u('Store visitors (线下引流)', '门店客流'),
    meaning: u('People who pass through the store each day and see its QR code.', '每天经过门店并看到二维码的人数。'), source: A },
  { key: 'offlineScanRate', group: 'public', kind: 'number', default: 0.1, min: 0, max: 1, step: 0.01,
    unit: SHARE, label: u('QR-scan rate', '扫码率'),
    meaning: u('Share of store visitors who scan and follow (or add as a contact).', '扫码关注（或加为好友）的到店客比例。'), source: A },
  { key: 'offlineContactShare', group: 'public', kind: 'number', default: 0.3, min: 0, max: 1, step: 0.01,
    unit: SHARE, label: u('Scans that add a contact', '扫码加好友比例'),
    meaning: u('Share of scans that become one-to-one contacts (WeCom friend) rather than plain followers.', '扫码后成为一对一好友（企业微信）而非普通粉丝的比例。'), source: A },
  { key: 'offlineLocalShare', group: 'public', kind: 'number', default: 0.05, min: 0.01, max: 1, step: 0.01,
    unit: SHARE, label: u('Local pool', '门店周边人群'),
    meaning: u('Share of the market living near the store: scans come only from them (a county-town shop\'s 10-km "middle domain").', '住在门店附近的人群占比：扫码只来自这些人（县城门店 10 公里的"中域"）。'), source: 'assumption (docs/sources.md#kuaishous-middle-domain: a local shop\'s 10 km radius)' },

  // ── Private-domain operations ─────────────────────────────────────────────────────────
  { key: 'followRate', group: 'private', kind: 'number', default: 0.04, min: 0, max: 1, step: 0.001,
    unit: PER_DAY, label: u('Follow rate (关注)', '关注率'),
    meaning: u('Daily chance that an exposed person follows, at reference trust.', '已曝光者在参考信任下每天关注的概率。'), source: A },
  { key: 'pushesPerWeek', group: 'private', kind: 'number', default: 3, min: 0, max: 28, step: 0.5,
    unit: u('pushes/week', '次/周'), label: u('Content pushes', '内容推送频次'),
    meaning: u('Posts, pushes and live bookings sent to followers a week (capped by the platform).', '每周向粉丝推送的图文、视频、直播预约次数（受平台上限约束）。'), source: A },
  { key: 'pushCapMonthly', group: 'private', kind: 'number', default: 8, min: 0, max: 120, step: 1,
    unit: u('pushes/month', '次/月'), label: u('Platform push cap', '平台推送上限'),
    meaning: u('Free pushes a month the platform allows to all followers (Douyin: 8).', '平台允许每月向全部粉丝免费推送的次数（抖音：8 次）。'), source: 'docs/sources.md#douyins-follower-push-cap (Douyin: 8 free touches a month)' },
  { key: 'followerReach', group: 'private', kind: 'number', default: 0.3, min: 0, max: 1, step: 0.01,
    unit: SHARE, label: u('Follower reach', '粉丝触达率'),
    meaning: u('Share of followers who actually see a push (the platform rations follower reach).', '实际看到一次推送的粉丝比例（平台对粉丝触达有配给）。'), source: 'assumption (docs/sources.md#douyin-rations-follower-reach: a video is not shown to most fans)' },
  { key: 'touchConversion', group: 'private', kind: 'number', default: 0.002, min: 0, max: 0.5, step: 0.0001,
    unit: u('orders/touch', '单/次触达'), label: u('Orders per touch', '触达直接成交率'),
    meaning: u('Chance that a push, promotion or group event seen turns into an order the same day, at reference trust, when the person can buy.', '看到一次推送、促销或群活动当天直接下单的概率（参考信任下，且此人可购买时）。'), source: A },
  { key: 'dmRate', group: 'private', kind: 'number', default: 0.01, min: 0, max: 1, step: 0.001,
    unit: PER_DAY, label: u('DM / add-friend rate', '私信加好友率'),
    meaning: u('Daily chance that a follower opens a one-to-one thread (DM, WeChat/WeCom friend), at reference trust.', '粉丝在参考信任下每天开启一对一关系（私信、加微信/企微）的概率。'), source: A },
  { key: 'staff', group: 'private', kind: 'integer', default: 2, min: 0, max: 1_000, step: 1, scale: 'log',
    unit: u('people', '人'), label: u('Service staff', '客服/顾问人数'),
    meaning: u('People doing one-to-one service (consultation, after-sales care).', '做一对一服务（咨询、售后关怀）的人数。'), source: A },
  { key: 'conversationsPerStaff', group: 'private', kind: 'number', default: 60, min: 0, max: 1_000, step: 1,
    unit: u('conversations/day', '次/天'), label: u('Conversations per staff', '人均日对话量'),
    meaning: u('One-to-one conversations each staff member holds a day with followers, contacts and group members.', '每位员工每天与粉丝、好友、群成员的一对一对话次数。'), source: A },
  { key: 'serviceCloseRate', group: 'private', kind: 'number', default: 0.03, min: 0, max: 1, step: 0.001,
    unit: SHARE, label: u('Sale per conversation', '对话成交率'),
    meaning: u('Chance a conversation ends in an order, at reference trust, when the person can buy.', '参考信任下一次对话促成订单的概率（此人可购买时）。'), source: A },
  { key: 'serviceTargeting', group: 'private', kind: 'choice', default: 'trust', choices: ['trust', 'random'],
    choiceLabels: { trust: u('Warmest fans first (by trust)', '优先最热的粉丝（按信任）'), random: u('At random', '随机') },
    label: u('Who staff talk to', '客服对话对象'),
    meaning: u('How conversations are targeted: at the private-domain people most likely to buy (highest trust), or at random.', '对话的分配方式：优先最可能购买（信任最高）的私域用户，或随机。'), source: 'assumption (docs/model.md#service: conversations go to the warmest fans first, or at random)' },
  { key: 'contactCapPerStaff', group: 'private', kind: 'integer', default: 5_000, min: 0, max: 100_000, step: 100, scale: 'log',
    unit: u('contacts/staff', '好友/人'), label: u('Contact list per staff', '每人好友上限'),
    meaning: u('One-to-one contacts one staff member can hold (the WeChat / WeCom friend limit); no staff, no contacts.', '每位员工可维护的一对一好友数（微信/企业微信好友上限）；无员工则无好友。'), source: 'assumption (docs/sources.md#one-to-one-service: WeChat\'s own personal friend limit is 5,000; the articles give none)' },
  { key: 'groupInviteRate', group: 'private', kind: 'number', default: 0.01, min: 0, max: 1, step: 0.001,
    unit: PER_DAY, label: u('Group join rate', '入群率'),
    meaning: u('Daily chance that a follower or contact joins a fan group, at reference trust.', '粉丝或好友在参考信任下每天加入粉丝群的概率。'), source: A },
  { key: 'groups', group: 'private', kind: 'integer', default: 10, min: 0, max: 10_000, step: 1, scale: 'log',
    unit: u('groups', '个'), label: u('Groups operated', '运营群数'),
    meaning: u('Fan groups the merchant runs; seats = groups × capacity.', '商家运营的粉丝群数量；席位 = 群数 × 群容量。'), source: A },
  { key: 'groupCapacity', group: 'private', kind: 'integer', default: 500, min: 1, max: 10_000, step: 1,
    unit: u('members/group', '人/群'), label: u('Group capacity', '群容量'),
    meaning: u('Members one group holds (WeChat: 500).', '单个群可容纳人数（微信：500）。'), source: 'docs/sources.md#wechat-group-capacity (WeChat: 500 per group, its own limit, not from the articles)' },
  { key: 'groupEventsPerWeek', group: 'private', kind: 'number', default: 3, min: 0, max: 28, step: 0.5,
    unit: u('events/week', '次/周'), label: u('Group activity', '群活动频次'),
    meaning: u('Red packets, events and live-stream syncs held in every group a week.', '每群每周的红包、活动、直播同步次数。'), source: A },
  { key: 'groupEngagement', group: 'private', kind: 'number', default: 0.5, min: 0, max: 1, step: 0.01,
    unit: SHARE, label: u('Group engagement', '群活跃参与率'),
    meaning: u('Share of members who take part in (are touched by) a group event.', '参与（被触达）一次群活动的成员比例。'), source: A },
  { key: 'groupLeaveRate', group: 'private', kind: 'number', default: 0.003, min: 0, max: 1, step: 0.001,
    unit: PER_DAY, label: u('Group leave rate', '退群率'),
    meaning: u('Daily chance a member leaves the group (back to follower or contact) before fatigue.', '成员每天退群（回到粉丝或好友）的基础概率，不含疲劳。'), source: A },
  { key: 'unfollowRate', group: 'private', kind: 'number', default: 0.002, min: 0, max: 1, step: 0.001,
    unit: PER_DAY, label: u('Unfollow rate', '取关率'),
    meaning: u('Daily chance a follower, contact or member unfollows or blocks (lapsed) before fatigue; 1 − retention r.', '粉丝、好友或群成员每天取关/拉黑（流失）的基础概率（不含疲劳）；即 1 − 留存率 r。'), source: A },
  { key: 'promotionsPerMonth', group: 'private', kind: 'number', default: 2, min: 0, max: 30, step: 0.5,
    unit: u('days/month', '天/月'), label: u('Promotion days', '促销天数'),
    meaning: u('Coupon days a month, announced to the private domain.', '每月向私域发券的促销天数。'), source: A },
  { key: 'couponDepth', group: 'private', kind: 'number', default: 0.1, min: 0, max: 0.9, step: 0.01,
    unit: SHARE, label: u('Coupon depth', '优惠力度'),
    meaning: u('Share of the order value taken off on promotion days (lowers margin).', '促销日订单减免的比例（降低毛利）。'), source: A },
  { key: 'couponUplift', group: 'private', kind: 'number', default: 5, min: 0, max: 50, step: 0.1,
    unit: u('× per unit depth', '每单位力度倍数'), label: u('Coupon pull', '优惠拉动'),
    meaning: u('Purchase odds on a promotion day × (1 + pull × depth).', '促销日购买概率 × (1 + 拉动 × 力度)。'), source: A },

  // ── Trust ─────────────────────────────────────────────────────────────────────────────
  { key: 'trustInitPaid', group: 'trust', kind: 'number', default: 0.1, min: 0, max: 1, step: 0.01,
    unit: u('trust 0–1', '信任 0–1'), label: u('Initial trust: paid', '初始信任：付费'),
    meaning: u('Trust of a lead who came from an ad.', '来自广告的线索的初始信任。'), source: 'assumption (docs/model.md#trust: paid low)' },
  { key: 'trustInitOrganic', group: 'trust', kind: 'number', default: 0.2, min: 0, max: 1, step: 0.01,
    unit: u('trust 0–1', '信任 0–1'), label: u('Initial trust: organic', '初始信任：自然'),
    meaning: u('Trust of a lead from organic reach (also the existing followers at day 0).', '来自自然流量的线索（及第 0 天已有粉丝）的初始信任。'), source: 'assumption (docs/model.md#trust: organic low-mid)' },
  { key: 'trustInitOffline', group: 'trust', kind: 'number', default: 0.4, min: 0, max: 1, step: 0.01,
    unit: u('trust 0–1', '信任 0–1'), label: u('Initial trust: offline', '初始信任：线下'),
    meaning: u('Trust of someone who scanned a store QR code.', '门店扫码者的初始信任。'), source: 'assumption (docs/model.md#trust: offline mid)' },
  { key: 'trustInitReferral', group: 'trust', kind: 'number', default: 0.5, min: 0, max: 1, step: 0.01,
    unit: u('trust 0–1', '信任 0–1'), label: u('Initial trust: referral', '初始信任：推荐'),
    meaning: u('Trust of someone a friend referred.', '朋友推荐来的人的初始信任。'), source: 'assumption (docs/model.md#trust: referral high)' },
  { key: 'trustRest', group: 'trust', kind: 'number', default: 0.2, min: 0, max: 1, step: 0.01,
    unit: u('trust 0–1', '信任 0–1'), label: u('Resting trust', '静息信任'),
    meaning: u('Trust drifts back to this level on days without a touch: an untouched customer forgets the warmth, not the product.', '无触达的日子里信任回落到此水平：没人维护的老客忘记的是温度，不是产品。'), source: 'assumption (docs/model.md#trust: trust rests at a typical new follower\'s level, not at 0)' },
  { key: 'trustReference', group: 'trust', kind: 'number', default: 0.2, min: 0, max: 1, step: 0.01,
    unit: u('trust 0–1', '信任 0–1'), label: u('Reference trust', '参考信任'),
    meaning: u('Trust at which the trust multiplier is 1 (a typical new follower): the rates are stated for a person at this trust.', '信任乘数为 1 时的信任（典型新粉丝）：各项概率都按此信任水平给出。'), source: 'assumption (docs/model.md#trust: the rates are stated for a typical new follower)' },
  { key: 'trustGain', group: 'trust', kind: 'number', default: 0.05, min: 0, max: 1, step: 0.005,
    unit: u('share of the gap', '差距比例'), label: u('Trust gain per touch', '每次触达信任增益'),
    meaning: u('Each valuable touch: trust += gain × (1 − trust).', '每次有价值的触达：信任 += 增益 × (1 − 信任)。'), source: 'assumption (docs/model.md#trust: the form trust += gain × (1 − trust))' },
  { key: 'trustGainPurchase', group: 'trust', kind: 'number', default: 0.02, min: 0, max: 1, step: 0.005,
    unit: u('share of the gap', '差距比例'), label: u('Trust gain per good order', '每次满意订单信任增益'),
    meaning: u('A good order: trust += gain × (1 − trust); 0 means buying builds no trust by itself.', '一次满意订单：信任 += 增益 × (1 − 信任)；0 表示购买本身不建立信任。'), source: A },
  { key: 'trustDecay', group: 'trust', kind: 'number', default: 0.01, min: 0, max: 1, step: 0.001,
    unit: PER_DAY, label: u('Trust decay', '信任衰减'),
    meaning: u('Each day without a touch: trust += decay × (resting trust − trust).', '每个未被触达的日子：信任 += 衰减 × (静息信任 − 信任)。'), source: 'assumption (docs/model.md#trust: the form trust += decay × (rest − trust))' },
  { key: 'trustSensitivity', group: 'trust', kind: 'number', default: 0.8, min: 0, max: 1, step: 0.01,
    unit: u('0–1', '0–1'), label: u('Trust sensitivity', '信任敏感度'),
    meaning: u('How much trust moves follow, DM, join and purchase odds: × max(0, 1 + 2·s·(trust − reference trust)).', '信任对关注、私信、入群、购买概率的影响：× max(0, 1 + 2·s·(信任 − 参考信任))。'), source: A },
  { key: 'fatigueTolerance', group: 'trust', kind: 'integer', default: 3, min: 0, max: 50, step: 1,
    unit: u('touches/week', '次/周'), label: u('Touch tolerance', '触达容忍度'),
    meaning: u('Touches a person welcomes in a week; beyond it each touch is spam.', '一周内可接受的触达次数；超过后每次都是骚扰。'), source: A },
  { key: 'fatiguePenalty', group: 'trust', kind: 'number', default: 0.1, min: 0, max: 1, step: 0.01,
    unit: u('share of trust', '信任比例'), label: u('Spam penalty', '骚扰惩罚'),
    meaning: u('Each touch beyond tolerance: trust −= penalty × trust.', '超出容忍度的每次触达：信任 −= 惩罚 × 信任。'), source: 'assumption (docs/sources.md#over-touching-destroys-trust: over-touching destroys trust)' },
  { key: 'fatigueExitRate', group: 'trust', kind: 'number', default: 0.03, min: 0, max: 1, step: 0.001,
    unit: u('per excess touch', '每次超额触达'), label: u('Spam exit odds', '骚扰流失概率'),
    meaning: u('Chance each touch beyond tolerance makes a person unfollow (or leave the group).', '每次超额触达导致取关（或退群）的概率。'), source: 'assumption (docs/sources.md#over-touching-destroys-trust: nobody wants an ad-bot)' },
  { key: 'tierAffinity', group: 'trust', kind: 'number', default: 0.4, min: 0, max: 1, step: 0.01,
    unit: u('trust 0–1', '信任 0–1'), label: u('Affinity-fan threshold', '好感粉门槛'),
    meaning: u('Trust at which a passer-by fan (路人粉) becomes an affinity fan (好感粉).', '路人粉升为好感粉的信任门槛。'), source: 'assumption (docs/sources.md#fan-tiers: Douyin fan tiers, no thresholds given)' },
  { key: 'tierTrueLove', group: 'trust', kind: 'number', default: 0.75, min: 0, max: 1, step: 0.01,
    unit: u('trust 0–1', '信任 0–1'), label: u('True-love-fan threshold', '真爱粉门槛'),
    meaning: u('Trust at which an affinity fan becomes a true-love fan (真爱粉).', '好感粉升为真爱粉的信任门槛。'), source: 'assumption (docs/sources.md#fan-tiers: Douyin fan tiers, no thresholds given)' },
  { key: 'badExperienceRate', group: 'trust', kind: 'number', default: 0.05, min: 0, max: 1, step: 0.01,
    unit: SHARE, label: u('Bad purchase experience', '差评体验率'),
    meaning: u('Chance that an order goes wrong; it cuts trust instead of building it.', '订单体验不佳的概率；会降低而非提升信任。'), source: A },
  { key: 'badExperienceLoss', group: 'trust', kind: 'number', default: 0.5, min: 0, max: 1, step: 0.01,
    unit: u('share of trust', '信任比例'), label: u('Trust lost on a bad order', '差评信任损失'),
    meaning: u('A bad order: trust −= loss × trust.', '一次差体验：信任 −= 损失 × 信任。'), source: A },

  // ── Product and money ─────────────────────────────────────────────────────────────────
  { key: 'firstPurchaseRate', group: 'product', kind: 'number', default: 0.003, min: 0, max: 1, step: 0.0001,
    unit: PER_DAY, label: u('First-purchase odds', '首购概率'),
    meaning: u('Daily odds that a follower at reference trust who never bought places a first order.', '参考信任下从未购买的粉丝每天首次下单的概率。'), source: A },
  { key: 'purchaseRate', group: 'product', kind: 'number', default: 0.004, min: 0, max: 1, step: 0.0001,
    unit: PER_DAY, label: u('Repeat frequency', '复购频率'),
    meaning: u('Daily odds that a follower at reference trust who has bought buys again, once the minimum gap has passed (0.004 ≈ once in 250 days for a plain follower; warmer fans and group members buy more often; about 0 for one-off goods).', '参考信任下已购粉丝在最短间隔之后每天再次购买的概率（0.004 ≈ 普通粉丝约 250 天一次；更热的粉丝与群成员更频繁；一次性商品约为 0）。'), source: A },
  { key: 'minRepurchaseGapDays', group: 'product', kind: 'integer', default: 14, min: 0, max: 1_095, step: 1,
    unit: u('days', '天'), label: u('Minimum repurchase gap', '最短复购间隔'),
    meaning: u('Days after an order during which the same person cannot buy again (nobody buys a second car next week).', '下单后同一人不会再次购买的天数（没人下周再买一辆车）。'), source: A },
  { key: 'stageMultExposed', group: 'product', kind: 'number', default: 0.3, min: 0, max: 50, step: 0.05,
    unit: MULT, label: u('Buying: exposed', '购买倍数：已曝光'),
    meaning: u('Purchase odds of an exposed non-follower relative to a follower (buying straight from an ad).', '已曝光未关注者相对粉丝的购买倍数（看广告直接下单）。'), source: A },
  { key: 'stageMultFollower', group: 'product', kind: 'number', default: 1, min: 0, max: 50, step: 0.05,
    unit: MULT, label: u('Buying: follower', '购买倍数：粉丝'),
    meaning: u('Purchase odds of a follower (the reference, normally 1).', '粉丝的购买倍数（基准，通常为 1）。'), source: A },
  { key: 'stageMultContact', group: 'product', kind: 'number', default: 1.5, min: 0, max: 50, step: 0.05,
    unit: MULT, label: u('Buying: contact', '购买倍数：好友'),
    meaning: u('Purchase odds of a one-to-one contact relative to a follower.', '一对一好友相对粉丝的购买倍数。'), source: A },
  { key: 'stageMultGroup', group: 'product', kind: 'number', default: 2, min: 0, max: 50, step: 0.05,
    unit: MULT, label: u('Buying: group member', '购买倍数：群成员'),
    meaning: u('Purchase odds of a group member relative to a follower.', '群成员相对粉丝的购买倍数。'), source: 'assumption (docs/sources.md#luzhou-laojiao: 70% repurchase among group members)' },
  { key: 'stageMultLapsed', group: 'product', kind: 'number', default: 0.05, min: 0, max: 50, step: 0.01,
    unit: MULT, label: u('Buying: lapsed', '购买倍数：已流失'),
    meaning: u('Purchase odds of someone who unfollowed, relative to a follower (trust not applied).', '已取关者相对粉丝的购买倍数（不计信任）。'), source: A },
  { key: 'orderValue', group: 'product', kind: 'number', default: 120, min: 1, max: 1_000_000, step: 1, scale: 'log',
    unit: u('RMB/order', '元/单'), label: u('Order value', '客单价'),
    meaning: u('List price of one order before coupons.', '一单的标价（未计优惠）。'), source: A },
  { key: 'grossMargin', group: 'product', kind: 'number', default: 0.4, min: 0, max: 1, step: 0.01,
    unit: SHARE, label: u('Gross margin', '毛利率'),
    meaning: u('Share of list price left after cost of goods; coupons come out of it.', '扣除商品成本后的标价比例；优惠从中扣除。'), source: A },

  // ── Costs ─────────────────────────────────────────────────────────────────────────────
  { key: 'privateFixedCostDaily', group: 'costs', kind: 'number', default: 300, min: 0, max: 1_000_000, step: 10,
    unit: RMB_DAY, label: u('Private-domain fixed cost', '私域固定成本'),
    meaning: u('Team overhead and SCRM tools a day, whatever the size of the private domain.', '团队开销与 SCRM 工具的日成本，与私域规模无关。'), source: A },
  { key: 'staffCostDaily', group: 'costs', kind: 'number', default: 300, min: 0, max: 100_000, step: 10,
    unit: u('RMB/staff/day', '元/人/天'), label: u('Staff cost', '人力成本'),
    meaning: u('Daily cost of one service staff member.', '每位服务人员的日成本。'), source: A },
  { key: 'memberCostDaily', group: 'costs', kind: 'number', default: 0.005, min: 0, max: 10, step: 0.001,
    unit: u('RMB/member/day', '元/人/天'), label: u('Cost per private member', '私域人均成本'),
    meaning: u('Variable cost a day per follower, contact or group member (messaging, tools per seat).', '每位粉丝、好友或群成员的日变动成本（消息、按席位计费的工具）。'), source: A },
  { key: 'groupEventCost', group: 'costs', kind: 'number', default: 150, min: 0, max: 100_000, step: 1,
    unit: u('RMB/event/group', '元/次/群'), label: u('Cost per group event', '每次群活动成本'),
    meaning: u('Red packets and prizes spent on one event in one group; charged for every group the merchant runs, full or not.', '一个群一次活动的红包与奖品支出；商家运营的每个群都计费，无论是否满员。'), source: A },
  { key: 'pushCost', group: 'costs', kind: 'number', default: 800, min: 0, max: 100_000, step: 10, scale: 'log',
    unit: u('RMB/push', '元/次'), label: u('Cost per push', '每次推送成本'),
    meaning: u('Producing one push (a post, short video or live-stream booking), content or promotion.', '制作一次推送（图文、短视频或直播预约）的成本，含促销推送。'), source: A },
  { key: 'offlineScanCost', group: 'costs', kind: 'number', default: 5, min: 0, max: 1_000, step: 0.5,
    unit: u('RMB/scan', '元/次'), label: u('Scan incentive', '扫码激励'),
    meaning: u('Coupon or gift given for scanning the store QR code and following ("add on WeChat for a coupon").', '扫码关注门店二维码获得的优惠券或礼品（"加微信领券"）。'), source: 'assumption (docs/sources.md#referral-and-fission: "add on WeChat for a coupon")' },
] as const satisfies readonly ParamSpec[];

export type ParamKey = (typeof PARAM_SPECS)[number]['key'];
type SpecOf<K extends ParamKey> = Extract<(typeof PARAM_SPECS)[number], { key: K }>;

/** A fully resolved, valid parameter set: one value for every key of the schema. */
export type Params = {
  -readonly [K in ParamKey]: SpecOf<K> extends { kind: 'choice'; choices: readonly (infer C)[] } ? C : number;
};

export const PARAM_KEYS: readonly ParamKey[] = PARAM_SPECS.map((spec) => spec.key);

const SPEC_BY_KEY = new Map<string, ParamSpec>(PARAM_SPECS.map((spec) => [spec.key, spec]));

/** The spec of one parameter, or undefined for an unknown key. */
export function specOf(key: string): ParamSpec | undefined {
  return SPEC_BY_KEY.get(key);
}

/** The default scenario: every parameter at its schema default. */
export function defaultParams(): Params {
  const params: Record<string, number | string> = {};
  for (const spec of PARAM_SPECS) params[spec.key] = spec.default;
  return params as Params;
}

/** Fewest and most agents a run may simulate (`population / agentWeight`). */
export const AGENT_LIMITS = { min: 1_000, max: 10_000_000 } as const;

/**
 * Agents the engine simulates: `population / agentWeight` (docs/model.md#scale). Valid
 * parameters make this a whole number within `AGENT_LIMITS`.
 */
export function agentCount(params: Pick<Params, 'population' | 'agentWeight'>): number {
  return params.population / params.agentWeight;
}

/** The default scenario's seed: the app's, and the one its worker runs ahead of being asked. */
export const DEFAULT_SEED = 42;

/** The keys whose values differ between two parameter sets, in schema order. */
export function changedKeys(a: Params, b: Params): ParamKey[] {
  return PARAM_KEYS.filter((key) => !Object.is(a[key], b[key]));
}
