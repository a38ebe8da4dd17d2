/** Snapshots of a running simulation: the sample, the one tier rule, and counts that agree with the run's series. */
import { describe, expect, it } from 'vitest';
import { NO_TIER, Simulation, TIERS, sampleIds, simulate, takeSnapshot } from '../../../models/index.ts';
import { tierCode } from '../../../models/engine/snapshot.ts';
import { CONTACT, EXPOSED, FOLLOWER, GROUP, LAPSED, STAGE_COUNT, UNAWARE } from '../../../models/stages.ts';
import { tierOf } from '../../../models/trust/index.ts';
import { smallParams } from '../helpers.ts';

describe('agent snapshots', () => {
  it('sample agent ids evenly', () => {
    expect(Array.from(sampleIds(10, 5))).toEqual([0, 2, 4, 6, 8]);
    expect(sampleIds(3, 10)).toHaveLength(3);
    expect(sampleIds(10, 0)).toHaveLength(0);
  });

  it.each([
    [0.1, 0],
    [0.5, 1],
    [0.8, 2],
    [0.5999, 1],
    [0.6, 2],
  ])('put trust %s in tier %s (affinity from 0.4, true love from 0.6)', (trust, tier) => {
    expect(tierOf(trust, 0.4, 0.6)).toBe(tier);
    for (const stage of [FOLLOWER, CONTACT, GROUP]) expect(tierCode(stage, trust, 0.4, 0.6)).toBe(1 + tier);
    for (const stage of [UNAWARE, EXPOSED, LAPSED]) expect(tierCode(stage, trust, 0.4, 0.6)).toBe(NO_TIER);
  });

  it('count stages and tiers as the run records them, day by day', () => {
    const params = smallParams({ horizonDays: 40, initialFollowerShare: 0.05 });
    const simulation = new Simulation(params, 6, { trackIdentity: true });
    const ids = sampleIds(params.population, 300);
    const direct = simulate(params, 6);
    while (!simulation.done) {
      simulation.stepDay();
      const snapshot = takeSnapshot(simulation, ids);
      const day = snapshot.day - 1;
      expect(snapshot.stage).toHaveLength(300);
      expect(snapshot.stageCounts.reduce((a, b) => a + b, 0)).toBe(params.population);
      expect(Math.max(...snapshot.stage)).toBeLessThan(STAGE_COUNT);
      expect(snapshot.stageCounts[FOLLOWER]).toBe(direct.series.stages.follower[day]);
      TIERS.forEach((tier, i) => expect(snapshot.tierCounts[i], `${tier} on day ${day}`).toBe(direct.series.tiers[tier][day]));
    }
  });

  it('need a simulation that tracks identities', () => {
    const simulation = new Simulation(smallParams({ horizonDays: 30 }), 1);
    expect(() => takeSnapshot(simulation, sampleIds(5_000, 10))).toThrow(/trackIdentity/);
  });
});
