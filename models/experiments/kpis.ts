/**
 * The KPIs an experiment reports for every run: the run summary's numbers, plus the
 * all-channel cohort's CLV and ROI at every time slice (`roi90`, `clvMargin365`, `roiFirst`…).
 * Declared once here (key, direction, format, en/zh label) so the CLI, the tidy export and the
 * charts agree on names.
 */
import { SLICES, SPEND_CATEGORIES, type RunResult, type Slice, type SpendCategory, type Summary } from '../output/contract.ts';
import type { ParamKey } from '../params/schema.ts';

/** How a KPI value reads: RMB, a multiple, days, a share 0–1, or a count. */
export type KpiFormat = 'money' | 'ratio' | 'days' | 'share' | 'count';

export interface KpiSpec {
  readonly key: string;
  /** Which way is good news (used to pick the best share of a budget split). */
  readonly better: 'higher' | 'lower';
  readonly format: KpiFormat;
  readonly label: { readonly en: string; readonly zh: string };
  /** One line: what the number is (docs/model.md#metrics says it in full). */
  readonly definition?: { readonly en: string; readonly zh: string };
  /** The inputs the number leans on most directly (the cards mark the assumed ones). */
  readonly drivers?: readonly ParamKey[];
}

type SummaryKey = Exclude<keyof Summary, 'profitByMonth'>;

