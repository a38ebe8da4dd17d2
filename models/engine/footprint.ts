/**
 * What a run will cost, estimated before it starts: its peak memory and its time on one core.
 * The explorer refuses a run its tab cannot hold (src/sim/memory.ts gives the browser's limit);
 * the CLIs show both figures and refuse a run beyond the machine unless told `--force`
 * (cli/estimate.ts). One estimate, so the browser and the CLIs agree on what a run needs.
 */
import { agentCount, type Params } from '../params/schema.ts';
import { BYTES_PER_AGENT } from '../agents/population.ts';
import { CHANNELS, SPEND_CATEGORIES, STAGES, TIERS } from '../output/contract.ts';

/**
 * Estimated peak bytes of a run: the agents simulated (`population / agentWeight`, each
 * `BYTES_PER_AGENT`: a market of a billion people at weight 1,000 is a million agents), the
 * recorder's per-day accumulators (daily series, week-cohort × day and channel × day tables),
 * and each replication's result kept until the mean is taken.
 */
export function estimateRunBytes(params: Pick<Params, 'population' | 'agentWeight' | 'horizonDays'>, replications = 1): number {
  const days = params.horizonDays;
  const weeks = Math.ceil(days / 7);
  const channels = CHANNELS.length;
  const dailySeries = STAGES.length + TIERS.length + 2 + channels + 5 + SPEND_CATEGORIES.length + 3;
  const recorder = 8 * days * (dailySeries + 3 * weeks + 4 * channels) + 4 * days * channels;
  const result = 8 * days * (dailySeries + 2 * (weeks + channels + 1));
  return agentCount(params) * BYTES_PER_AGENT + recorder + Math.max(1, replications) * result;
}

/**
 * A conservative speed of the engine on one core, agent-days a second: the slowest rate
 * measured in docs/performance.md (model v2 on a market where active agents are densest,
 * 100,000 people at weight 1 with the default budgets: 0.34–0.52 s for 365 days on a loaded
 * machine, 70–110 M agent-days/s; the default scenario at 10⁶ agents ran at 1,250–4,800 M/s,
 * as idle agents cost nothing), rounded down. Time estimates from it err on the long side.
 */
export const ENGINE_AGENT_DAYS_PER_SECOND = 70e6;

/** Agent-days a run steps: agents × days × replications. */
export function runAgentDays(params: Pick<Params, 'population' | 'agentWeight' | 'horizonDays'>, replications = 1): number {
  return agentCount(params) * params.horizonDays * Math.max(1, replications);
}

/** Estimated seconds for `agentDays` on `threads` cores at `ENGINE_AGENT_DAYS_PER_SECOND` each. */
export function estimateSeconds(agentDays: number, threads = 1): number {
  return agentDays / (ENGINE_AGENT_DAYS_PER_SECOND * Math.max(1, threads));
}
