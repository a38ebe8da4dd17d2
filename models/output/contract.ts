/**
 * The result of a run: the stable contract that the app, the CLI's JSON, experiments and
 * outside tools read. Series are typed arrays in memory (transferred, not copied, out of a
 * worker) and plain arrays in JSON (see `toJson`). A value that cannot be observed (a CLV
 * slice beyond the horizon, a ROI with zero CAC) is `null`, never a made-up number.
 */
import type { Params } from '../params/schema.ts';

/** Contract version: bump when a key changes meaning or disappears. */
export const OUTPUT_VERSION = 1;

/** Relationship stages, shallow to deep, then the exit stage. Every agent is in exactly one. */
export const STAGES = ['unaware', 'exposed', 'follower', 'contact', 'group', 'lapsed'] as const;
export type Stage = (typeof STAGES)[number];

/** How an agent was first acquired (its cohort's channel). `existing` = follower at day 0. */
export const CHANNELS = ['paid', 'organic', 'referral', 'offline', 'existing'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Fan tiers by trust, for agents in the private domain (follower, contact, group). */
export const TIERS = ['passerby', 'affinity', 'trueLove'] as const;
export type Tier = (typeof TIERS)[number];

/** The trade's time slices, in days after acquisition; `first` = the first purchase only. */
export const SLICES = ['first', 'd7', 'd30', 'd60', 'd90', 'd180', 'd365'] as const;
export type Slice = (typeof SLICES)[number];
export const SLICE_DAYS: Record<Exclude<Slice, 'first'>, number> = { d7: 7, d30: 30, d60: 60, d90: 90, d180: 180, d365: 365 };

/** Spend categories. Coupons are not here: they are netted out of revenue (see `discounts`). */
export const SPEND_CATEGORIES = ['ads', 'referralRewards', 'staff', 'groupEvents', 'memberCosts', 'fixed'] as const;
export type SpendCategory = (typeof SPEND_CATEGORIES)[number];
/** The spend categories that acquire users (numerator of CAC); the rest retain them. */
export const ACQUISITION_SPEND: readonly SpendCategory[] = ['ads', 'referralRewards'];

/** A numeric series, one value per day (index = day). */
export type Series = Float64Array;

/** Daily series over the horizon. */
export interface DailySeries {
  day: Series;
  /** Agents in each stage at the end of each day; the six arrays sum to N every day. */
  stages: Record<Stage, Series>;
  /** Private-domain agents (follower, contact, group) in each fan tier at the end of each day. */
  tiers: Record<Tier, Series>;
  /** Paid and organic impressions served each day. */
  impressions: { paid: Series; organic: Series };
  /** New leads (first acquisitions) each day by channel. */
  leads: Record<Channel, Series>;
  /** Agents who have ever bought, cumulative. */
  customers: Series;
  orders: Series;
  /** Revenue actually paid by customers (list price less coupons), RMB. */
  revenue: Series;
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

/** CLV (or ROI) at each slice. */
export type SliceValues = Record<Slice, number | null>;

/** One cohort: by acquisition week (channel 'all') or by channel (all weeks). */
export interface Cohort {
  key: string;
  kind: 'week' | 'channel';
  channel: Channel | 'all';
  /** First day of the acquisition week, or null for a channel cohort. */
  startDay: number | null;
  /** M: users acquired. */
  size: number;
  /** Acquisition spend attributed to this cohort (ads, referral rewards), RMB. */
  acquisitionSpend: number;
  /** CAC = acquisitionSpend / M; null when M = 0. */
  cac: number | null;
  /** Revenue CLV = R / M at each slice (the sources' definition). */
  clv: SliceValues;
  /** Margin CLV net of retention cost = (margin − retention cost) / M at each slice. */
  clvMargin: SliceValues;
  /** ROI = clv / cac at each slice; null when CAC = 0 or the slice is unobserved. */
  roi: SliceValues;
  /** ROI on margin CLV = clvMargin / cac. */
  roiMargin: SliceValues;
  /** Customers with two or more orders over customers with one or more. */
  repurchaseRate: number | null;
  /** First day after acquisition on which margin CLV covers CAC; null if never in the horizon. */
  paybackDay: number | null;
}

/** One LTV curve: cumulative value per acquired user against days since acquisition. */
export interface LtvCurve {
  key: string;
  kind: 'channel' | 'month';
  size: number;
  cac: number | null;
  /** Cumulative revenue per acquired user at age 0..H−1; NaN where unobserved. */
  revenue: Series;
  /** Cumulative margin net of retention cost per acquired user; NaN where unobserved. */
  margin: Series;
}

/** Flows between stages summed over the horizon (for the Sankey). */
export interface Flow {
  from: Stage;
  to: Stage;
  count: number;
}

export interface Summary {
  /** Acquisition spend / users acquired, RMB per user. */
  blendedCac: number | null;
  /** Revenue CLV at 180 days over all channels. */
  clv180: number | null;
  /** Margin CLV net of retention cost at 180 days. */
  clvMargin180: number | null;
  roi180: number | null;
  roiMargin180: number | null;
  /** First day after acquisition when the all-channel margin CLV covers blended CAC. */
  paybackDay: number | null;
  /** Among customers who were ever group members, the share who bought twice or more. */
  groupRepurchaseRate: number | null;
  /** Customers acquired in the horizon / leads acquired. */
  leadToSaleRate: number | null;
  /** Share of revenue from orders placed while a follower, contact or group member. */
  privateShareOfRevenue: number | null;
  leads: number;
  customers: number;
  orders: number;
  revenue: number;
  margin: number;
  spend: number;
  profit: number;
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