const SUMMARY_KPIS: readonly (KpiSpec & { key: SummaryKey })[] = [
  { key: 'profit', better: 'higher', format: 'money', label: { en: 'Profit over the horizon (RMB)', zh: '周期利润（元）' },
    definition: {
      en: 'Margin less all spend (ads, rewards, scan incentives, content, groups, staff, tools, fixed) over the horizon, everyone included.',
      zh: '周期内毛利减去全部支出（广告、奖励、扫码激励、内容、社群、人力、工具、固定成本），含全部用户。',
    },
    drivers: ['grossMargin', 'purchaseRate', 'firstPurchaseRate', 'paidBudgetDaily'] },
  { key: 'roiMargin180', better: 'higher', format: 'ratio', label: { en: 'Margin ROI at 180 days, fully loaded (×)', zh: '180 天毛利 ROI（全成本，倍）' },
    definition: {
      en: 'Margin within 180 days of acquisition over the fully-loaded cost of those leads (acquisition spend + private-domain operating cost); 1 = paid back.',
      zh: '获客后 180 天内的毛利 ÷ 这些线索的全部成本（获客支出 + 私域运营成本）；1 即回本。',
    },
    drivers: ['grossMargin', 'purchaseRate', 'baseCac'] },
  { key: 'cacPaidPerCustomer', better: 'lower', format: 'money', label: { en: 'Paid CAC per customer (RMB)', zh: '付费获客成本（元/客户）' },
    definition: {
      en: 'Ad spend over the people ads brought in who ordered at least once (not per lead).',
      zh: '广告支出 ÷ 广告带来并至少下单一次的人数（按客户计，非按线索）。',
    },
    drivers: ['baseCac', 'cacElasticity', 'firstPurchaseRate'] },
  { key: 'cacPaidPerLead', better: 'lower', format: 'money', label: { en: 'Paid cost per lead (RMB)', zh: '付费线索成本（元/线索）' },
    definition: {
      en: 'Ad spend over the leads ads brought in (a person reached again counts again).',
      zh: '广告支出 ÷ 广告带来的线索数（再次触达的人重复计数）。',
    },
    drivers: ['baseCac', 'cacElasticity'] },
  { key: 'cacBlendedPerCustomer', better: 'lower', format: 'money', label: { en: 'Blended CAC per customer, organic included (RMB)', zh: '综合获客成本，含自然流量（元/客户）' },
    definition: {
      en: 'All acquisition spend over all new customers, free organic ones included.',
      zh: '全部获客支出 ÷ 全部新客户，含免费的自然流量客户。',
    },
    drivers: ['baseCac', 'organicImpressionsDaily', 'firstPurchaseRate'] },
  { key: 'cacFullyLoaded', better: 'lower', format: 'money', label: { en: 'Fully-loaded CAC per customer (RMB)', zh: '全成本获客成本（元/客户）' },
    definition: {
      en: 'Acquisition spend plus the private-domain cost of serving the acquired, over new customers.',
      zh: '获客支出加服务新客的私域成本 ÷ 新客户数。',
    },
    drivers: ['baseCac', 'staffCostDaily', 'groupEventCost'] },
  { key: 'paybackDayMargin', better: 'lower', format: 'days', label: { en: 'Margin payback (days after acquisition)', zh: '毛利回本（获客后天数）' },
    definition: {
      en: 'Days after acquisition until the acquired leads\' margin covers their acquisition and operating cost.',
      zh: '获客后多少天，线索的毛利覆盖其获客与运营成本。',
    },
    drivers: ['grossMargin', 'purchaseRate', 'baseCac'] },
  { key: 'repurchaseRate90', better: 'higher', format: 'share', label: { en: 'Repurchase within 90 days', zh: '90 天复购率' },
    definition: {
      en: 'Customers who ordered again within 90 days of their first order (those observed 90 days).',
      zh: '首单后 90 天内再次下单的客户比例（仅计观察满 90 天者）。',
    },
    drivers: ['purchaseRate', 'minRepurchaseGapDays', 'stageMultGroup'] },
  { key: 'repurchaseRate180', better: 'higher', format: 'share', label: { en: 'Repurchase within 180 days', zh: '180 天复购率' },
    definition: {
      en: 'Customers who ordered again within 180 days of their first order (those observed 180 days).',
      zh: '首单后 180 天内再次下单的客户比例（仅计观察满 180 天者）。',
    },
    drivers: ['purchaseRate', 'minRepurchaseGapDays'] },
  { key: 'groupRepurchaseRate', better: 'higher', format: 'share', label: { en: 'Group repurchase after joining', zh: '入群后复购率' },
    definition: {
      en: 'Group joiners who placed a repeat order within 90 days after joining; orders before joining do not count.',
      zh: '入群后 90 天内再次下单的入群客户比例；入群前的订单不计。',
    },
    drivers: ['stageMultGroup', 'purchaseRate', 'groupInviteRate'] },
  { key: 'privateShareOfRevenue', better: 'higher', format: 'share', label: { en: 'Private share of revenue (attributed)', zh: '私域收入占比（归因）' },
    definition: {
      en: 'Revenue of orders with a private touch (push, promotion, group event, conversation) in the attribution window.',
      zh: '归因窗口内有私域触达（推送、促销、群活动、对话）的订单收入占比。',
    },
    drivers: ['attributionDays', 'followerReach', 'touchConversion'] },
  { key: 'leadToSaleRate', better: 'higher', format: 'share', label: { en: 'Lead-to-sale rate', zh: '线索成交率' },
    definition: {
      en: 'New customers over leads.',
      zh: '新客户数 ÷ 线索数。',
    },
    drivers: ['firstPurchaseRate', 'stageMultExposed'] },
  { key: 'clv180', better: 'higher', format: 'money', label: { en: 'Revenue CLV at 180 days (RMB/lead)', zh: '180 天收入 CLV（元/线索）' },
    definition: {
      en: 'Revenue per lead within 180 days of acquisition (the sources\' CLV = R / M).',
      zh: '获客后 180 天内每条线索的收入（资料中的 CLV = R / M）。',
    },
    drivers: ['orderValue', 'purchaseRate'] },
  { key: 'clvMargin180', better: 'higher', format: 'money', label: { en: 'Margin CLV at 180 days (RMB/lead)', zh: '180 天毛利 CLV（元/线索）' },
    definition: {
      en: 'Gross margin per lead within 180 days of acquisition.',
      zh: '获客后 180 天内每条线索的毛利。',
    },
    drivers: ['grossMargin', 'purchaseRate'] },
  { key: 'roi180', better: 'higher', format: 'ratio', label: { en: 'Revenue ROI at 180 days (×)', zh: '180 天收入 ROI（倍）' },
    definition: {
      en: 'Revenue CLV at 180 days over the cost per lead: the sources\' ROI, blind to margin and operating cost.',
      zh: '180 天收入 CLV ÷ 单条线索成本：资料中的 ROI，不计毛利与运营成本。',
    },
    drivers: ['orderValue', 'baseCac'] },
  { key: 'leads', better: 'higher', format: 'count', label: { en: 'Leads (people)', zh: '线索数（人）' } },
  { key: 'newCustomers', better: 'higher', format: 'count', label: { en: 'New customers (people)', zh: '新客户数（人）' } },
  { key: 'customers', better: 'higher', format: 'count', label: { en: 'Customers, existing included (people)', zh: '客户数，含存量（人）' } },
  { key: 'orders', better: 'higher', format: 'count', label: { en: 'Orders', zh: '订单数' } },
  { key: 'revenue', better: 'higher', format: 'money', label: { en: 'Revenue (RMB)', zh: '收入（元）' } },
  { key: 'margin', better: 'higher', format: 'money', label: { en: 'Gross margin (RMB)', zh: '毛利（元）' } },
  { key: 'spend', better: 'lower', format: 'money', label: { en: 'Spend (RMB)', zh: '支出（元）' } },
  { key: 'acquisitionSpend', better: 'lower', format: 'money', label: { en: 'Acquisition spend (RMB)', zh: '获客支出（元）' } },
  { key: 'opex', better: 'lower', format: 'money', label: { en: 'Private-domain operating cost (RMB)', zh: '私域运营成本（元）' } },
  { key: 'breakEvenDay', better: 'lower', format: 'days', label: { en: 'Break-even day', zh: '盈亏平衡日' } },
];

