/**
 * Regenerates the golden baseline: the default scenario's summary at a fixed seed, and the
 * edge-case scenarios' summaries beside it. Run it only on purpose (`npm run baseline`) when a
 * model change is meant to move the numbers, and say why in the commit. Tests never write it.
 */
import { writeFileSync } from 'node:fs';
import { defaultParams, simulate, toJson, validateParams } from '../models/index.ts';
import { BASELINE_PATH, BASELINE_SCENARIOS, BASELINE_SEED, SCENARIOS_PATH } from '../test/baseline/baseline.ts';

const result = simulate(defaultParams(), BASELINE_SEED);
const baseline = { seed: BASELINE_SEED, params: 'defaults', summary: toJson(result.summary) };
writeFileSync(BASELINE_PATH, JSON.stringify(baseline, null, 2) + '\n');
console.log(`wrote ${BASELINE_PATH}`);

const scenarios = BASELINE_SCENARIOS.map(({ name, overrides }) => ({
  name,
  overrides,
  summary: toJson(simulate(validateParams(overrides, defaultParams()), BASELINE_SEED).summary),
}));
writeFileSync(SCENARIOS_PATH, JSON.stringify({ seed: BASELINE_SEED, scenarios }, null, 2) + '\n');
console.log(`wrote ${SCENARIOS_PATH}`);
