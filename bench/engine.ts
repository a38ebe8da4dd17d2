/**
 * One engine measurement, run in its own process so peak memory is this run's alone:
 * `tsx bench/engine.ts <bundle> <agents> <horizonDays> <repeats>` prints one JSON line.
 *
 * The engine is the ESM bundle of models/ that bench.ts builds (the code as the browser runs
 * it), not the TypeScript sources as tsx loads them: tsx turns every imported constant into a
 * getter call, which made the hot loop about four times slower than it ships.
 * The scenario is the default one with `agents` agents: the default agent weight, and a market
 * of agents × weight people with the default budgets.
 */
import { pathToFileURL } from 'node:url';
import type * as Models from '../models/index.ts';

const [bundle, ...rest] = process.argv.slice(2);
const [agents, horizonDays, repeats] = rest.map(Number);
const { BYTES_PER_AGENT, Simulation, collect, defaultParams, validateParams } = (await import(pathToFileURL(bundle).href)) as typeof Models;
const weight = defaultParams().agentWeight;
const params = validateParams({ population: agents * weight, horizonDays });

// Warm the JIT on a small run so the timed runs measure steady-state code.
new Simulation(validateParams({ population: 10_000 * weight, horizonDays: 60 }), 99).run();

const before = process.memoryUsage().arrayBuffers;
const probe = new Simulation(params, 0);
const allocated = process.memoryUsage().arrayBuffers - before;
void probe;

const times: number[] = [];
const collectTimes: number[] = [];
for (let r = 0; r < repeats; r++) {
  const start = performance.now();
  const sim = new Simulation(params, r + 1).run();
  const ran = performance.now();
  collect(sim);
  collectTimes.push(performance.now() - ran);
  times.push(ran - start);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(
  JSON.stringify({
    agents,
    horizonDays,
    repeats,
    medianMs: median,
    minMs: times[0],
    collectMs: collectTimes.sort((a, b) => a - b)[Math.floor(collectTimes.length / 2)],
    agentDaysPerSecond: (agents * horizonDays) / (median / 1000),
    bytesPerAgentDeclared: BYTES_PER_AGENT,
    bytesPerAgentMeasured: allocated / agents,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
