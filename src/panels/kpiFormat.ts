/**
 * How KPI values and A/B differences read, in English or Chinese (万/亿 through the charts'
 * formatters). Plain functions, so the cards stay markup.
 */
import { formatMoney, formatPercent, formatRatio, MISSING } from '../charts/index.ts';
import { translate, type Lang } from '../i18n/strings.ts';
import type { KpiDef } from '../state/kpis.ts';

const MINUS = '−';

/** A KPI value for its card. A missing payback day means "not within the horizon". */
export function formatKpi(def: KpiDef, value: number | null, lang: Lang): string {
  switch (def.format) {
    case 'money':
      return formatMoney(value, lang);
    case 'ratio':
      return formatRatio(value, lang);
    case 'share':
      return formatPercent(value, lang);
    case 'days':
      return value === null ? translate(lang, 'never') : translate(lang, 'days', { n: Math.round(value) });
  }
}

function signed(body: string, diff: number): string {
  if (diff > 0) return `+${body}`;
  if (diff < 0 && !body.startsWith(MINUS)) return `${MINUS}${body}`;
  return body;
}

/**
 * B − A with its sign: "+¥12.3", "−4 days", "+3.5 pp" (shares differ in percentage points).
 */
export function formatKpiDiff(def: KpiDef, diff: number | null, lang: Lang): string {
  if (diff === null || !Number.isFinite(diff)) return MISSING;
  const size = Math.abs(diff);
  switch (def.format) {
    case 'money':
      return signed(formatMoney(size, lang), diff);
    case 'ratio':
      return signed(formatRatio(size, lang), diff);
    case 'share': {
      const points = Math.round(size * 1000) / 10;
      return signed(translate(lang, 'pointsDiff', { n: points }), points === 0 ? 0 : diff);
    }
    case 'days':
      return signed(translate(lang, 'days', { n: Math.round(size) }), Math.round(size) === 0 ? 0 : diff);
  }
}
