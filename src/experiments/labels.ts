/**
 * How the experiments view names KPIs and parameters: from their tables in models/ (the KPI
 * specs and the parameter schema), in the language asked for.
 */
import { specOf } from '../../models/index.ts';
import { kpiSpec } from '../../models/experiments/index.ts';
import type { Lang } from '../charts/index.ts';
import { CARD_KPI_KEYS } from '../state/kpis.ts';

/**
 * The KPIs the result tables list: the explorer's cards, then the sources' revenue ROI, the
 * revenue and the new customers (the paired table adds the chosen KPI where it is not one of them).
 */
export const TABLE_KPIS: readonly string[] = [...CARD_KPI_KEYS, 'roi180', 'revenue', 'newCustomers'];

/** A KPI's label, or its key if it has no spec. */
export function kpiLabel(key: string, lang: Lang): string {
  return kpiSpec(key)?.label[lang] ?? key;
}

/** A parameter's label, or its key if the schema does not know it. */
export function paramLabel(key: string, lang: Lang): string {
  return specOf(key)?.label[lang] ?? key;
}

/** An axis title: the parameter's label with its unit, e.g. "Groups operated (groups)". */
export function axisTitle(key: string, lang: Lang): string {
  const spec = specOf(key);
  const unit = spec && spec.kind !== 'choice' ? spec.unit[lang] : '';
  return `${paramLabel(key, lang)} (${unit})`;
}
