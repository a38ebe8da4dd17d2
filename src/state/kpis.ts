/**
 * The headline KPI cards: which summary metrics they show, which direction is better, and the
 * A/B difference when a result is pinned for comparison. Plain data, no formatting.
 */
import type { RunResult, Summary } from '../../models/index.ts';

export const KPI_KEYS = ['blendedCac', 'clv180', 'roi180', 'paybackDay', 'groupRepurchaseRate', 'privateShareOfRevenue'] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

/** How a KPI value reads: RMB, a multiple, a number of days, or a share 0–1. */
export type KpiFormat = 'money' | 'ratio' | 'days' | 'share';

export interface KpiDef {
  key: KpiKey;
  format: KpiFormat;
  /** Which way is good news (colours the B − A difference). */
  better: 'higher' | 'lower';
}

export const KPIS: readonly KpiDef[] = [
  { key: 'blendedCac', format: 'money', better: 'lower' },
  { key: 'clv180', format: 'money', better: 'higher' },
  { key: 'roi180', format: 'ratio', better: 'higher' },
  { key: 'paybackDay', format: 'days', better: 'lower' },
  { key: 'groupRepurchaseRate', format: 'share', better: 'higher' },
  { key: 'privateShareOfRevenue', format: 'share', better: 'higher' },
];

export interface Interval {
  lo: number;
  hi: number;
}

export type Tone = 'better' | 'worse' | 'same' | 'none';

/** One card: the current value (B), the pinned value (A) and their difference. */
export interface KpiRow {
  def: KpiDef;
  /** The current run (B, or the only run when nothing is pinned). */
  value: number | null;
  /** 95% interval of the mean, with replications > 1. */
  interval: Interval | null;
  /** The pinned run A, or null when nothing is pinned or A has no value. */
  pinned: number | null;
  /** B − A; null unless both exist. */
  diff: number | null;
  tone: Tone;
}

function finiteOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function kpiValue(summary: Summary, key: KpiKey): number | null {
  return finiteOrNull(summary[key]);
}

/** The `{lo, hi}` interval of a summary metric from `ci95`, whose shape the engine mirrors. */
export function kpiInterval(result: RunResult, key: KpiKey): Interval | null {
  const ci = result.ci95 as { summary?: Record<string, unknown> } | undefined;
  const entry = ci?.summary?.[key] as { lo?: unknown; hi?: unknown } | null | undefined;
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
export function shownDiff(def: KpiDef, diff: number): number {
  const sign = Math.sign(diff);
  if (def.format === 'share') return (sign * Math.round(Math.abs(diff) * 1000)) / 1000;
  if (def.format === 'days') return sign * Math.round(Math.abs(diff));
  if (def.format === 'ratio' && Math.abs(diff) < 100) return (sign * Math.round(Math.abs(diff) * 100)) / 100;
  return diff;
}

/** Whether a difference is good news, given the KPI's better direction. */
export function diffTone(def: KpiDef, diff: number | null): Tone {
  if (diff === null) return 'none';
  diff = shownDiff(def, diff);
  if (Math.abs(diff) < 1e-12) return 'same';
  return (diff > 0) === (def.better === 'higher') ? 'better' : 'worse';
}

/** The cards for the current result, compared with the pinned one when there is one. */
export function kpiRows(current: RunResult, pinned: RunResult | null): KpiRow[] {
  return KPIS.map((def) => {
    const value = kpiValue(current.summary, def.key);
    const a = pinned ? kpiValue(pinned.summary, def.key) : null;
    const diff = pinned ? kpiDiff(a, value) : null;
    return { def, value, interval: kpiInterval(current, def.key), pinned: a, diff, tone: diffTone(def, diff) };
  });
}
