/**
 * CMA-ES, the (μ/μ_w, λ) covariance matrix adaptation evolution strategy, as in N. Hansen,
 * "The CMA Evolution Strategy: A Tutorial" (arXiv:1604.00772, 2016), with the default
 * strategy parameters of its table 1 restricted to positive recombination weights, as in
 * Hansen's reference `purecma.py` (pycma): cumulative step-size adaptation, rank-one and
 * rank-μ covariance updates, the h_σ stall of the rank-one path, and the step-size change capped
 * at a factor e per generation (as purecma caps it).
 *
 * Bounds: the search runs in the unit cube (each parameter scaled by its range) through pycma's
 * linear–quadratic periodic box transformation (`boxTransform.ts`), so every candidate is
 * feasible and an optimum on a bound is reachable; no candidate is resampled or penalised.
 *
 * Ask/tell: `ask()` returns a generation of λ points, `tell(values)` takes the objective at
 * those points in the same order. The points may be evaluated anywhere, in parallel, in any
 * order; the trajectory depends only on the seed and the values. Gaussian draws come from the
 * injected generator by Box–Muller, λ·n per generation, candidate by candidate. Ties in value
 * rank by candidate index. Non-finite values rank last.
 *
 * Noise: the method ranks candidates, so it tolerates moderate noise, but it cannot average it
 * out by itself. With a stochastic simulation, evaluate every candidate of a generation with
 * the same seeds (common random numbers) so that their differences are not noise, average
 * replications when the noise is still large against the differences you care about, consider
 * a larger population, and read `result().mean` (the distribution's centre, itself an average)
 * rather than `best`, which under noise is the luckiest draw. `tolFun` rarely fires on a noisy
 * objective: bound the run by `maxEvaluations`.
 */
import { createRng, type Rng } from '../random/rng.ts';
import { ParamError } from '../params/index.ts';
import {
  boundKeys,
  checkInteger,
  checkNumber,
  checkPointInBounds,
  fromUnit,
  standardNormal,
  toUnit,
  type Bounds,
  type Point,
} from '../sampling/index.ts';
import { fromBox, toBox } from './boxTransform.ts';
import { symmetricEigen } from './symmetricEigen.ts';

export interface CmaesOptions {
  /** The search box, `{ key: [lo, hi] }` in the parameters' units. */
  bounds: Bounds;
  /** Where the search starts (default: the centre of the box). */
  start?: Point;
  /**
   * Initial step size σ₀ as a fraction of each parameter's range, in (0, 1] (default 0.3).
   * The optimum should lie within about 2σ₀ of the start.
   */
  sigma?: number;
  /** Population size λ, 2–10000 (default 4 + ⌊3 ln n⌋; raise it for noisy or multimodal objectives). */
  populationSize?: number;
  /** Seed of the generator (32-bit unsigned, default 0). */
  seed?: number;
  /** Budget of objective evaluations (default purecma's 100λ + 150(n + 3)²√λ). */
  maxEvaluations?: number;
  /**
   * Stop when the objective's values over the current generation and the best of the recent
   * ones (10 + ⌈30n/λ⌉ generations) span less than this (default 1e-11, in objective units).
   */
  tolFun?: number;
  /** Stop when every σ·√C_ii and σ·|p_c,i| falls below this, in normalised units (default 1e-11). */
  tolX?: number;
  /** Stop as soon as a value ≤ this is seen (default: none). */
  targetValue?: number;
}

/** Why a run stopped. */
export type CmaesStop = 'maxEvaluations' | 'targetValue' | 'tolFun' | 'tolX' | 'conditionCov';

/** The state of a run, readable at any time. */
export interface CmaesResult {
  /** The best point evaluated so far, and its value (the luckiest one under noise). */
  best: Point;
  bestValue: number;
  /** The centre of the search distribution, mapped into the box: the estimate to use under noise. */
  mean: Point;
  /**
   * Standard deviation of the search distribution per parameter, in its units (before the box
   * transformation, which compresses it within 5% of a bound).
   */
  stds: Point;
  /** Overall step size σ, in normalised units. */
  sigma: number;
  evaluations: number;
  generations: number;
  /** Why it stopped, or null while it goes on. */
  stop: CmaesStop | null;
}

/** The fixed strategy parameters for dimension n and population λ (Hansen's tutorial, table 1). */
function strategyParameters(n: number, lambda: number) {
  const mu = Math.floor(lambda / 2);
  const raw = Array.from({ length: mu }, (_, i) => Math.log((lambda + 1) / 2) - Math.log(i + 1));
  const sum = raw.reduce((a, b) => a + b, 0);
  const weights = Float64Array.from(raw, (w) => w / sum);
  const mueff = 1 / weights.reduce((a, w) => a + w * w, 0);
  const cs = (mueff + 2) / (n + mueff + 5);
  const damps = 1 + 2 * Math.max(0, Math.sqrt((mueff - 1) / (n + 1)) - 1) + cs;
  const cc = (4 + mueff / n) / (n + 4 + (2 * mueff) / n);
  const c1 = 2 / ((n + 1.3) ** 2 + mueff);
  const cmu = Math.min(1 - c1, (2 * (mueff - 2 + 1 / mueff)) / ((n + 2) ** 2 + mueff));
  const chiN = Math.sqrt(n) * (1 - 1 / (4 * n) + 1 / (21 * n * n));
  return { mu, weights, mueff, cs, damps, cc, c1, cmu, chiN };
}

