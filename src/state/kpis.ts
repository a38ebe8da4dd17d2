/**
 * The explorer's headline KPI cards: which KPIs they show, and the A/B difference when a
 * result is pinned for comparison. Each KPI's format, better direction and label are the KPI
 * table's (models/experiments/kpis.ts); the cards only choose and order. Plain data, no
 * formatting.
 */
import { kpiSpec, type KpiSpec } from '../../models/experiments/index.ts';
import { specOf, type ParamKey, type RunResult, type Summary } from '../../models/index.ts';

/** The KPIs on the cards, in card order: summary keys of the KPI table. */
export const CARD_KPI_KEYS = [
  'profit',
  'roiMargin180',
  'cacPaidPerCustomer',
  'paybackDayMargin',
  'repurchaseRate90',
  'groupRepurchaseRate',
  'privateShareOfRevenue',
] as const satisfies readonly (keyof Summary)[];
export type CardKpiKey = (typeof CARD_KPI_KEYS)[number];

/** A card's KPI: its entry in the KPI table. */
export type CardKpi = KpiSpec & { readonly key: CardKpiKey };

/** The cards' entries of the KPI table, in card order. */
export const CARD_KPIS: readonly CardKpi[] = CARD_KPI_KEYS.map((key) => {
  const spec = kpiSpec(key);
  if (!spec) throw new Error(`KPI card ${key} is not in the KPI table (models/experiments/kpis.ts)`);
  return spec as CardKpi;
});

/** A 95% interval whose two ends are both observed. */
export interface ShownInterval {
  lo: number;
  hi: number;
}

export type Tone = 'better' | 'worse' | 'same' | 'none';

/** One card: the current value (B), the pinned value (A) and their difference. */
export interface KpiRow {
  kpi: CardKpi;
  /** The current run (B, or the only run when nothing is pinned). */
  value: number | null;
  /** 95% interval of the mean, with replications > 1. */
  interval: ShownInterval | null;
  /** The pinned run A, or null when nothing is pinned or A has no value. */
  pinned: number | null;
  /** B − A; null unless both exist. */
  diff: number | null;
  tone: Tone;
  /** The card's drivers (the inputs it leans on most) whose values are assumptions, not sourced. */
  assumed: readonly ParamKey[];
}

/** Whether a parameter's default is the team's assumption rather than a figure from the sources. */
export function isAssumed(key: ParamKey): boolean {
  return specOf(key)?.source.startsWith('assumption') ?? true;
}

function finiteOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function kpiValue(summary: Summary, key: CardKpiKey): number | null {
  return finiteOrNull(summary[key]);
}

/** The interval of a card's KPI from `ci95.summary`, or null without replications or an end. */
export function kpiInterval(result: RunResult, key: CardKpiKey): ShownInterval | null {
  const entry = result.ci95?.summary[key];
  const lo = finiteOrNull(entry?.lo);
  const hi = finiteOrNull(entry?.hi);
  return lo === null || hi === null ? null : { lo, hi };
}

/** B − A, or null when either side has no value. */
export function kpiDiff(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : b - a;
}

/**
 * A difference as the card shows it: shares to a tenth of a percentage point, days to whole
 * days, ratios to hundredths (below 100×, as `formatRatio` writes them), money as it is. The
 * sign and the colour follow this, so a card never shows "0 pp" in the colour of good news.
 */
export function shownDiff(kpi: KpiSpec, diff: number): number {
  const sign = Math.sign(diff);
  if (kpi.format === 'share') return (sign * Math.round(Math.abs(diff) * 1000)) / 1000;
  if (kpi.format === 'days') return sign * Math.round(Math.abs(diff));
  if (kpi.format === 'ratio' && Math.abs(diff) < 100) return (sign * Math.round(Math.abs(diff) * 100)) / 100;
  return diff;
}

/** Whether a difference is good news, given the KPI's better direction. */
export function diffTone(kpi: KpiSpec, diff: number | null): Tone {
  if (diff === null) return 'none';
  diff = shownDiff(kpi, diff);
  if (Math.abs(diff) < 1e-12) return 'same';
  return (diff > 0) === (kpi.better === 'higher') ? 'better' : 'worse';
}

/** The cards for the current result, compared with the pinned one when there is one. */
export function kpiRows(current: RunResult, pinned: RunResult | null): KpiRow[] {
  return CARD_KPIS.map((kpi) => {
    const value = kpiValue(current.summary, kpi.key);
    const a = pinned ? kpiValue(pinned.summary, kpi.key) : null;
    const diff = pinned ? kpiDiff(a, value) : null;
    const assumed = (kpi.drivers ?? []).filter(isAssumed);
    return { kpi, value, interval: kpiInterval(current, kpi.key), pinned: a, diff, tone: diffTone(kpi, diff), assumed };
  });
}
