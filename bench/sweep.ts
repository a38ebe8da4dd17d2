/**
 * `npm run bench:sweep`: wall time of one sweep (16 runs of the default scenario at 50,000
 * agents) on a Node worker_threads pool of 1 and of 2 workers, and the speed-up. Run it when
 * the machine is quiet (load average below 1): other work on the cores skews the figures.
 */
import { availableParallelism, loadavg } from 'node:os';
import { expandRuns, experimentJson, reduceExperiment, validateExperiment } from '../models/experiments/index.ts';
import { createNodePool } from '../workers/pool/node.ts';
import { runSpecs } from '../workers/pool/run.ts';

const experiment = validateExperiment({
  kind: 'sweep1d',
  params: { population: 50_000 },
  seed: 1,
  replications: 2,
  x: { key: 'groups', from: 0, to: 70, steps: 8 },
});
const specs = expandRuns(experiment);
const sizes = [1, 2];

console.log(`sweep: ${specs.length} runs, default scenario at 50,000 agents × ${experiment.base.horizonDays} days`);
console.log(`cores: ${availableParallelism()}, load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

const times: number[] = [];
const outputs: string[] = [];
for (const size of sizes) {
  const pool = createNodePool(size);
  // Start the workers (tsx registration, module load) outside the timing.
  await pool.run(specs.slice(0, size).map((s) => ({ ...s, params: { ...s.params, population: 1_000, horizonDays: 30 } })));
  const started = performance.now();
  const runs = await runSpecs(pool, specs);
  times.push(performance.now() - started);
  outputs.push(experimentJson(reduceExperiment(experiment, runs)));
  pool.terminate();
}

console.log('');
console.log('| workers | wall time (s) | speed-up |');
console.log('|--------:|--------------:|---------:|');
sizes.forEach((size, i) => console.log(`| ${size} | ${(times[i] / 1000).toFixed(2)} | ${(times[0] / times[i]).toFixed(2)}× |`));
console.log('');
console.log(`results identical across pool sizes: ${outputs.every((o) => o === outputs[0])}`);
console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
