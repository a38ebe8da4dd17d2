/**
 * Number formatting for charts, tables and read-outs, in English or Simplified Chinese.
 *
 * Chinese readers count in 万 (10⁴) and 亿 (10⁸), so `12345` reads "1.23万", not "12.3k".
 * Every formatter shows three significant digits at most once a unit is applied, and turns a
 * value that cannot be shown (null, undefined, NaN) into an em dash, never a made-up number.
 */

/** Display language of the charts. */
export type Lang = 'en' | 'zh';

/** What every formatter shows for a missing value. */
export const MISSING = '—';
/** Typographic minus, as D3's axes use. */
const MINUS = '−';

interface Unit {
  readonly size: number;
  readonly suffix: string;
}

const UNITS: Record<Lang, readonly Unit[]> = {
  // Largest first.
  en: [
    { size: 1e12, suffix: 'T' },
    { size: 1e9, suffix: 'B' },
    { size: 1e6, suffix: 'M' },
    { size: 1e3, suffix: 'k' },
  ],
  zh: [
    { size: 1e12, suffix: '万亿' },
    { size: 1e8, suffix: '亿' },
    { size: 1e4, suffix: '万' },
  ],
};

function isMissing(x: number | null | undefined): x is null | undefined {
  return x === null || x === undefined || Number.isNaN(x);
}

/** Three significant digits without trailing zeros: 1.50 → "1.5", 0.12345 → "0.123". */
function sig3(a: number): string {
  return String(Number(a.toPrecision(3)));
}

function formatMagnitude(a: number, lang: Lang): string {
  if (a === Infinity) return '∞';
  const units = UNITS[lang];
  const smallest = units[units.length - 1].size;
  if (a < smallest) {
    // Below the first unit: whole numbers stay whole (1234 stays "1234" in Chinese).
    return a >= 100 ? String(Math.round(a)) : sig3(a);
  }
  // Round first, then pick the unit, so 99 999 reads "10万" and not "10.0万" or "100k万".
  const rounded = Number(a.toPrecision(3));
  for (const unit of units) {
    if (rounded >= unit.size) return `${sig3(rounded / unit.size)}${unit.suffix}`;
  }
  return sig3(rounded);
}

/**
 * A count or amount: zh uses 万/亿 (12345 → "1.23万", 1.5e8 → "1.5亿"), en uses k/M/B
 * (12345 → "12.3k"). Values below the first unit keep their integer digits (zh 1234 → "1234",
 * en 999 → "999"); small values show three significant digits (3.14159 → "3.14").
 * null, undefined and NaN → "—".
 */
export function formatNumber(x: number | null | undefined, lang: Lang): string {
  if (isMissing(x)) return MISSING;
  if (x === 0) return '0';
  const body = formatMagnitude(Math.abs(x), lang);
  return x < 0 ? `${MINUS}${body}` : body;
}

/** Money in RMB: "¥1.23万", "−¥350". null/NaN → "—". */
export function formatMoney(x: number | null | undefined, lang: Lang): string {
  if (isMissing(x)) return MISSING;
  const body = `¥${formatNumber(Math.abs(x), lang)}`;
  return x < 0 ? `${MINUS}${body}` : body;
}

/** A share 0–1 as a percentage with up to one decimal: 0.7 → "70%", 0.1234 → "12.3%". */
export function formatPercent(x: number | null | undefined, _lang: Lang): string {
  if (isMissing(x)) return MISSING;
  const p = Math.round(x * 1000) / 10;
  return `${p < 0 ? MINUS : ''}${Math.abs(p)}%`;
}

/** A ratio such as ROI: 1.234 → "1.23×". */
export function formatRatio(x: number | null | undefined, _lang: Lang): string {
  if (isMissing(x)) return MISSING;
  if (!Number.isFinite(x)) return x > 0 ? '∞' : `${MINUS}∞`;
  const body = Math.abs(x) >= 100 ? String(Math.round(Math.abs(x))) : Math.abs(x).toFixed(2);
  return `${x < 0 ? MINUS : ''}${body}×`;
}

/** A day number: en "day 30", zh "第30天". */
export function formatDay(x: number | null | undefined, lang: Lang): string {
  if (isMissing(x)) return MISSING;
  return lang === 'zh' ? `第${x}天` : `day ${x}`;
}
