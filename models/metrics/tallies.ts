/**
 * End-of-run counts over the agents: customers and repeat customers per cohort, and among
 * group members. One pass over the population's arrays.
 */
import { FLAG_ACQUIRED, FLAG_CHANNEL_MASK, FLAG_EVER_GROUP, type Population } from '../agents/population.ts';
import { CHANNEL_COUNT, EXISTING } from '../stages.ts';

export interface Tallies {
  weekCustomers: Float64Array;
  weekRepeaters: Float64Array;
  channelCustomers: Float64Array;
  channelRepeaters: Float64Array;
  groupCustomers: number;
  groupRepeaters: number;
  /** Customers among agents acquired in the horizon (existing followers excluded). */
  acquiredCustomers: number;
}

export function tallyAgents(pop: Population, weeks: number): Tallies {
  const t: Tallies = {
    weekCustomers: new Float64Array(weeks),
    weekRepeaters: new Float64Array(weeks),
    channelCustomers: new Float64Array(CHANNEL_COUNT),
    channelRepeaters: new Float64Array(CHANNEL_COUNT),
    groupCustomers: 0,
    groupRepeaters: 0,
    acquiredCustomers: 0,
  };
  for (let agent = 0; agent < pop.size; agent++) {
    const flags = pop.flags[agent];
    const purchases = pop.purchases[agent];
    if (!(flags & FLAG_ACQUIRED) || purchases === 0) continue;
    const week = (pop.acquiredDay[agent] / 7) | 0;
    const channel = flags & FLAG_CHANNEL_MASK;
    const repeat = purchases >= 2 ? 1 : 0;
    t.weekCustomers[week]++;
    t.weekRepeaters[week] += repeat;
    t.channelCustomers[channel]++;
    t.channelRepeaters[channel] += repeat;
    if (channel !== EXISTING) t.acquiredCustomers++;
    if (flags & FLAG_EVER_GROUP) {
      t.groupCustomers++;
      t.groupRepeaters += repeat;
    }
  }
  return t;
}
