/**
 * The result of a run: the stable contract that the app, the CLI's JSON, experiments and
 * outside tools read. Series are typed arrays in memory (transferred, not copied, out of a
 * worker) and plain arrays in JSON (see `toJson`). A value that cannot be observed (a CLV
 * slice beyond the horizon, a ROI with zero CAC) is `null`, never a made-up number.
 */
import type { Params } from '../params/schema.ts';

/**
 * Contract version: bump when a key changes meaning or disappears.
 * - 1: model v1.
 * - 2: model v2 (docs/model.md#metrics): counts and money in real people and RMB; cohorts
 *   carry `cacPerLead`, `cacPerCustomer`, `customers`, `opex`, `repurchaseRate90/180`; the
 *   `all` cohort excludes existing followers; eight spend categories; the summary's honest
 *   CAC, margin ROI, profit by month, payback on margin, windowed repurchase rates.
 */
export const OUTPUT_VERSION = 2;

/** Relationship stages, shallow to deep, then the exit stage. Every agent is in exactly one. */
export const STAGES = ['unaware', 'exposed', 'follower', 'contact', 'group', 'lapsed'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * How a membership began (its cohort's channel): the four acquisition channels, and
 * `existing` = a follower at day 0 (reported, never an acquisition cohort).
 */
export const CHANNELS = ['paid', 'organic', 'referral', 'offline', 'existing'] as const;
export type Channel = (typeof CHANNELS)[number];
/** The channels that acquire leads (pooled as the cohort `all`). */
export const ACQUISITION_CHANNELS = ['paid', 'organic', 'referral', 'offline'] as const;

/** Fan tiers by trust, for agents in the private domain (follower, contact, group). */
export const TIERS = ['passerby', 'affinity', 'trueLove'] as const;
export type Tier = (typeof TIERS)[number];

/** The trade's time slices, in days after acquisition; `first` = the first order only. */
export const SLICES = ['first', 'd7', 'd30', 'd60', 'd90', 'd180', 'd365'] as const;
export type Slice = (typeof SLICES)[number];
export const SLICE_DAYS: Record<Exclude<Slice, 'first'>, number> = { d7: 7, d30: 30, d60: 60, d90: 90, d180: 180, d365: 365 };

/**
 * Spend categories (docs/model.md#costs). Coupons are not here: they are netted out of
 * revenue and margin (see `discounts`).
 */
export const SPEND_CATEGORIES = ['ads', 'referral', 'offline', 'content', 'groups', 'staff', 'members', 'fixed'] as const;
export type SpendCategory = (typeof SPEND_CATEGORIES)[number];
/** The spend categories that acquire leads (a channel's acquisition spend); the rest are opex. */
export const ACQUISITION_SPEND: readonly SpendCategory[] = ['ads', 'referral', 'offline'];
/** Private-domain operating cost: shared over members by member-day and carried by their cohorts. */
export const OPERATING_SPEND: readonly SpendCategory[] = ['content', 'groups', 'staff', 'members', 'fixed'];

/** A numeric series, one value per day (index = day). */
export type Series = Float64Array;

/** Daily series over the horizon, in real people and RMB. */
export interface DailySeries {
  day: Series;
  /** People in each stage at the end of each day; the six arrays sum to N every day. */
  stages: Record<Stage, Series>;
  /** Private-domain people (follower, contact, group) in each fan tier at the end of each day. */
  tiers: Record<Tier, Series>;
  /** Paid and organic impressions served each day. */
  impressions: { paid: Series; organic: Series };
  /** Leads each day by channel (first reaches and people reached again; `existing` on day 0). */
  leads: Record<Channel, Series>;
  /** People who have ever ordered, cumulative. */
  customers: Series;
  orders: Series;
  /** Revenue actually paid by customers (list price less coupons), RMB. */
  revenue: Series;
  /** Revenue of orders attributed to the private domain (a private touch within the window), RMB. */
  privateRevenue: Series;
  /** Gross margin after cost of goods and coupons, RMB. */
  margin: Series;
  /** Coupon value given away, RMB (already out of revenue and margin; not in spend). */
  discounts: Series;
  /** Spend by category, RMB. */
  spend: Record<SpendCategory, Series>;
  /** Margin − spend, cumulative, RMB. */
  profitCumulative: Series;
  /** Organic reach multiplier from the flywheel. */
  organicMultiplier: Series;
  /** Cost per paid lead that day (ads / paid leads); NaN on days without paid leads. */
  effectiveCac: Series;
}

/** A value at each slice. */
export type SliceValues = Record<Slice, number | null>;

/** One cohort: by acquisition week (channel 'all') or by channel (all weeks). */
export interface Cohort {
  key: string;
  kind: 'week' | 'channel';
  channel: Channel | 'all';
  /** First day of the acquisition week, or null for a channel cohort. */
  startDay: number | null;
  /** M: leads (people reached, a person reached again counting again). */
  size: number;
  /** Members who ordered at least once in their membership. */
  customers: number;
  /** Acquisition spend of this cohort (ads, referral rewards, scan incentives), RMB. */
  acquisitionSpend: number;
  /** Private-domain operating cost attributed to this cohort's members over the horizon, RMB. */
  opex: number;
  /** Acquisition spend / M; null when nothing was spent ("free") or M = 0. */
  cacPerLead: number | null;
  /** Acquisition spend / customers; null when nothing was spent or nobody bought. */
  cacPerCustomer: number | null;
  /** Revenue CLV: `first` = mean first-order revenue per buyer; dK = revenue per lead within K days. */
  clv: SliceValues;
  /** Gross-margin CLV, the same way. */
  clvMargin: SliceValues;
  /** Revenue ROI: `first` = first-order revenue / acquisition spend; dK = clv / cacPerLead. */
  roi: SliceValues;
  /** Margin ROI on fully-loaded cost: dK = clvMargin / (cacPerLead + opex per lead within K days). */
  roiMargin: SliceValues;
  /** Customers whose first order is ≥ 90 days before the end who ordered again within 90 days. */
  repurchaseRate90: number | null;
  /** The same with 180 days. */
  repurchaseRate180: number | null;
  /** First age at which margin per lead covers acquisition cost plus opex per lead; null if never or free. */
  paybackDay: number | null;
}

/** One LTV curve: cumulative value per lead against days since acquisition. */
export interface LtvCurve {
  key: string;
  kind: 'channel' | 'month';
  size: number;
  /** This cohort's own cost per lead (null = free). */
  cacPerLead: number | null;
  /** Cumulative revenue per lead at age 0..H−1; NaN where unobserved. */
  revenue: Series;
  /** Cumulative gross margin per lead. */
  margin: Series;
  /** Cumulative private-domain operating cost per lead. */
  opex: Series;
}

/** Flows between stages summed over the horizon (for the Sankey): transitions, in people. */
export interface Flow {
  from: Stage;
  to: Stage;
  count: number;
}

/** The summary a strategist reads first (docs/model.md#metrics). */
export interface Summary {
  /** Ads / leads acquired by ads, RMB a lead. */
  cacPaidPerLead: number | null;
  /** Ads / customers acquired by ads, RMB a customer (the sources' CAC per customer). */
  cacPaidPerCustomer: number | null;
  /** All acquisition spend / all new customers, organic included, RMB a customer. */
  cacBlendedPerCustomer: number | null;
  /** (Acquisition spend + opex attributed to the acquired) / new customers, RMB a customer. */
  cacFullyLoaded: number | null;
  /** Revenue CLV at 180 days per lead, acquisition channels pooled. */
  clv180: number | null;
  /** Gross-margin CLV at 180 days per lead. */
  clvMargin180: number | null;
  /** Revenue ROI at 180 days (the sources' CLV / CAC). */
  roi180: number | null;
  /** The headline: 180-day margin over fully-loaded cost (acquisition + opex), per lead. */
  roiMargin180: number | null;
  /** First age at which the acquired leads' margin covers their fully-loaded cost. */
  paybackDayMargin: number | null;
  /** Of customers with a first order ≥ 90 days before the end, the share who ordered again within 90 days. */
  repurchaseRate90: number | null;
  repurchaseRate180: number | null;
  /** Of group joiners observed 90 days and buying by then, the share with a repeat order within 90 days after joining. */
  groupRepurchaseRate: number | null;
  /** New customers / leads. */
  leadToSaleRate: number | null;
  /** Revenue of orders with a private touch within the attribution window / all revenue. */
  privateShareOfRevenue: number | null;
  /** Leads acquired (acquisition channels). */
  leads: number;
  /** Leads who ordered (acquisition channels). */
  newCustomers: number;
  /** Everyone who has ordered, existing followers included. */
  customers: number;
  orders: number;
  revenue: number;
  margin: number;
  /** All spend, RMB. */
  spend: number;
  /** Ads, referral rewards and scan incentives, RMB. */
  acquisitionSpend: number;
  /** Private-domain operating cost, RMB. */
  opex: number;
  /** Margin − spend over the horizon, RMB. */
  profit: number;
  /** Profit of each 30-day month (the last may be shorter), RMB. */
  profitByMonth: number[];
  /** First day on which cumulative profit is ≥ 0 after having been negative; null if never. */
  breakEvenDay: number | null;
}

/** Everything one run (or the mean of replications) reports. */
export interface RunResult {
  version: number;
  seed: number;
  replications: number;
  params: Params;
  summary: Summary;
  series: DailySeries;
  cohorts: Cohort[];
  ltv: LtvCurve[];
  flows: Flow[];
  /** With replications > 1: the 95% interval of every mean, in the shape of the result. */
  ci95?: Ci95;
  /**
   * The expected-value twin where it applies (the homogeneous case; see `twinLimitations`),
   * attached by `withExpected`: the exact mean of the chain the agents sample.
   */
  expected?: ExpectedCurves | null;
}

/** The 95% interval of one mean (Student t over the runs); null where no run observed a value. */
export interface NumberInterval {
  lo: number | null;
  hi: number | null;
}

/** The 95% band of a daily series: the interval of each day's mean, NaN where unobserved. */
export interface SeriesInterval {
  lo: Series;
  hi: Series;
}

/**
 * The shape of `T` with every number replaced by its 95% interval: a series by a
 * `SeriesInterval`, a number by a `NumberInterval`, arrays and objects element by element.
 * Fields that hold no number (keys, names, kinds) are left out, and so is a nullable field
 * that no run observed (optional here).
 */
export type Interval<T> = [T] extends [Series]
  ? SeriesInterval
  : [T] extends [number | null]
    ? NumberInterval
    : [T] extends [readonly (infer E)[]]
      ? Interval<E>[]
      : [T] extends [object]
        ? IntervalFields<T>
        : never;

/** The keys of `T` whose values have an interval. */
type NumericKey<T> = { [K in keyof T]-?: [Interval<T[K]>] extends [never] ? never : K }[keyof T];

type IntervalFields<T> = {
  [K in keyof T as K extends NumericKey<T> ? (null extends T[K] ? never : K) : never]: Interval<T[K]>;
} & {
  [K in keyof T as K extends NumericKey<T> ? (null extends T[K] ? K : never) : never]?: Interval<T[K]>;
};

/** `ci95` of the mean of replications: the intervals of the result's means, part by part. */
export interface Ci95 {
  summary: Interval<Summary>;
  series: Interval<DailySeries>;
  cohorts: Interval<Cohort>[];
  ltv: Interval<LtvCurve>[];
  flows: Interval<Flow>[];
}

/** The twin's curves that charts overlay on the agents' (dashed). */
export interface ExpectedCurves {
  /** Expected cumulative revenue per acquired user by age, all channels; null past 400 days. */
  ltvRevenue: Series | null;
  /** Expected customers (ever bought), cumulative, by day. */
  customers: Series;
}