/** An ask/tell CMA-ES run over a box. */
export class Cmaes {
  readonly keys: readonly string[];
  readonly bounds: Bounds;
  /** Population size λ. */
  readonly lambda: number;
  readonly maxEvaluations: number;
  private readonly n: number;
  private readonly p: ReturnType<typeof strategyParameters>;
  private readonly rng: Rng;
  private readonly tolFun: number;
  private readonly tolX: number;
  private readonly targetValue: number;
  private readonly m: Float64Array;
  private sigma: number;
  private readonly c: Float64Array;
  private readonly pc: Float64Array;
  private readonly ps: Float64Array;
  private b: Float64Array;
  private d: Float64Array;
  private pending: Float64Array[] | null = null;
  private evaluations = 0;
  private generation = 0;
  private bestX: Float64Array;
  private bestValue = Number.POSITIVE_INFINITY;
  private readonly recentBest: number[] = [];
  private lastRange = Number.POSITIVE_INFINITY;
  private stopReason: CmaesStop | null = null;

  /** @throws ParamError for invalid bounds, start or options, naming the field */
  constructor(options: CmaesOptions) {
    this.bounds = options.bounds;
    this.keys = boundKeys(options.bounds);
    const n = (this.n = this.keys.length);
    this.lambda = checkInteger('populationSize', options.populationSize ?? 4 + Math.floor(3 * Math.log(n)), 2, 10_000);
    const defaultBudget = Math.round(100 * this.lambda + 150 * (n + 3) ** 2 * Math.sqrt(this.lambda));
    this.maxEvaluations = checkInteger('maxEvaluations', options.maxEvaluations ?? defaultBudget, 1, 1e9);
    this.sigma = checkNumber('sigma', options.sigma ?? 0.3, 0, 1, { min: true });
    this.tolFun = checkNumber('tolFun', options.tolFun ?? 1e-11, 0, Number.MAX_VALUE);
    this.tolX = checkNumber('tolX', options.tolX ?? 1e-11, 0, Number.MAX_VALUE);
    const target = options.targetValue ?? Number.NEGATIVE_INFINITY;
    if (Number.isNaN(target)) throw new ParamError('targetValue', target, 'a number');
    this.targetValue = target;
    this.p = strategyParameters(n, this.lambda);
    this.rng = createRng(options.seed ?? 0);
    if (options.start !== undefined) checkPointInBounds(options.start, this.keys, this.bounds, 'start');
    const start = options.start ? toUnit(options.start, this.keys, this.bounds) : new Float64Array(n).fill(0.5);
    this.m = start.map(fromBox);
    this.bestX = Float64Array.from(this.m);
    this.c = new Float64Array(n * n);
    this.b = new Float64Array(n * n);
    for (let i = 0; i < n; i++) this.c[i * n + i] = this.b[i * n + i] = 1;
    this.d = new Float64Array(n).fill(1);
    this.pc = new Float64Array(n);
    this.ps = new Float64Array(n);
  }

