/**
 * The lesson's glossary: the trade's terms in English and 简体中文, each with a one-line
 * definition drawn from the sources (docs/sources.md). Every step links the terms it uses by id.
 */
import type { Text } from './text.ts';

export type { Text } from './text.ts';

export const TERM_IDS = [
  'publicDomain',
  'privateDomain',
  'commercialDomain',
  'fission',
  'repurchase',
  'passerby',
  'affinity',
  'trueLove',
  'cac',
  'clv',
  'roi',
] as const;
export type TermId = (typeof TERM_IDS)[number];

export interface Term {
  readonly id: TermId;
  /** The term as said in each language (the Chinese term appears in both). */
  readonly term: Text;
  readonly definition: Text;
}

export const GLOSSARY: readonly Term[] = [
  {
    id: 'publicDomain',
    term: { en: 'Public domain (公域)', zh: '公域' },
    definition: {
      en: 'Places where a platform owns the audience and decides who sees what: algorithmic feeds, search, marketplaces. Reach there is bought again and again.',
      zh: '平台拥有受众、决定谁看到什么的地方：算法推荐、搜索、电商平台。在这里触达需要反复购买。',
    },
  },
  {
    id: 'privateDomain',
    term: { en: 'Private domain (私域)', zh: '私域' },
    definition: {
      en: 'Audiences a business can reach again at any time, nearly free: followers, private messages, fan groups, WeChat contacts, mini-programs.',
      zh: '商家可随时、几乎免费反复触达的受众：粉丝、私信、粉丝群、微信好友、小程序。',
    },
  },
  {
    id: 'commercialDomain',
    term: { en: 'Commercial domain (商域)', zh: '商域' },
    definition: {
      en: 'The paid part of the public domain: ads, DOU+, bidding. Each lead costs money (CPM, cost per lead).',
      zh: '公域中的付费部分：广告、DOU+、竞价。每条线索都要花钱（千次曝光成本、线索成本）。',
    },
  },
  {
    id: 'fission',
    term: { en: 'Fission (裂变)', zh: '裂变' },
    definition: {
      en: 'Customers bringing in other customers: share-to-win, group buying (拼团), assists (助力), invite rewards. Word of mouth with an incentive.',
      zh: '老客带新客：分享有礼、拼团、助力、邀请奖励。带激励的口碑传播。',
    },
  },
  {
    id: 'repurchase',
    term: { en: 'Repurchase (复购)', zh: '复购' },
    definition: {
      en: 'Buying again. The 90-day repurchase rate is the share of customers who ordered again within 90 days of their first order (counting those observed that long); a private domain earns its keep here.',
      zh: '再次购买。90 天复购率是首单后 90 天内再次下单的顾客占比（只计观察满 90 天者）；私域的价值主要体现在这里。',
    },
  },
  {
    id: 'passerby',
    term: { en: 'Passer-by fan (路人粉)', zh: '路人粉' },
    definition: {
      en: 'A follower with little trust yet: the lowest of Douyin\'s three fan tiers. In the model: trust below the affinity threshold.',
      zh: '信任尚低的粉丝：抖音三级粉丝中的最低一级。模型中：信任低于好感粉门槛。',
    },
  },
  {
    id: 'affinity',
    term: { en: 'Affinity fan (好感粉)', zh: '好感粉' },
    definition: {
      en: 'A follower who likes the brand: trust at or above the affinity threshold. Affinity fans feed the flywheel.',
      zh: '对品牌有好感的粉丝：信任达到好感粉门槛。好感粉推动私域反哺。',
    },
  },
  {
    id: 'trueLove',
    term: { en: 'True-love fan (真爱粉)', zh: '真爱粉' },
    definition: {
      en: 'A loyal fan: trust at or above the true-love threshold. Buys most, refers most.',
      zh: '忠实粉丝：信任达到真爱粉门槛。购买最多、推荐最多。',
    },
  },
  {
    id: 'cac',
    term: { en: 'CAC (customer acquisition cost, 获客成本)', zh: 'CAC（获客成本）' },
    definition: {
      en: 'CAC = C / M: acquisition spend C over the leads it brought M (a person reached again counts again). Per customer, C is divided by the leads who bought. Organic leads cost nothing: no CAC.',
      zh: 'CAC = C / M：获客花费 C 除以带来的线索数 M（再次触达的人重复计数）。按客户计时，C 除以下过单的线索数。自然流量线索免费：没有 CAC。',
    },
  },
  {
    id: 'clv',
    term: { en: 'CLV (customer lifetime value, 客户终身价值)', zh: 'CLV（客户终身价值）' },
    definition: {
      en: 'CLV = R / M: revenue R from a cohort over its leads M, read at slices: 1 week, 1 month, 2 months, 3 months, half a year (and the first order, per buyer). On gross margin it is the margin CLV.',
      zh: 'CLV = R / M：一个同期群的收入 R 除以线索数 M，在 1 周、1 月、2 月、3 月、半年等时间切片上读取（首单按买家计）。按毛利计即毛利 CLV。',
    },
  },
  {
    id: 'roi',
    term: { en: 'ROI (return on investment, 投资回报率)', zh: 'ROI（投资回报率）' },
    definition: {
      en: 'ROI = CLV / CAC, watched per cohort at each slice: the revenue ROI. Above 1, the cohort\'s revenue has covered what it cost to acquire. The margin ROI divides gross margin by the acquisition and operating cost: above 1, it has paid back its whole cost.',
      zh: 'ROI = CLV / CAC，按同期群在各时间切片上观察，即收入 ROI。大于 1 表示该群的收入已覆盖获客成本。毛利 ROI 是毛利 ÷（获客成本 + 运营成本）：大于 1 表示已收回全部成本。',
    },
  },
];

export function termById(id: TermId): Term {
  const term = GLOSSARY.find((t) => t.id === id);
  if (!term) throw new Error(`unknown glossary term ${id}`);
  return term;
}
