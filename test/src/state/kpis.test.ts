import { describe, expect, it } from 'vitest';
import type { RunResult, Summary } from '../../../models/output/contract.ts';
import { kpiSpec } from '../../../models/experiments/index.ts';
import { CARD_KPIS, diffTone, kpiDiff, kpiInterval, kpiRows } from '../../../src/state/kpis.ts';

const summary = (overrides: Partial<Summary>): Summary => ({
  cacPaidPerLead: 25,
  cacPaidPerCustomer: 140,
  cacBlendedPerCustomer: 60,
  cacFullyLoaded: 80,
  clv180: 200,
  clvMargin180: 80,
  roi180: 10,
  roiMargin180: 1.2,
  paybackDayMargin: 40,
  repurchaseRate90: 0.4,
  repurchaseRate180: 0.5,
  groupRepurchaseRate: 0.5,
  leadToSaleRate: 0.1,
  privateShareOfRevenue: 0.8,
  leads: 1000,
  newCustomers: 100,
  customers: 100,
  orders: 300,
  revenue: 36_000,
  margin: 18_000,
  spend: 10_000,
  acquisitionSpend: 7_000,
  opex: 3_000,
  profit: 8_000,
  profitByMonth: [8_000],
  breakEvenDay: 30,
  ...overrides,
});
const result = (s: Partial<Summary>, ci95?: unknown) => ({ summary: summary(s), ci95 }) as unknown as RunResult;
const def = (key: string) => kpiSpec(key)!;

describe('KPI cards', () => {
  it('show the seven headline figures of model v2 from the summary, in order', () => {
    const rows = kpiRows(result({}), null);
    expect(rows.map((r) => r.kpi.key)).toEqual([
      'profit', 'roiMargin180', 'cacPaidPerCustomer', 'paybackDayMargin', 'repurchaseRate90', 'groupRepurchaseRate', 'privateShareOfRevenue',
    ]);
    expect(rows.map((r) => r.value)).toEqual([8_000, 1.2, 140, 40, 0.4, 0.5, 0.8]);
    expect(rows.every((r) => r.pinned === null && r.diff === null && r.tone === 'none')).toBe(true);
  });

  it('take their format, better direction and label from the one KPI table', () => {
    for (const kpi of CARD_KPIS) expect(kpi).toBe(kpiSpec(kpi.key));
  });

  it('compute B − A against the pinned result', () => {
    const rows = kpiRows(result({ cacPaidPerCustomer: 145, profit: 8_600, paybackDayMargin: 35 }), result({}));
    const byKey = Object.fromEntries(rows.map((r) => [r.kpi.key, r]));
    expect(byKey.cacPaidPerCustomer.diff).toBe(5);
    expect(byKey.profit.diff).toBe(600);
    expect(byKey.paybackDayMargin.diff).toBe(-5);
    expect(byKey.roiMargin180.diff).toBe(0);
  });

  it('colour a difference by whether it is good news for that KPI', () => {
    expect(diffTone(def('cacPaidPerCustomer'), 5)).toBe('worse'); // dearer leads
    expect(diffTone(def('cacPaidPerCustomer'), -5)).toBe('better');
    expect(diffTone(def('profit'), 60)).toBe('better');
    expect(diffTone(def('paybackDayMargin'), -5)).toBe('better');
    expect(diffTone(def('roiMargin180'), 0)).toBe('same');
    expect(diffTone(def('roiMargin180'), null)).toBe('none');
  });

  it('colour a difference as the card shows it: one that rounds to nothing is no news', () => {
    // 95.4% against 95.3%... but by 0.04 pp, shown as "0 pp"; a payback 0.3 days later shows "0 days".
    expect(diffTone(def('privateShareOfRevenue'), 0.0004)).toBe('same');
    expect(diffTone(def('privateShareOfRevenue'), 0.0006)).toBe('better');
    expect(diffTone(def('paybackDayMargin'), 0.3)).toBe('same');
    expect(diffTone(def('paybackDayMargin'), 0.7)).toBe('worse');
    expect(diffTone(def('paybackDayMargin'), -0.5)).toBe('better'); // half a day rounds away from zero, both ways
    expect(diffTone(def('paybackDayMargin'), 0.5)).toBe('worse');
    expect(diffTone(def('roiMargin180'), 0.004)).toBe('same'); // "0.00×"
    expect(diffTone(def('roiMargin180'), -0.006)).toBe('worse');
  });

  it('give no difference when either side cannot be observed (null, never a made-up number)', () => {
    expect(kpiDiff(null, 3)).toBeNull();
    expect(kpiDiff(3, null)).toBeNull();
    const rows = kpiRows(result({ paybackDayMargin: null }), result({}));
    const payback = rows.find((r) => r.kpi.key === 'paybackDayMargin')!;
    expect(payback.value).toBeNull();
    expect(payback.pinned).toBe(40);
    expect(payback.diff).toBeNull();
  });

  it('read the 95% interval of replications from ci95.summary when present', () => {
    const withCi = result({}, { summary: { profit: { lo: 7_000, hi: 9_000 }, roiMargin180: { lo: Number.NaN, hi: 3 } } });
    expect(kpiInterval(withCi, 'profit')).toEqual({ lo: 7_000, hi: 9_000 });
    expect(kpiInterval(withCi, 'roiMargin180')).toBeNull();
    expect(kpiInterval(result({}), 'profit')).toBeNull();
  });
});
