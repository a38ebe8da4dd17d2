/**
 * Stylized fact 5 (docs/sources.md#a-best-touch-frequency): when pushes cost money and fatigue
 * is on, there is an interior best push frequency, and it moves when the cost of a push or the
 * tolerance moves. The other direction: with free pushes and no fatigue, more is always better.
 */
import { describe, expect, it } from 'vitest';
import { type Params } from '../../../models/index.ts';
import { scenario, summaries } from './paired.ts';

const FREQUENCIES = [0, 1, 2, 3, 4, 6, 9];
const R = 3;

/** Mean profit at each frequency (common random numbers across frequencies). */
function profitCurve(overrides: Partial<Params>): number[] {
  return FREQUENCIES.map((pushesPerWeek) => {
    const runs = summaries(scenario({ pushCapMonthly: 120, ...overrides, pushesPerWeek }, 50), R);
    return runs.reduce((sum, s) => sum + s.profit, 0) / R;
  });
}

const best = (curve: number[]) => FREQUENCIES[curve.indexOf(Math.max(...curve))];
const describeCurve = (curve: number[]) => FREQUENCIES.map((f, i) => `${f}/wk: ${Math.round(curve[i] / 1000)}k`).join(', ');

describe('stylized fact 5: a best touch frequency', () => {
  const base = profitCurve({});

  it('is interior when pushes cost money and fatigue is on', () => {
    const top = best(base);
    expect(top, describeCurve(base)).toBeGreaterThan(FREQUENCIES[0]);
    expect(top, describeCurve(base)).toBeLessThan(FREQUENCIES[FREQUENCIES.length - 1]);
    // Clearly above both ends, not a flat curve with noise on top.
    const peak = Math.max(...base);
    expect(peak - base[0], describeCurve(base)).toBeGreaterThan(50_000);
    expect(peak - base[base.length - 1], describeCurve(base)).toBeGreaterThan(50_000);
  });

  it('moves down when a push costs more', () => {
    const dear = profitCurve({ pushCost: 5_000 });
    expect(best(dear), `${describeCurve(base)} | dear: ${describeCurve(dear)}`).toBeLessThan(best(base));
  });

  it('moves up when people tolerate more touches', () => {
    const tolerant = profitCurve({ fatigueTolerance: 6 });
    expect(best(tolerant), `${describeCurve(base)} | tolerant: ${describeCurve(tolerant)}`).toBeGreaterThan(best(base));
  });

  it('is not interior when pushes are free and nobody tires of them: more never hurts, it only saturates', () => {
    const free = profitCurve({ pushCost: 0, fatiguePenalty: 0, fatigueExitRate: 0 });
    const peak = Math.max(...free);
    // Trust saturates and the repurchase gap caps orders, so the curve flattens; it never turns
    // down by more than the noise of three replications (2% of the peak).
    for (let i = 1; i < free.length; i++) expect(free[i], describeCurve(free)).toBeGreaterThan(free[i - 1] - 0.02 * peak);
    expect(free[free.length - 1], describeCurve(free)).toBeGreaterThan(0.98 * peak);
  });
});
