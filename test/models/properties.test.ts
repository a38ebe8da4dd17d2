/**
 * Property tests: over random valid parameter sets (small N and horizon so each run is
 * quick), the invariants hold.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PARAM_SPECS, simulate, validateParams, type Params } from '../../models/index.ts';
import { stageTotals } from './helpers.ts';

/** An arbitrary valid override for every numeric parameter but size and horizon. */
const paramsArbitrary = fc
  .record(
    Object.fromEntries(
      PARAM_SPECS.filter((s) => s.key !== 'population' && s.key !== 'horizonDays' && s.key !== 'agentWeight').map((spec) => [
        spec.key,
        spec.kind === 'choice'
          ? fc.constantFrom(...spec.choices)
          : spec.kind === 'integer'
            ? fc.integer({ min: spec.min, max: Math.min(spec.max, spec.min + 60) })
            : fc.double({ min: spec.min, max: Math.min(spec.max, spec.min + (spec.max - spec.min) * 0.2 + 1), noNaN: true }),
      ]),
    ),
    { requiredKeys: [] },
  )
  .chain((o) => fc.constantFrom(1, 2).map((agentWeight) => ({ ...o, agentWeight })))
  .filter((o) => {
    try {
      validateParams({ ...o, population: 2_000, horizonDays: 40 });
      return true;
    } catch {
      return false;
    }
  });

describe('invariants over random parameter sets', () => {
  it('conserve people, keep cumulative series monotone, keep CAC × M = spend and spend in its categories', () => {
    fc.assert(
      fc.property(paramsArbitrary, fc.integer({ min: 0, max: 2 ** 32 - 1 }), (overrides, seed) => {
        const params: Params = validateParams({ ...overrides, population: 2_000, horizonDays: 40 });
        const result = simulate(params, seed);
        const totals = stageTotals(result.series.stages);
        for (let day = 0; day < 40; day++) expect(totals[day]).toBe(2_000);
        for (let day = 1; day < 40; day++) expect(result.series.customers[day]).toBeGreaterThanOrEqual(result.series.customers[day - 1]);
        for (const cohort of result.cohorts) {
          if (cohort.cacPerLead !== null) expect(cohort.cacPerLead * cohort.size).toBeCloseTo(cohort.acquisitionSpend, 4);
          if (cohort.cacPerCustomer !== null) expect(cohort.cacPerCustomer * cohort.customers).toBeCloseTo(cohort.acquisitionSpend, 4);
        }
        const spend = Object.values(result.series.spend).reduce((sum, series) => sum + series.reduce((a, b) => a + b, 0), 0);
        expect(result.summary.spend).toBeCloseTo(spend, 4);
        expect(result.summary.acquisitionSpend + result.summary.opex).toBeCloseTo(spend, 4);
        for (const value of Object.values(result.summary).flat()) {
          if (value !== null) expect(Number.isFinite(value)).toBe(true);
        }
      }),
      { numRuns: 40, seed: 20261122, endOnFailure: true },
    );
  });
});