/** Spend over the horizon by category, as experiment KPIs (`spendAds`, …). */
const SPEND_LABELS: Record<SpendCategory, { en: string; zh: string }> = {
  ads: { en: 'ads', zh: '广告' },
  referral: { en: 'referral rewards', zh: '裂变奖励' },
  offline: { en: 'scan incentives', zh: '扫码激励' },
  content: { en: 'content', zh: '内容' },
  groups: { en: 'group events', zh: '社群活动' },
  staff: { en: 'staff', zh: '人力' },
  members: { en: 'per-member tools', zh: '会员工具' },
  fixed: { en: 'fixed cost', zh: '固定成本' },
};
const SPEND_KPIS: readonly (KpiSpec & { category: SpendCategory })[] = SPEND_CATEGORIES.map((category) => ({
  key: `spend${category[0].toUpperCase()}${category.slice(1)}`,
  category,
  better: 'lower',
  format: 'money',
  label: { en: `Spend: ${SPEND_LABELS[category].en} (RMB)`, zh: `支出：${SPEND_LABELS[category].zh}（元）` },
}));

const SLICE_NAME: Record<Slice, { suffix: string; en: string; zh: string }> = {
  first: { suffix: 'First', en: 'first purchase', zh: '首单' },
  d7: { suffix: '7', en: '7 days', zh: '7 天' },
  d30: { suffix: '30', en: '30 days', zh: '30 天' },
  d60: { suffix: '60', en: '60 days', zh: '60 天' },
  d90: { suffix: '90', en: '90 days', zh: '90 天' },
  d180: { suffix: '180', en: '180 days', zh: '180 天' },
  d365: { suffix: '365', en: '365 days', zh: '365 天' },
};

const COHORT_MEASURES = [
  { field: 'clv', better: 'higher', format: 'money', en: 'Revenue CLV at {s} (RMB/lead)', zh: '{s}收入 CLV（元/线索）' },
  { field: 'clvMargin', better: 'higher', format: 'money', en: 'Margin CLV at {s} (RMB/lead)', zh: '{s}毛利 CLV（元/线索）' },
  { field: 'roi', better: 'higher', format: 'ratio', en: 'Revenue ROI at {s} (×)', zh: '{s}收入 ROI（倍）' },
  { field: 'roiMargin', better: 'higher', format: 'ratio', en: 'Margin ROI at {s}, fully loaded (×)', zh: '{s}毛利 ROI（全成本，倍）' },
] as const;

interface SliceKpi extends KpiSpec {
  readonly field: (typeof COHORT_MEASURES)[number]['field'];
  readonly slice: Slice;
}

/** Cohort-slice KPIs not already in the summary (the 180-day ones are). */
const SLICE_KPIS: readonly SliceKpi[] = COHORT_MEASURES.flatMap((m) =>
  SLICES.filter((s) => s !== 'd180').map((slice): SliceKpi => ({
    key: `${m.field}${SLICE_NAME[slice].suffix}`,
    field: m.field,
    slice,
    better: m.better,
    format: m.format,
    // The first-order slice is per buyer (docs/model.md#cohorts-and-slices), the others per lead.
    label: {
      en: m.en.replace('{s}', SLICE_NAME[slice].en).replace(slice === 'first' ? 'RMB/lead' : '\0', 'RMB/buyer'),
      zh: m.zh.replace('{s}', SLICE_NAME[slice].zh).replace(slice === 'first' ? '元/线索' : '\0', '元/买家'),
    },
  })),
);

/** Every KPI, summary first, in a fixed order (the order of export rows). */
export const KPI_SPECS: readonly KpiSpec[] = [...SUMMARY_KPIS, ...SPEND_KPIS, ...SLICE_KPIS];
export const KPI_KEYS: readonly string[] = KPI_SPECS.map((k) => k.key);
const KPI_BY_KEY = new Map(KPI_SPECS.map((k) => [k.key, k]));

/** The spec of one KPI, or undefined for an unknown key. */
export function kpiSpec(key: string): KpiSpec | undefined {
  return KPI_BY_KEY.get(key);
}

/** One run's KPIs, keyed as `KPI_KEYS`; null where unobserved (never a made-up number). */
export type KpiRecord = Record<string, number | null>;

const finite = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The KPIs of one run, in `KPI_KEYS` order. */
export function extractKpis(result: RunResult): KpiRecord {
  const record: KpiRecord = {};
  for (const k of SUMMARY_KPIS) record[k.key] = finite(result.summary[k.key]);
  for (const k of SPEND_KPIS) record[k.key] = finite(result.series.spend[k.category].reduce((a, b) => a + b, 0));
  const all = result.cohorts.find((c) => c.key === 'all');
  for (const k of SLICE_KPIS) record[k.key] = all ? finite(all[k.field][k.slice]) : null;
  return record;
}
