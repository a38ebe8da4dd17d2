import { describe, expect, it } from 'vitest';
import type { RunResult, Summary } from '../../../models/output/contract.ts';
import { kpiSpec } from '../../../models/experiments/index.ts';
import { CARD_KPIS, diffTone, kpiDiff, kpiInterval, kpiRows } from '../../../src/state/kpis.ts';

const summary = (overrides: Partial<Summary>): Summary => ({
  blendedCac: 20,
  clv180: 200,
  clvMargin180: 80,
  roi180: 10,
  roiMargin180: 4,
  paybackDay: 40,
  groupRepurchaseRate: 0.5,
  leadToSaleRate: 0.1,
  privateShareOfRevenue: 0.8,
  leads: 1000,
  customers: 100,
  orders: 300,
  revenue: 36_000,
  margin: 18_000,
  spend: 10_000,
  profit: 8_000,
  breakEvenDay: 30,
  ...overrides,
});
const result = (s: Partial<Summary>, ci95?: unknown) => ({ summary: summary(s), ci95 }) as unknown as RunResult;
const def = (key: string) => kpiSpec(key)!;

describe('KPI cards', () => {
  it('show the six headline figures from the summary, in order', () => {
    const rows = kpiRows(result({}), null);
    expect(rows.map((r) => r.kpi.key)).toEqual([
      'blendedCac', 'clv180', 'roi180', 'paybackDay', 'groupRepurchaseRate', 'privateShareOfRevenue',
    ]);
    expect(rows.map((r) => r.value)).toEqual([20, 200, 10, 40, 0.5, 0.8]);
    expect(rows.every((r) => r.pinned === null && r.diff === null && r.tone === 'none')).toBe(true);
  });

  it('take their format, better direction and label from the one KPI table', () => {
    for (const kpi of CARD_KPIS) expect(kpi).toBe(kpiSpec(kpi.key));
  });

  it('compute B − A against the pinned result', () => {
    const rows = kpiRows(result({ blendedCac: 25, clv180: 260, paybackDay: 35 }), result({}));
    const byKey = Object.fromEntries(rows.map((r) => [r.kpi.key, r]));
    expect(byKey.blendedCac.diff).toBe(5);
    expect(byKey.clv180.diff).toBe(60);
    expect(byKey.paybackDay.diff).toBe(-5);
    expect(byKey.roi180.diff).toBe(0);
  });

  it('colour a difference by whether it is good news for that KPI', () => {
    expect(diffTone(def('blendedCac'), 5)).toBe('worse'); // dearer leads
    expect(diffTone(def('blendedCac'), -5)).toBe('better');
    expect(diffTone(def('clv180'), 60)).toBe('better');
    expect(diffTone(def('paybackDay'), -5)).toBe('better');
    expect(diffTone(def('roi180'), 0)).toBe('same');
    expect(diffTone(def('roi180'), null)).toBe('none');
  });

  it('colour a difference as the card shows it: one that rounds to nothing is no news', () => {
    // 95.4% against 95.3%... but by 0.04 pp, shown as "0 pp"; a payback 0.3 days later shows "0 days".
    expect(diffTone(def('privateShareOfRevenue'), 0.0004)).toBe('same');
    expect(diffTone(def('privateShareOfRevenue'), 0.0006)).toBe('better');
    expect(diffTone(def('paybackDay'), 0.3)).toBe('same');
    expect(diffTone(def('paybackDay'), 0.7)).toBe('worse');
    expect(diffTone(def('paybackDay'), -0.5)).toBe('better'); // half a day rounds away from zero, both ways
    expect(diffTone(def('paybackDay'), 0.5)).toBe('worse');
    expect(diffTone(def('roi180'), 0.004)).toBe('same'); // "0.00×"
    expect(diffTone(def('roi180'), -0.006)).toBe('worse');
  });

  it('give no difference when either side cannot be observed (null, never a made-up number)', () => {
    expect(kpiDiff(null, 3)).toBeNull();
    expect(kpiDiff(3, null)).toBeNull();
    const rows = kpiRows(result({ paybackDay: null }), result({}));
    const payback = rows.find((r) => r.kpi.key === 'paybackDay')!;
    expect(payback.value).toBeNull();
    expect(payback.pinned).toBe(40);
    expect(payback.diff).toBeNull();
  });

  it('read the 95% interval of replications from ci95.summary when present', () => {
    const withCi = result({}, { summary: { clv180: { lo: 190, hi: 210 }, roi180: { lo: Number.NaN, hi: 3 } } });
    expect(kpiInterval(withCi, 'clv180')).toEqual({ lo: 190, hi: 210 });
    expect(kpiInterval(withCi, 'roi180')).toBeNull();
    expect(kpiInterval(result({}), 'clv180')).toBeNull();
  });
});
