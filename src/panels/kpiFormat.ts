/**
 * How KPI values and A/B differences read, in English or Chinese (万/亿 through the charts'
 * formatters). Plain functions, so the cards stay markup.
 */
import { formatMoney, formatPercent, formatRatio, MISSING } from '../charts/index.ts';
import { translate, type Lang } from '../i18n/strings.ts';
import { shownDiff, type KpiDef } from '../state/kpis.ts';

const MINUS = '−';

/** "1 day", "44 days" (Chinese has one form). */
const dayCount = (n: number, lang: Lang) => translate(lang, Math.abs(n) === 1 ? 'oneDay' : 'days', { n });

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
      return value === null ? translate(lang, 'never') : dayCount(Math.round(value), lang);
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
  // Signed as shown: a difference that rounds to nothing has no sign.
  const shown = shownDiff(def, diff);
  const size = Math.abs(shown);
  switch (def.format) {
    case 'money':
      return signed(formatMoney(size, lang), shown);
    case 'ratio':
      return signed(formatRatio(size, lang), shown);
    case 'share':
      return signed(translate(lang, 'pointsDiff', { n: Math.round(size * 1000) / 10 }), shown);
    case 'days':
      return signed(dayCount(size, lang), shown);
  }
}
