/**
 * End-of-run counts over the agents that the recorder does not keep as it goes: the group
 * repurchase rate's people (docs/model.md#metrics), one pass over the population's arrays.
 */
import { GROUP_CUSTOMER_90, GROUP_REPEAT_90, NO_DAY, type Population } from '../agents/population.ts';
import { GROUP_WINDOW } from '../engine/orders.ts';

export interface Tallies {
  /** Agents who first joined a group ≥ 90 days before the end and had ordered by 90 days after. */
  groupCustomers: number;
  /** Of those, the ones with a repeat order within 90 days after joining. */
  groupRepeaters: number;
}

export function tallyAgents(pop: Population, horizon: number): Tallies {
  const t: Tallies = { groupCustomers: 0, groupRepeaters: 0 };
  const lastJoin = horizon - 1 - GROUP_WINDOW;
  for (let agent = 0; agent < pop.size; agent++) {
    const joined = pop.joinDay[agent];
    if (joined === NO_DAY || joined > lastJoin) continue;
    const flags = pop.groupFlags[agent];
    if (!(flags & GROUP_CUSTOMER_90)) continue;
    t.groupCustomers++;
    if (flags & GROUP_REPEAT_90) t.groupRepeaters++;
  }
  return t;
}
