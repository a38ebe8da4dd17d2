/**
 * The seeds of replications: replication r of master seed s runs with `replicationSeed(s, r)`,
 * in the explorer, the CLI and every point of an experiment alike, so a replication's numbers
 * depend only on (params, s, r), never on which worker ran it.
 */
import { deriveSeed } from '../random/rng.ts';

/** The seed of replication `index` of `masterSeed`. Replication 0 uses the master seed itself. */
export function replicationSeed(masterSeed: number, index: number): number {
  return index === 0 ? masterSeed >>> 0 : deriveSeed(masterSeed, index);
}
