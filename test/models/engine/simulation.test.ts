import { describe, expect, it } from 'vitest';
import { simulate, toJson, Simulation, CancelledError, resolvePreset } from '../../../models/index.ts';
import { smallParams, stageTotals, withoutNondeterminism } from '../helpers.ts';
import { FOLLOWER, LAPSED, STAGE_COUNT, UNAWARE, isPrivate } from '../../../models/stages.ts';

describe('the agent model', () => {
  it('keeps every agent in exactly one stage each day', () => {
    for (const overrides of [{}, { offlineVisitorsDaily: 500, initialFollowerShare: 0.1 }, { paidPricing: 'cpm' as const }]) {
      const params = smallParams(overrides);
      const result = simulate(params, 3);
      const totals = stageTotals(result.series.stages);
      for (let day = 0; day < params.horizonDays; day++) expect(totals[day]).toBe(params.population);
      const tiers = result.series.tiers;
      const s = result.series.stages;
      for (let day = 0; day < params.horizonDays; day++) {
        expect(tiers.passerby[day] + tiers.affinity[day] + tiers.trueLove[day]).toBe(
          s.follower[day] + s.contact[day] + s.group[day],
        );
      }
    }
  });

  it('keeps its running counts (stages, private members by cohort) equal to a recount of the agents', () => {
    for (const overrides of [{ offlineVisitorsDaily: 500, initialFollowerShare: 0.1, lapsedReexposure: 0.5 }, { paidPricing: 'cpm' as const }]) {
      const simulation = new Simulation(smallParams(overrides), 11);
      const { population: pop, recorder: rec } = simulation;
      let moved = 0;
      while (!simulation.done) {
        simulation.stepDay();
        const stages = new Array(STAGE_COUNT).fill(0);
        const privateByCohort = new Array(rec.privateByCohort.length).fill(0);
        for (let slot = 0; slot < pop.size; slot++) {
          stages[pop.stage[slot]]++;
          if (isPrivate(pop.stage[slot])) privateByCohort[pop.cohortOf(slot)]++;
        }
        expect(Array.from(rec.stageCounts)).toEqual(stages);
        expect(Array.from(rec.privateByCohort)).toEqual(privateByCohort);
        expect(rec.stageCounts[UNAWARE]).toBe(pop.unawareCount);
        expect(rec.stageCounts[LAPSED]).toBe(pop.lapsedCount);
        moved = stages[LAPSED] + stages[FOLLOWER];
      }
      expect(moved).toBeGreaterThan(0); // the run did move agents out of the first stages
    }
  });

  it('gives bit-identical output for the same parameters and seed, without Math.random or Date.now', () => {
    const params = smallParams({ offlineVisitorsDaily: 100 });
    const a = withoutNondeterminism(() => JSON.stringify(toJson(simulate(params, 42))));
    const b = withoutNondeterminism(() => JSON.stringify(toJson(simulate(params, 42))));
    expect(a).toBe(b);
  });

  it('gives different output for different seeds', () => {
    const params = smallParams();
    const a = simulate(params, 1).series.customers;
    const b = simulate(params, 2).series.customers;
    expect(Array.from(a)).not.toEqual(Array.from(b));
  });

  it('is the same whether run at once or stepped day by day', () => {
    const params = smallParams();
    const stepped = new Simulation(params, 9);
    while (!stepped.done) stepped.stepDay();
    const whole = new Simulation(params, 9).run();
    expect(Array.from(stepped.recorder.revenue)).toEqual(Array.from(whole.recorder.revenue));
  });

  it('never lets a cumulative series decrease', () => {
    const result = simulate(smallParams({ offlineVisitorsDaily: 50 }), 5);
    const customers = result.series.customers;
    for (let day = 1; day < customers.length; day++) expect(customers[day]).toBeGreaterThanOrEqual(customers[day - 1]);
    for (const curve of result.ltv) {
      for (let age = 1; age < curve.revenue.length; age++) {
        if (Number.isNaN(curve.revenue[age])) continue;
        expect(curve.revenue[age]).toBeGreaterThanOrEqual(curve.revenue[age - 1] - 1e-9);
      }
    }
  });

  it('reports progress and stops when cancelled', () => {
    const params = smallParams();
    const seen: number[] = [];
    const signal = { cancelled: false };
    expect(() =>
      new Simulation(params, 1).run({
        signal,
        onProgress: (done) => {
          seen.push(done);
          if (done >= 32) signal.cancelled = true;
        },
      }),
    ).toThrow(CancelledError);
    expect(seen).toEqual([16, 32]);
  });

  it('lets fatigue make an interior best touch frequency', () => {
    // Default trust and fatigue, no platform cap, every push seen: a couple of pushes a week
    // build trust; many, on top of group events and service, exceed tolerance and destroy it.
    const revenueAt = (pushesPerWeek: number) =>
      simulate(smallParams({ population: 20_000, horizonDays: 180, pushesPerWeek, pushCapMonthly: 120, followerReach: 1 }), 4)
        .summary.revenue;
    const none = revenueAt(0);
    const some = revenueAt(2);
    const spam = revenueAt(21);
    expect(some).toBeGreaterThan(none);
    expect(some).toBeGreaterThan(spam);
  });

  it('runs every preset without breaking conservation', async () => {
    const { PRESETS } = await import('../../../models/index.ts');
    for (const preset of PRESETS) {
      const params = { ...resolvePreset(preset.id), population: 3_000, horizonDays: 60 };
      const result = simulate(params, 1);
      const totals = stageTotals(result.series.stages);
      expect(totals[59]).toBe(3_000);
    }
  });
});
