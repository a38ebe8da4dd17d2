import { describe, expect, it } from 'vitest';
import { Population } from '../../../models/agents/index.ts';
import { EXPOSED, LAPSED, UNAWARE } from '../../../models/stages.ts';

describe('the population pools', () => {
  it('moves an agent with all its attributes and keeps the pools partitioned', () => {
    const pop = new Population(10);
    pop.trust[3] = 0.7;
    pop.purchases[3] = 4;
    const slot = pop.unawareToActive(3);
    expect(slot).toBe(9);
    pop.stage[slot] = EXPOSED;
    expect(pop.trust[slot]).toBeCloseTo(0.7);
    expect(pop.purchases[slot]).toBe(4);
    expect([pop.unawareCount, pop.activeCount, pop.lapsedCount]).toEqual([9, 1, 0]);
    const lapsed = pop.activeToLapsed(slot);
    pop.stage[lapsed] = LAPSED;
    expect(pop.purchases[lapsed]).toBe(4);
    expect([pop.unawareCount, pop.activeCount, pop.lapsedCount]).toEqual([9, 0, 1]);
    const back = pop.lapsedToActive(lapsed);
    expect(pop.purchases[back]).toBe(4);
    const forgot = pop.activeToUnaware(back);
    pop.stage[forgot] = UNAWARE;
    expect(pop.purchases[forgot]).toBe(4);
    expect([pop.unawareCount, pop.activeCount, pop.lapsedCount]).toEqual([10, 0, 0]);
  });
});

describe('identity tracking', () => {
  it('follows each agent to its slot through every move', () => {
    const pop = new Population(6, { trackIdentity: true });
    pop.purchases.forEach((_, i) => (pop.purchases[i] = i * 10));
    pop.unawareToActive(1);
    pop.unawareToActive(0);
    pop.activeToLapsed(pop.slotOf![1]);
    pop.lapsedToActive(pop.slotOf![1]);
    pop.activeToUnaware(pop.slotOf![0]);
    for (let id = 0; id < 6; id++) {
      expect(pop.agentAt![pop.slotOf![id]]).toBe(id);
      expect(pop.purchases[pop.slotOf![id]]).toBe(id * 10);
    }
  });

  it('does not change what the model computes', async () => {
    const { Simulation, defaultParams } = await import('../../../models/index.ts');
    const params = { ...defaultParams(), population: 3_000, horizonDays: 60 };
    const plain = new Simulation(params, 5).run();
    const tracked = new Simulation(params, 5, { trackIdentity: true }).run();
    expect(Array.from(tracked.recorder.revenue)).toEqual(Array.from(plain.recorder.revenue));
  });
});
