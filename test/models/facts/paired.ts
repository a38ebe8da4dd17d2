/**
 * Paired comparisons over replications for the stylized-fact tests (docs/model.md#correctness-anchors):
 * both arms run on the same seeds (common random numbers), so the difference of each pair is
 * what the change did, and the 95% interval of its mean (Student t) says whether the effect is
 * there.
 */
import { meanInterval, replicationSeed, simulate, validateParams, type Params, type Summary } from '../../../models/index.ts';

/** A summary metric, or any number read off a run's summary. */
export type Reading = (summary: Summary) => number | null;

export interface Difference {
  /** Mean of B − A over the pairs. */
  mean: number;
  lo: number;
  hi: number;
  /** Each pair's B − A, for messages. */
  pairs: number[];
}

/** The summary of one run of `params` with replication `r`'s seed. */
export function runSummary(params: Params, r: number, masterSeed = 2026): Summary {
  return simulate(params, replicationSeed(masterSeed, r)).summary;
}

/** B − A of `read` over `replications` seeds, with its 95% interval. */
export function pairedDifference(a: Params, b: Params, read: Reading, replications: number): Difference {
  const pairs: number[] = [];
  for (let r = 0; r < replications; r++) {
    const va = read(runSummary(a, r));
    const vb = read(runSummary(b, r));
    if (va === null || vb === null) throw new Error(`replication ${r}: the reading is not observed (A ${va}, B ${vb})`);
    pairs.push(vb - va);
  }
  const { mean, lo, hi } = meanInterval(pairs);
  return { mean: mean!, lo: lo!, hi: hi!, pairs };
}

/** The summaries of `replications` runs of `params`. */
export function summaries(params: Params, replications: number): Summary[] {
  return Array.from({ length: replications }, (_, r) => runSummary(params, r));
}

/** Mean and 95% interval of `read` over runs already made. */
export function intervalOf(runs: readonly Summary[], read: Reading): Difference {
  const values = runs.map((summary, r) => {
    const v = read(summary);
    if (v === null) throw new Error(`replication ${r}: the reading is not observed`);
    return v;
  });
  const { mean, lo, hi } = meanInterval(values);
  return { mean: mean!, lo: lo!, hi: hi!, pairs: values };
}

/** Mean and 95% interval of `read` over `replications` seeds. */
export function replicated(params: Params, read: Reading, replications: number): Difference {
  return intervalOf(summaries(params, replications), read);
}

/** The default scenario with agents of `agentWeight` people (quick, same market), plus overrides. */
export function scenario(overrides: Partial<Params> = {}, agentWeight = 20): Params {
  return validateParams({ agentWeight, ...overrides });
}

/** How an interval reads in a failure message. */
export function show(d: Difference): string {
  return `${d.mean.toFixed(1)} [${d.lo.toFixed(1)}, ${d.hi.toFixed(1)}] over ${d.pairs.length} pairs`;
}
