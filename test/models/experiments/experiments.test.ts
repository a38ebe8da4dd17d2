import { describe, expect, it } from 'vitest';
import {
  ExperimentError,
  allocateBudget,
  defaultKpi,
  bestShare,
  executeRun,
  expandRuns,
  experimentCsv,
  experimentJson,
  experimentPoints,
  mergeShards,
  reduceExperiment,
  sensitivityRanges,
  shardFile,
  shardRange,
  shardRuns,
  validateExperiment,
  type Experiment,
} from '../../../models/experiments/index.ts';
import { DEFAULT_SEED, defaultParams, replicationSeed } from '../../../models/index.ts';
import { withoutNondeterminism } from '../helpers.ts';

const tiny = { population: 1_000, agentWeight: 1, horizonDays: 30 };

function runAll(experiment: Experiment) {
  return withoutNondeterminism(() => expandRuns(experiment).map((spec) => executeRun(spec)));
}

describe('experiment definitions', () => {
  it('reports the margin ROI at 180 days unless told otherwise, and profit for the budget split', () => {
    expect(defaultKpi('sweep1d')).toBe('roiMargin180');
    expect(defaultKpi('budgetSplit')).toBe('profit');
    expect(validateExperiment({ kind: 'replications' }).kpi).toBe('roiMargin180');
    expect(validateExperiment({ kind: 'budgetSplit', totalBudgetDaily: 6_000 }).kpi).toBe('profit');
    expect(validateExperiment({ kind: 'budgetSplit', totalBudgetDaily: 6_000, kpi: 'roi180' }).kpi).toBe('roi180');
  });

  it.each([
    [{ kind: 'nope' }, 'kind'],
    [{ kind: 'sweep1d', x: { key: 'staff', from: 0, to: 4, steps: 1 } }, 'x.steps'],
    [{ kind: 'sweep1d', x: { key: 'paidPricing', from: 0, to: 4, steps: 3 } }, 'x.key'],
    [{ kind: 'sweep2d', x: { key: 'staff', from: 0, to: 4, steps: 3 }, y: { key: 'staff', from: 0, to: 4, steps: 3 } }, 'y.key'],
    [{ kind: 'replications', params: { groupCapacity: -3 } }, 'params.groupCapacity'],
    [{ kind: 'replications', replications: 0 }, 'replications'],
    [{ kind: 'replications', kpi: 'roi999' }, 'kpi'],
    [{ kind: 'budgetSplit' }, 'totalBudgetDaily'],
    [{ kind: 'paired', a: { staff: 1.5 } }, 'a.staff'],
    [{ kind: 'sensitivity', group: 'marketing' }, 'group'],
  ])('names the bad field of %j', (input, field) => {
    expect(() => validateExperiment(input)).toThrow(ExperimentError);
    try {
      validateExperiment(input);
    } catch (error) {
      expect((error as ExperimentError).field).toBe(field);
      expect((error as Error).message).toMatch(new RegExp(`^invalid ${field.replace('.', '\\.')}: .+ \\(expected .+\\)$`));
    }
  });

  it('gives every replication index the same seed at every point (common random numbers)', () => {
    const e = validateExperiment({ kind: 'sweep1d', params: tiny, seed: 7, replications: 3, x: { key: 'staff', from: 0, to: 4, steps: 3 } });
    const specs = expandRuns(e);
    expect(specs.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(specs.map((s) => s.seed)).toEqual([0, 1, 2].flatMap(() => [0, 1, 2].map((r) => replicationSeed(7, r))));
    expect(specs.map((s) => s.params.staff)).toEqual([0, 0, 0, 2, 2, 2, 4, 4, 4]);
  });

  it('spaces a log axis geometrically and rounds integer parameters', () => {
    const e = validateExperiment({ kind: 'sweep1d', params: tiny, x: { key: 'paidBudgetDaily', from: 100, to: 10_000, steps: 3, scale: 'log' } });
    expect(experimentPoints(e).map((p) => p.params.paidBudgetDaily)).toEqual([100, 1000, 10_000]);
    const g = validateExperiment({ kind: 'sweep1d', params: tiny, x: { key: 'groups', from: 0, to: 3, steps: 4 } });
    expect(experimentPoints(g).map((p) => p.params.groups)).toEqual([0, 1, 2, 3]);
  });

  it('moves each parameter of a group to its low and high value, leaving out those at 0', () => {
    const e = validateExperiment({ kind: 'sensitivity', params: tiny, group: 'costs', spread: 0.5 }) as Extract<Experiment, { kind: 'sensitivity' }>;
    const ranges = sensitivityRanges(e);
    expect(ranges.find((r) => r.key === 'staffCostDaily')).toEqual({ key: 'staffCostDaily', low: 150, high: 450 });
    expect(experimentPoints(e)).toHaveLength(1 + 2 * ranges.length);
  });
});

describe('reduction', () => {
  const e = validateExperiment({ kind: 'sweep2d', params: tiny, replications: 2, x: { key: 'staff', from: 0, to: 2, steps: 2 }, y: { key: 'groups', from: 0, to: 5, steps: 2 } });
  const outputs = runAll(e);

  it('gives the same bytes whatever order the runs finished in', () => {
    const inOrder = experimentJson(reduceExperiment(e, outputs));
    const shuffled = [...outputs].reverse();
    shuffled.push(shuffled.splice(2, 1)[0]);
    expect(experimentJson(reduceExperiment(e, shuffled))).toBe(inOrder);
    expect(experimentCsv(reduceExperiment(e, shuffled))).toBe(experimentCsv(reduceExperiment(e, outputs)));
  });

  it('refuses a missing or repeated run', () => {
    expect(() => reduceExperiment(e, outputs.slice(1))).toThrow(/run 0 is missing/);
    expect(() => reduceExperiment(e, [...outputs, outputs[0]])).toThrow(/appears twice/);
  });

  it('writes one tidy row per run and metric, with the varied parameters', () => {
    const csv = experimentCsv(reduceExperiment(e, outputs)).trimEnd().split('\n');
    expect(csv[0]).toBe('kind,index,point,replication,seed,staff,groups,metric,value');
    const result = reduceExperiment(e, outputs);
    expect(csv).toHaveLength(1 + result.runs.length * Object.keys(result.runs[0].kpis).length);
    // The default seed is the app's (DEFAULT_SEED); replication 0 runs with replicationSeed(seed, 0).
    expect(csv[1]).toMatch(new RegExp(`^sweep2d,0,0,0,${replicationSeed(DEFAULT_SEED, 0)},0,0,profit,`));
  });

  it('merges shards into exactly the bytes of the unsharded result', () => {
    const whole = experimentJson(reduceExperiment(e, outputs));
    for (const n of [1, 3, 5]) {
      const files = Array.from({ length: n }, (_, i) => {
        const specs = shardRuns(e, { index: i, count: n });
        const file = shardFile(e, { index: i, count: n }, outputs.filter((o) => specs.some((s) => s.index === o.index)));
        return { name: `shard${i}.json`, json: JSON.parse(JSON.stringify(file)) };
      });
      expect(experimentJson(mergeShards(files.reverse()))).toBe(whole);
    }
  });

  it('slices runs into contiguous shards that cover every run once', () => {
    const ranges = [0, 1, 2].map((i) => shardRange(10, { index: i, count: 3 }));
    expect(ranges).toEqual([{ start: 0, end: 3 }, { start: 3, end: 6 }, { start: 6, end: 10 }]);
  });

  it('names the file and field of a bad shard', () => {
    const file = JSON.parse(JSON.stringify(shardFile(e, { index: 0, count: 1 }, outputs)));
    file.runs[1].kpis.roi180 = 'x';
    expect(() => mergeShards([{ name: 'a.json', json: file }])).toThrow(/^invalid a\.json: runs\[1\]\.kpis\.roi180/);
    expect(() => mergeShards([{ name: 'b.json', json: { format: 'other' } }])).toThrow(/^invalid b\.json: format/);
  });
});

describe('paired comparison', () => {
  it('reports B − A with the interval of the paired differences', () => {
    const e = validateExperiment({ kind: 'paired', params: tiny, replications: 4, a: { groups: 0 }, b: { groups: 0 } });
    const result = reduceExperiment(e, runAll(e));
    const roi = result.paired!.find((d) => d.kpi === 'revenue')!;
    // Identical arms on common random numbers: every difference is exactly zero.
    expect([roi.diff, roi.lo, roi.hi]).toEqual([0, 0, 0]);
  });
});

describe('budget split', () => {
  const base = defaultParams();

  const settings = { totalBudgetDaily: 5_000, staffShare: 0.5, groupShare: 0.3 };

  it('spends the whole budget at every share: ads + content + groups + staff + fixed = the total', () => {
    for (const share of [0, 0.3, 0.75, 1]) {
      const a = allocateBudget(base, settings, share);
      const groupDaily = (base.groupEventCost * base.groupEventsPerWeek) / 7;
      const promotions = a.promotionsPerMonth;
      const pushes = promotions + Math.min((a.pushesPerWeek * 30) / 7, base.pushCapMonthly - promotions);
      const spent = a.paidBudgetDaily + a.privateFixedCostDaily + a.staff * base.staffCostDaily + a.groups * groupDaily + (pushes * base.pushCost) / 30;
      expect(spent).toBeCloseTo(5_000, 6);
      expect(Object.values(a.spend).reduce((x, y) => x + y, 0)).toBeCloseTo(5_000, 6);
      expect(a.privateFixedCostDaily).toBeGreaterThanOrEqual(share === 1 ? 0 : Math.min(base.privateFixedCostDaily, a.privateBudgetDaily));
    }
  });

  it('runs no private-domain operation at all when the whole budget goes to ads', () => {
    const a = allocateBudget(base, settings, 1);
    expect([a.staff, a.groups, a.pushesPerWeek, a.promotionsPerMonth, a.privateFixedCostDaily]).toEqual([0, 0, 0, 0, 0]);
  });

  it('buys fewer staff and groups when they cost more', () => {
    const cheap = allocateBudget(base, settings, 0.2);
    const dear = allocateBudget({ ...base, staffCostDaily: 900, groupEventCost: 450 }, settings, 0.2);
    expect(dear.staff).toBeLessThan(cheap.staff);
    expect(dear.groups).toBeLessThan(cheap.groups);
  });

  it('moves the best share toward paid exposure when private-domain costs rise', () => {
    const best = (mult: number) => {
      const e = validateExperiment({
        kind: 'budgetSplit',
        params: { population: 10_000, agentWeight: 1, horizonDays: 90, baseCac: 8, staffCostDaily: 300 * mult, groupEventCost: 150 * mult, pushCost: 800 * mult },
        seed: 1,
        replications: 2,
        totalBudgetDaily: 1_500,
        share: { from: 0, to: 1, steps: 6 },
      });
      const result = reduceExperiment(e, runAll(e));
      return bestShare(result, 'profit', 0.1);
    };
    const cheap = best(1);
    const dear = best(10);
    expect(dear.byMean!.share).toBeGreaterThan(cheap.byMean!.share);
    expect(dear.byPercentile!.share).toBeGreaterThan(cheap.byPercentile!.share);
  });
});
