/**
 * How KPI values and A/B differences read, in English or Chinese (万/亿 through the charts'
 * formatters), by the format the KPI table gives each KPI (models/experiments/kpis.ts). The
 * one formatter of KPIs: the explorer's cards, the library and the experiments view use it.
 */
import { kpiSpec } from '../../models/experiments/index.ts';
import { formatMoney, formatNumber, formatPercent, formatRatio, MISSING } from '../charts/index.ts';
import { translate, type Lang } from '../i18n/strings.ts';
import { shownDiff } from '../state/kpis.ts';

const MINUS = '−';

/** "1 day", "44 days" (Chinese has one form). */
const dayCount = (n: number, lang: Lang) => translate(lang, Math.abs(n) === 1 ? 'oneDay' : 'days', { n });

const observed = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * A KPI value as read: RMB, a multiple, a share, whole days, or a count (also for a key the
 * table does not know). A missing number of days means "not within the horizon".
 */
export function formatKpi(key: string, value: number | null | undefined, lang: Lang): string {
  switch (kpiSpec(key)?.format) {
    case 'money':
      return formatMoney(value, lang);
    case 'ratio':
      return formatRatio(value, lang);
    case 'share':
      return formatPercent(value, lang);
    case 'days': {
      if (!observed(value)) return translate(lang, 'never');
      // A difference of days can be negative (a paired table's B − A): with a typographic minus.
      const days = Math.round(value);
      return days < 0 ? `${MINUS}${dayCount(-days, lang)}` : dayCount(days, lang);
    }
    default:
      return formatNumber(value, lang);
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
export function formatKpiDiff(key: string, diff: number | null, lang: Lang): string {
  const spec = kpiSpec(key);
  if (!spec || !observed(diff)) return MISSING;
  // Signed as shown: a difference that rounds to nothing has no sign.
  const shown = shownDiff(spec, diff);
  const size = Math.abs(shown);
  switch (spec.format) {
    case 'money':
      return signed(formatMoney(size, lang), shown);
    case 'ratio':
      return signed(formatRatio(size, lang), shown);
    case 'share':
      return signed(translate(lang, 'pointsDiff', { n: Math.round(size * 1000) / 10 }), shown);
    case 'days':
      return signed(dayCount(size, lang), shown);
    case 'count':
      return signed(formatNumber(size, lang), shown);
  }
}
