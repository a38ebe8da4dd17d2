/**
 * The experiments view's state: the form's settings, the pool, the run in progress and the
 * last result. One instance for the app (`experiments`), created on first use of the view.
 */
import { MAX_EXPERIMENT_RUNS, PARAM_SPECS, specOf, type NumberSpec, type ParamGroup, type ParamKey, type Params } from '../../models/index.ts';
import {
  ExperimentError,
  defaultKpi,
  runCount,
  validateExperiment,
  type Axis,
  type Experiment,
  type ExperimentKind,
  type ExperimentResult,
} from '../../models/experiments/index.ts';
import type { RunResult } from '../../models/index.ts';
import { createBrowserPool } from '../../workers/pool/browser.ts';
import { PoolCancelledError, defaultPoolSize, type WorkerPool } from '../../workers/pool/pool.ts';
import { runExperiment } from '../../workers/pool/run.ts';
import { tx } from './strings.ts';

/** Numeric parameters a sweep can move (the size of the run is set with the market, the agent weight and the days). */
export const SWEEPABLE: readonly NumberSpec[] = PARAM_SPECS.filter(
  (s): s is Extract<(typeof PARAM_SPECS)[number], { kind: 'number' | 'integer' }> => s.kind !== 'choice',
);

/** A starting range for an axis over `key`: half to twice the base value, inside the schema range. */
export function defaultAxis(key: ParamKey, base: Params, steps = 5): Axis {
  const spec = specOf(key) as NumberSpec;
  const v = base[key] as number;
  const clamp = (x: number) => Math.min(spec.max, Math.max(spec.min, x));
  let from = clamp(v / 2);
  let to = clamp(v * 2);
  if (from === to) {
    from = spec.min;
    to = spec.min + (spec.max - spec.min) / 10;
  }
  if (spec.kind === 'integer') {
    from = Math.round(from);
    to = Math.max(from + 1, Math.round(to));
  }
  const scale = spec.scale === 'log' && from > 0 ? 'log' : 'linear';
  return { key, from: Number(from.toPrecision(6)), to: Number(to.toPrecision(6)), steps, scale };
}

export interface ExperimentProgress {
  done: number;
  total: number;
  elapsedMs: number;
}

export class ExperimentsState {
  kind = $state<ExperimentKind>('sweep2d');
  /** The market (people) and the people per agent: together they set the agents simulated. */
  population = $state(1_000_000);
  agentWeight = $state(50);
  days = $state(180);
  seed = $state(1);
  replications = $state(3);
  /** The KPI a person picked; until then, the kind's own (`defaultKpi`: profit for the budget split). */
  #kpi = $state<string | null>(null);
  get kpi(): string {
    return this.#kpi ?? defaultKpi(this.kind);
  }
  set kpi(key: string) {
    this.#kpi = key;
  }
  x = $state<Axis>({ key: 'groups', from: 0, to: 40, steps: 5, scale: 'linear' });
  y = $state<Axis>({ key: 'staff', from: 0, to: 8, steps: 5, scale: 'linear' });
  group = $state<ParamGroup | ''>('private');
  spread = $state(0.5);
  totalBudget = $state(6_000);
  shareFrom = $state(0);
  shareTo = $state(1);
  shareSteps = $state(6);
  staffShare = $state(0.6);
  percentile = $state(0.1);
  armA = $state('{ "groups": 0 }');
  armB = $state('{ "groups": 20 }');
  workers = $state(defaultPoolSize(globalThis.navigator?.hardwareConcurrency));

  running = $state(false);
  progress = $state.raw<ExperimentProgress | null>(null);
  error = $state<string | null>(null);
  notice = $state<string | null>(null);
  result = $state.raw<ExperimentResult | null>(null);
  /** Replications: the mean run with its 95% bands. */
  aggregate = $state.raw<RunResult | null>(null);
  /** Wall time and pool size of the last finished experiment. */
  finished = $state.raw<{ ms: number; workers: number } | null>(null);

  #pool: WorkerPool | null = null;
  #initialised = false;

  /** Takes the market, the agent weight, the days and the seed from the explorer the first time the view opens. */
  initFrom(params: Params, seed: number): void {
    if (this.#initialised) return;
    this.#initialised = true;
    this.population = params.population;
    this.agentWeight = params.agentWeight;
    this.days = params.horizonDays;
    this.seed = seed;
  }

  /** The definition the form describes, as a person would write it in a file. */
  input(base: Params): Record<string, unknown> {
    const common = {
      kind: this.kind,
      params: { ...base, population: this.population, agentWeight: this.agentWeight, horizonDays: this.days },
      seed: this.seed,
      replications: this.replications,
      kpi: this.kpi,
    };
    switch (this.kind) {
      case 'sweep1d':
        return { ...common, x: this.x };
      case 'sweep2d':
        return { ...common, x: this.x, y: this.y };
      case 'sensitivity':
        return { ...common, group: this.group === '' ? null : this.group, spread: this.spread };
      case 'budgetSplit':
        return {
          ...common,
          totalBudgetDaily: this.totalBudget,
          share: { from: this.shareFrom, to: this.shareTo, steps: this.shareSteps },
          staffShare: this.staffShare,
          percentile: this.percentile,
        };
      case 'paired':
        return { ...common, a: parseArm(this.armA, 'a'), b: parseArm(this.armB, 'b') };
      default:
        return common;
    }
  }

  /** The checked definition, or the error line to show. */
  check(base: Params): { experiment?: Experiment; error?: string } {
    try {
      const experiment = validateExperiment(this.input(base));
      const n = runCount(experiment);
      if (n > MAX_EXPERIMENT_RUNS) return { error: tx('tooMany', { n, max: MAX_EXPERIMENT_RUNS }) };
      return { experiment };
    } catch (error) {
      if (error instanceof ExperimentError) return { error: error.message };
      throw error;
    }
  }

  async run(base: Params): Promise<void> {
    if (this.running) return;
    const { experiment, error } = this.check(base);
    this.error = error ?? null;
    this.notice = null;
    if (!experiment) return;
    const pool = (this.#pool ??= createBrowserPool(this.workers));
    pool.setSize(this.workers);
    const started = performance.now();
    this.running = true;
    this.progress = { done: 0, total: runCount(experiment), elapsedMs: 0 };
    try {
      const { result, aggregate } = await runExperiment(pool, experiment, (done, total) => {
        this.progress = { done, total, elapsedMs: performance.now() - started };
      });
      this.result = result;
      this.aggregate = aggregate;
      this.finished = { ms: performance.now() - started, workers: pool.size };
    } catch (failure) {
      if (failure instanceof PoolCancelledError) this.notice = tx('cancelled');
      else this.error = (failure as Error).message ?? String(failure);
      this.progress = null;
    } finally {
      this.running = false;
    }
  }

  cancel(): void {
    this.#pool?.cancel();
  }
}

function parseArm(text: string, field: string): unknown {
  try {
    const value = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value;
  } catch {
    // reported below
  }
  throw new ExperimentError(field, text, 'a JSON object of parameter overrides, e.g. { "groups": 20 }');
}

export const experiments = new ExperimentsState();
