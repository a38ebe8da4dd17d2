import { fileURLToPath } from 'node:url';

/** The golden baseline's seed and file (regenerated only by `npm run baseline`). */
export const BASELINE_SEED = 20261122;
export const BASELINE_PATH = fileURLToPath(new URL('./default-summary.json', import.meta.url));
