/**
 * One engine measurement, run in its own process so peak memory is this run's alone:
 * `tsx bench/engine.ts <population> <horizonDays> <repeats>` prints one JSON line.
 */
import { BYTES_PER_AGENT, Simulation, collect, defaultParams, validateParams } from '../models/index.ts';

const [population, horizonDays, repeats] = process.argv.slice(2).map(Number);
const params = validateParams({ population, horizonDays }, defaultParams());

// Warm the JIT on a small run so the timed runs measure steady-state code.
new Simulation({ ...params, population: 10_000, horizonDays: 60 }, 99).run();

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
    population,
    horizonDays,
    repeats,
    medianMs: median,
    minMs: times[0],
    collectMs: collectTimes.sort((a, b) => a - b)[Math.floor(collectTimes.length / 2)],
    agentDaysPerSecond: (population * horizonDays) / (median / 1000),
    bytesPerAgentDeclared: BYTES_PER_AGENT,
    bytesPerAgentMeasured: allocated / population,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
