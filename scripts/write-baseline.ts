/**
 * Regenerates the golden baseline: the default scenario's summary at a fixed seed. Run it
 * only on purpose (`npm run baseline`) when a model change is meant to move the numbers, and
 * say why in the commit. Tests never write it.
 */
import { writeFileSync } from 'node:fs';
import { defaultParams, simulate, toJson } from '../models/index.ts';
import { BASELINE_PATH, BASELINE_SEED } from '../test/baseline/baseline.ts';

const result = simulate(defaultParams(), BASELINE_SEED);
const baseline = { seed: BASELINE_SEED, params: 'defaults', summary: toJson(result.summary) };
writeFileSync(BASELINE_PATH, JSON.stringify(baseline, null, 2) + '\n');
console.log(`wrote ${BASELINE_PATH}`);
