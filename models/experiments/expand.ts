/**
 * Expansion: a normalized experiment becomes an ordered list of points (parameter sets) and
 * of run specs `{index, point, replication, seed, params}`. Run `index = point × R + replication`.
 *
 * Seeds: replication `r` of *every* point runs with `replicationSeed(seed, r)`. Points are
 * therefore compared on common random numbers (a sweep's curve moves only because the
 * parameter moved, and A and B of a paired comparison see the same draws), and a run's seed
 * depends only on the master seed and its index, never on which worker ran it.
 */
import { replicationSeed } from '../replications/seed.ts';
import { PARAM_SPECS, specOf, type NumberSpec, type ParamKey, type Params } from '../params/schema.ts';
import { budgetSplitParams, allocateBudget } from './budgetSplit.ts';
import type { Axis, Experiment, SensitivityExperiment } from './definition.ts';

/** A point's coordinates: the values that vary between points (the export's parameter columns). */
export type Coords = Record<string, number | string>;

export interface ExperimentPoint {
  coords: Coords;
  params: Params;
}

/** One run to execute: everything a worker needs, nothing else. */
export interface RunSpec {
  index: number;
  point: number;
  replication: number;
  seed: number;
  params: Params;
}

/** Removes float dust (0.30000000000000004 → 0.3) so values print and compare cleanly. */
const tidy = (v: number) => Number(v.toPrecision(12));

/** The `steps` values of an axis, rounded for integer parameters. */
export function axisValues(axis: Axis): number[] {
  const spec = specOf(axis.key) as NumberSpec;
  const values: number[] = [];
  for (let i = 0; i < axis.steps; i++) {
    const t = i / (axis.steps - 1);
    const v = axis.scale === 'log'
      ? Math.exp(Math.log(axis.from) + t * (Math.log(axis.to) - Math.log(axis.from)))
      : axis.from + t * (axis.to - axis.from);
    values.push(spec.kind === 'integer' ? Math.round(v) : tidy(v));
  }
  return values;
}

/** The paid shares of a budget split. */
export function shareValues(share: { from: number; to: number; steps: number }): number[] {
  return Array.from({ length: share.steps }, (_, i) => tidy(share.from + (i / (share.steps - 1)) * (share.to - share.from)));
}

/** Parameters that shape the run itself rather than behaviour; left out of "all parameters". */
const STRUCTURAL = new Set<string>(['population', 'horizonDays']);

export interface SensitivityRange {
  key: ParamKey;
  low: number;
  high: number;
}

/** The parameters a sensitivity analysis moves, each with its low and high value; ones that cannot move (base 0) are left out. */
export function sensitivityRanges(experiment: SensitivityExperiment): SensitivityRange[] {
  const specs = experiment.keys.length > 0
    ? experiment.keys.map((k) => specOf(k) as NumberSpec)
    : PARAM_SPECS.filter((s): s is Extract<typeof s, { kind: 'number' | 'integer' }> =>
        s.kind !== 'choice' && !STRUCTURAL.has(s.key) && (experiment.group === null || s.group === experiment.group));
  const ranges: SensitivityRange[] = [];
  for (const spec of specs) {
    const v = experiment.base[spec.key as ParamKey] as number;
    const clamp = (x: number) => {
      const c = Math.min(spec.max, Math.max(spec.min, x));
      return spec.kind === 'integer' ? Math.round(c) : tidy(c);
    };
    const low = clamp(v * (1 - experiment.spread));
    const high = clamp(v * (1 + experiment.spread));
    if (low !== high) ranges.push({ key: spec.key as ParamKey, low, high });
  }
  return ranges;
}

/** Every point of an experiment, in order. */
export function experimentPoints(experiment: Experiment): ExperimentPoint[] {
  const base = experiment.base;
  switch (experiment.kind) {
    case 'replications':
      return [{ coords: {}, params: base }];
    case 'sweep1d':
      return axisValues(experiment.x).map((v) => ({ coords: { [experiment.x.key]: v }, params: { ...base, [experiment.x.key]: v } }));
    case 'sweep2d': {
      const xs = axisValues(experiment.x);
      const ys = axisValues(experiment.y);
      const points: ExperimentPoint[] = [];
      for (const y of ys) {
        for (const x of xs) {
          points.push({ coords: { [experiment.x.key]: x, [experiment.y.key]: y }, params: { ...base, [experiment.x.key]: x, [experiment.y.key]: y } });
        }
      }
      return points;
    }
    case 'sensitivity': {
      // The base point has no moved parameter: its columns are empty strings (JSON has no NaN).
      const points: ExperimentPoint[] = [{ coords: { parameter: '', level: 'base', value: '' }, params: base }];
      for (const r of sensitivityRanges(experiment)) {
        points.push({ coords: { parameter: r.key, level: 'low', value: r.low }, params: { ...base, [r.key]: r.low } });
        points.push({ coords: { parameter: r.key, level: 'high', value: r.high }, params: { ...base, [r.key]: r.high } });
      }
      return points;
    }
    case 'budgetSplit':
      return shareValues(experiment.share).map((share) => {
        const a = allocateBudget(base, experiment, share);
        return {
          coords: {
            share,
            paidBudgetDaily: tidy(a.paidBudgetDaily),
            staff: a.staff,
            groups: a.groups,
            pushesPerWeek: tidy(a.pushesPerWeek),
            promotionsPerMonth: a.promotionsPerMonth,
            privateFixedCostDaily: tidy(a.privateFixedCostDaily),
          },
          params: budgetSplitParams(base, experiment, share),
        };
      });
    case 'paired':
      return [
        { coords: { arm: 'A' }, params: { ...base, ...experiment.a } },
        { coords: { arm: 'B' }, params: { ...base, ...experiment.b } },
      ];
  }
}

/** Number of runs an experiment expands to (points × replications). */
export function runCount(experiment: Experiment): number {
  return experimentPoints(experiment).length * experiment.replications;
}

/** The ordered run specs of an experiment. */
export function expandRuns(experiment: Experiment): RunSpec[] {
  const R = experiment.replications;
  const seeds = Array.from({ length: R }, (_, r) => replicationSeed(experiment.seed, r));
  return experimentPoints(experiment).flatMap((point, p) =>
    seeds.map((seed, r) => ({ index: p * R + r, point: p, replication: r, seed, params: point.params })),
  );
}
