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