  /**
   * The next generation: λ points in the box, to evaluate and pass back, in this order, to `tell`.
   * Asking again before telling returns the same points.
   */
  ask(): Point[] {
    if (!this.pending) {
      const { n, b, d, m, sigma } = this;
      this.pending = [];
      for (let k = 0; k < this.lambda; k++) {
        const z = Float64Array.from({ length: n }, () => standardNormal(this.rng));
        const x = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          let y = 0;
          for (let j = 0; j < n; j++) y += b[i * n + j] * d[j] * z[j];
          x[i] = m[i] + sigma * y;
        }
        this.pending.push(x);
      }
    }
    return this.pending.map((x) => this.toPoint(x));
  }

  /**
   * Updates the distribution from the objective's values at the points of the last `ask`, in
   * the same order (lower is better).
   * @throws ParamError when no generation is pending or the count is not λ
   */
  tell(values: ArrayLike<number>): void {
    const xs = this.pending;
    if (!xs) throw new ParamError('tell', 'no pending generation', 'a call to ask() before tell()');
    if (values?.length !== this.lambda) {
      throw new ParamError('values', values?.length, `${this.lambda} values, one per asked point, in order`);
    }
    const { n, p, m, c, pc, ps } = this;
    const f = Array.from({ length: this.lambda }, (_, k) => (Number.isNaN(values[k]) ? Number.POSITIVE_INFINITY : values[k]));
    const order = f.map((_, k) => k).sort((i, j) => f[i] - f[j] || i - j);
    this.pending = null;
    this.evaluations += this.lambda;
    this.generation++;
    if (f[order[0]] < this.bestValue) {
      this.bestValue = f[order[0]];
      this.bestX = Float64Array.from(xs[order[0]]);
    }

    // Recombination: the new mean, and the selected steps y_i = (x_i:λ − m) / σ.
    const old = Float64Array.from(m);
    const steps = order.slice(0, p.mu).map((k) => xs[k].map((x, i) => (x - old[i]) / this.sigma));
    const yw = new Float64Array(n);
    steps.forEach((y, i) => {
      for (let j = 0; j < n; j++) yw[j] += p.weights[i] * y[j];
    });
    for (let j = 0; j < n; j++) m[j] = old[j] + this.sigma * yw[j];

    // Evolution paths: p_σ through C^(−1/2) = B D⁻¹ Bᵀ, p_c stalled by h_σ when ‖p_σ‖ is large.
    const bty = new Float64Array(n);
    for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) bty[j] += this.b[i * n + j] * yw[i];
    const csn = Math.sqrt(p.cs * (2 - p.cs) * p.mueff);
    for (let i = 0; i < n; i++) {
      let z = 0;
      for (let j = 0; j < n; j++) z += (this.b[i * n + j] * bty[j]) / this.d[j];
      ps[i] = (1 - p.cs) * ps[i] + csn * z;
    }
    const psNorm = Math.hypot(...ps);
    const hsig = psNorm / Math.sqrt(1 - (1 - p.cs) ** (2 * this.generation)) < (1.4 + 2 / (n + 1)) * p.chiN ? 1 : 0;
    const ccn = Math.sqrt(p.cc * (2 - p.cc) * p.mueff);
    for (let i = 0; i < n; i++) pc[i] = (1 - p.cc) * pc[i] + hsig * ccn * yw[i];

    // Covariance: decay, rank-one update with p_c, rank-μ update with the selected steps.
    const decay = 1 - p.c1 - p.cmu + (1 - hsig) * p.c1 * p.cc * (2 - p.cc);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j <= i; j++) {
        let rankMu = 0;
        steps.forEach((y, k) => (rankMu += p.weights[k] * y[i] * y[j]));
        const v = decay * c[i * n + j] + p.c1 * pc[i] * pc[j] + p.cmu * rankMu;
        c[i * n + j] = c[j * n + i] = v;
      }
    }

    // Step size: cumulative step-size adaptation, the change capped at a factor e.
    this.sigma *= Math.exp(Math.min(1, (p.cs / p.damps) * (psNorm / p.chiN - 1)));

    const eigen = symmetricEigen(c, n);
    this.b = eigen.vectors;
    this.d = eigen.values.map((v) => Math.sqrt(Math.max(v, 0)));
    this.updateStop(f, order);
  }

  private updateStop(f: number[], order: number[]): void {
    const { n } = this;
    const history = 10 + Math.ceil((30 * n) / this.lambda);
    this.recentBest.push(f[order[0]]);
    if (this.recentBest.length > history) this.recentBest.shift();
    const values = [...f, ...this.recentBest];
    this.lastRange = Math.max(...values) - Math.min(...values);
    let spread = 0;
    for (let i = 0; i < n; i++) {
      spread = Math.max(spread, this.sigma * Math.sqrt(this.c[i * n + i]), this.sigma * Math.abs(this.pc[i]));
    }
    const dMax = Math.max(...this.d);
    const dMin = Math.min(...this.d);
    if (this.bestValue <= this.targetValue) this.stopReason = 'targetValue';
    else if (this.evaluations >= this.maxEvaluations) this.stopReason = 'maxEvaluations';
    else if (this.generation >= history && this.lastRange < this.tolFun) this.stopReason = 'tolFun';
    else if (spread < this.tolX) this.stopReason = 'tolX';
    else if (!(dMin > 0) || (dMax / dMin) ** 2 > 1e14) this.stopReason = 'conditionCov';
  }

  /** Why the run should stop, or null to go on. */
  stop(): CmaesStop | null {
    return this.stopReason;
  }

  /** The best point so far, the distribution's centre and spread, and the counts. */
  result(): CmaesResult {
    const { n, keys, bounds } = this;
    const stds: Point = {};
    keys.forEach((key, i) => {
      const [lo, hi] = bounds[key];
      stds[key] = this.sigma * Math.sqrt(this.c[i * n + i]) * (hi - lo);
    });
    return {
      best: this.toPoint(this.bestX),
      bestValue: this.bestValue,
      mean: this.toPoint(this.m),
      stds,
      sigma: this.sigma,
      evaluations: this.evaluations,
      generations: this.generation,
      stop: this.stopReason,
    };
  }

  private toPoint(x: Float64Array): Point {
    return fromUnit(x.map(toBox), this.keys, this.bounds);
  }
}

/**
 * A batch objective: the values at `points`, in order, lower is better. It may evaluate them
 * in parallel (on workers) and return a promise.
 */
export type BatchObjective = (points: Point[]) => readonly number[] | Promise<readonly number[]>;

/**
 * Minimises `objective` over the box by CMA-ES until a stopping rule fires, one generation per
 * call of the objective.
 */
export async function cmaesMinimize(objective: BatchObjective, options: CmaesOptions): Promise<CmaesResult> {
  const es = new Cmaes(options);
  while (!es.stop()) es.tell(await objective(es.ask()));
  return es.result();
}
