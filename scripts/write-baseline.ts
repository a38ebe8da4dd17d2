/**
 * Regenerates the golden baseline: the default scenario's summary and output digest at a fixed
 * seed, and the edge-case scenarios' beside it. Run it only on purpose (`npm run baseline`)
 * when a model change is meant to move the numbers, and say why in the commit. Tests never
 * write it.
 */
import { writeFileSync } from 'node:fs';
import { BASELINE_PATH, BASELINE_SCENARIOS, BASELINE_SEED, SCENARIOS_PATH, baselineOutput, pinned } from '../test/baseline/baseline.ts';

const baseline = { seed: BASELINE_SEED, params: 'defaults', ...pinned(baselineOutput()) };
writeFileSync(BASELINE_PATH, JSON.stringify(baseline, null, 2) + '\n');
console.log(`wrote ${BASELINE_PATH}`);

const scenarios = BASELINE_SCENARIOS.map(({ name, overrides }) => ({ name, overrides, ...pinned(baselineOutput(overrides)) }));
writeFileSync(SCENARIOS_PATH, JSON.stringify({ seed: BASELINE_SEED, scenarios }, null, 2) + '\n');
console.log(`wrote ${SCENARIOS_PATH}`);
