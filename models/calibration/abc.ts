/**
 * Approximate Bayesian computation around a fitted point, by population Monte Carlo (ABC-PMC:
 * Beaumont, Cornuet, Marin & Robert 2009; the same scheme as the ABC-SMC of Toni et al. 2009
 * with their weights). It answers: which parameter values, near the optimum, reproduce every
 * target within its tolerance, and how wide is that set?
 *
 * The prior is uniform on the neighbourhood of the fitted point: fitted ± radius × range in
 * each parameter, cut to the bounds. Generation 0 is `particles` draws from it, all kept. Each
 * later generation has a threshold ε_t, the `quantile` of the previous generation's distances
 * but never below the final threshold (1 with the default distance: every target within its
 * tolerance), and is filled by proposals: a particle of the previous generation drawn by
 * weight, moved by a Gaussian kernel of twice the population's weighted variance in each
 * coordinate (Beaumont et al.), redrawn without running while it falls outside the prior; a
 * proposal is accepted when its distance is ≤ ε_t, and weighted prior / Σ_j w_j K(θ | θ_j).
 * The run ends with the first generation whose particles all match at the final threshold (the
 * posterior sample), or when the evaluation budget runs out (then `reachedTolerance` is false
 * and the last complete generation is returned).
 *
 * Proposals are made in batches of `batchSize` before any is run, and accepted in proposal
 * order, so the result depends on the seed and the simulated values, not on which worker ran
 * which point or when. With a stochastic model, run every point with the same seeds (common
 * random numbers); the tolerance should then cover the Monte-Carlo noise that remains, or no
 * point will match.
 */
import { createRng, type Rng } from '../random/rng.ts';
import {
  boundKeys,
  checkInteger,
  checkNumber,
  checkPointInBounds,
  fromUnit,
  sortedQuantile,
  standardNormal,
  toUnit,
  type Bounds,
  type Point,
} from '../sampling/index.ts';
import { posteriorSummary, type PosteriorParameter } from './identifiability.ts';
import {
  simulateBatch,
  targetNames,
  toleranceDistance,
  type BatchSimulator,
  type Distance,
  type Targets,
} from './targets.ts';

export interface AbcOptions {
  /** The calibrated point (e.g. CMA-ES's result), inside `bounds`. */
  fitted: Point;
  /** The parameters' full ranges, `{ key: [lo, hi] }`. */
  bounds: Bounds;
  targets: Targets;
  simulate: BatchSimulator;
  /** Distance of simulated figures to the targets (default `toleranceDistance`). */
  distance?: Distance;
  /** Distance at or below which a simulation matches, > 0 (default 1, for `toleranceDistance`). */
  threshold?: number;
  /** Half-width of the neighbourhood searched, as a fraction of each range, in (0, 1] (default 0.25). */
  radius?: number;
  /** Particles per generation, 10–100000 (default 200). */
  particles?: number;
  /** Proposals per call of `simulate`, 1–100000 (default: `particles`). */
  batchSize?: number;
  /** Budget of simulations (default 100 × particles). */
  maxEvaluations?: number;
  /** Quantile of the last generation's distances that sets the next threshold, in (0, 1) (default 0.5). */
  quantile?: number;
  /** Level of the posterior intervals, in (0, 1) (default 0.95). */
  level?: number;
  /** Interval width / prior width under which a parameter counts as identified, in (0, 1] (default 0.5). */
  identifiedBelow?: number;
  /** Seed of the generator (32-bit unsigned, default 0). */
  seed?: number;
}

/** One weighted particle of the posterior sample. */
export interface AbcParticle {
  point: Point;
  /** Normalised importance weight (the weights sum to 1). */
  weight: number;
  distance: number;
}

export interface AbcResult {
  /** The last complete generation: the posterior sample when `reachedTolerance`. */
  particles: AbcParticle[];
  /** Effective sample size of the weights, 1/Σw². */
  effectiveSize: number;
  /** ε of each generation after the first, in order. */
  thresholds: number[];
  /** Whether the last generation matches at the final threshold. */
  reachedTolerance: boolean;
  /** Simulations run. */
  evaluations: number;
  /** The neighbourhood searched: the uniform prior. */
  prior: Bounds;
  /** Per parameter: posterior interval, its width as a share of the prior's, and the flag. */
  parameters: Record<string, PosteriorParameter>;
}

/** A population in normalised coordinates of the full bounds. */
interface Population {
  x: Float64Array[];
  weights: number[];
  distances: number[];
}

/** Index drawn with probability proportional to `weights` (which sum to 1). */
function drawIndex(weights: readonly number[], rng: Rng): number {
  const u = rng.next();
  let cum = 0;
  for (let i = 0; i < weights.length; i++) {
    cum += weights[i];
    if (u < cum) return i;
  }
  return weights.length - 1;
}

/**
 * ABC-PMC posterior sample around `fitted`, with per-parameter intervals and identifiability.
 * @throws ParamError for invalid inputs (naming the field) or a simulator that returns the
 *   wrong number of results
 */
export async function abcPosterior(options: AbcOptions): Promise<AbcResult> {
  const { fitted, bounds, targets, simulate } = options;
  const keys = boundKeys(bounds);
  checkPointInBounds(fitted, keys, bounds, 'fitted');
  targetNames(targets);
  const distance = options.distance ?? toleranceDistance;
  const threshold = checkNumber('threshold', options.threshold ?? 1, 0, Number.MAX_VALUE, { min: true });
  const radius = checkNumber('radius', options.radius ?? 0.25, 0, 1, { min: true });
  const n = checkInteger('particles', options.particles ?? 200, 10, 100_000);
  const batchSize = checkInteger('batchSize', options.batchSize ?? n, 1, 100_000);
  const maxEvaluations = checkInteger('maxEvaluations', options.maxEvaluations ?? 100 * n, n, 1e9);
  const alpha = checkNumber('quantile', options.quantile ?? 0.5, 0, 1, { min: true, max: true });
  const level = checkNumber('level', options.level ?? 0.95, 0, 1, { min: true, max: true });
  const identifiedBelow = checkNumber('identifiedBelow', options.identifiedBelow ?? 0.5, 0, 1, { min: true });
  const rng = createRng(options.seed ?? 0);
  const k = keys.length;

  // The prior box, in the bounds' units and in normalised coordinates of the full bounds.
  const centre = toUnit(fitted, keys, bounds);
  const lo = centre.map((c) => Math.max(0, c - radius));
  const hi = centre.map((c) => Math.min(1, c + radius));
  const prior: Record<string, [number, number]> = {};
  keys.forEach((key, i) => {
    const [a, b] = bounds[key];
    prior[key] = [a + lo[i] * (b - a), a + hi[i] * (b - a)];
  });
  const inPrior = (x: Float64Array) => x.every((v, i) => v >= lo[i] && v <= hi[i]);

  let evaluations = 0;
  const run = async (xs: Float64Array[]): Promise<number[]> => {
    const sims = await simulateBatch(
      simulate,
      xs.map((x) => fromUnit(x, keys, bounds)),
    );
    evaluations += xs.length;
    return sims.map((s) => {
      const d = distance(s, targets);
      return Number.isNaN(d) ? Number.POSITIVE_INFINITY : d;
    });
  };

  // Generation 0: the prior itself.
  const first: Float64Array[] = Array.from({ length: n }, () =>
    Float64Array.from({ length: k }, (_, i) => lo[i] + rng.next() * (hi[i] - lo[i])),
  );
  let population: Population = { x: first, weights: first.map(() => 1 / n), distances: [] };
  for (let start = 0; start < n; start += batchSize) {
    population.distances.push(...(await run(first.slice(start, start + batchSize))));
  }

  const thresholds: number[] = [];
  let reachedTolerance = population.distances.every((d) => d <= threshold);
  while (!reachedTolerance && evaluations < maxEvaluations) {
    const eps = Math.max(threshold, sortedQuantile(Float64Array.from(population.distances).sort(), alpha));
    const next = await nextGeneration(population, eps);
    if (!next) break;
    thresholds.push(eps);
    population = next;
    reachedTolerance = eps <= threshold;
  }

  async function nextGeneration(prev: Population, eps: number): Promise<Population | null> {
    // Kernel: independent normals, variance twice the weighted variance of each coordinate.
    const tau = Array.from({ length: k }, (_, i) => {
      let mean = 0;
      prev.x.forEach((x, j) => (mean += prev.weights[j] * x[i]));
      let v = 0;
      prev.x.forEach((x, j) => (v += prev.weights[j] * (x[i] - mean) ** 2));
      return Math.max(Math.sqrt(2 * v), 1e-9);
    });
    const accepted: Population = { x: [], weights: [], distances: [] };
    while (accepted.x.length < n) {
      if (evaluations >= maxEvaluations) return null;
      const size = Math.min(batchSize, maxEvaluations - evaluations);
      const proposals: Float64Array[] = [];
      for (let b = 0; b < size; b++) {
        let x: Float64Array;
        let tries = 0;
        do {
          const parent = prev.x[drawIndex(prev.weights, rng)];
          x = parent.map((v, i) => v + tau[i] * standardNormal(rng));
          if (++tries > 10_000) throw new Error('ABC: the kernel keeps leaving the prior box; widen the radius');
        } while (!inPrior(x));
        proposals.push(x);
      }
      const d = await run(proposals);
      for (let b = 0; b < size && accepted.x.length < n; b++) {
        if (d[b] <= eps) {
          accepted.x.push(proposals[b]);
          accepted.distances.push(d[b]);
        }
      }
    }
    // Importance weights: uniform prior over the kernel mixture of the previous generation.
    const raw = accepted.x.map((x) => {
      let mix = 0;
      prev.x.forEach((p, j) => {
        let q = 0;
        for (let i = 0; i < k; i++) q += ((x[i] - p[i]) / tau[i]) ** 2;
        mix += prev.weights[j] * Math.exp(-0.5 * q);
      });
      return 1 / Math.max(mix, Number.MIN_VALUE);
    });
    const total = raw.reduce((a, b) => a + b, 0);
    accepted.weights = raw.map((w) => w / total);
    return accepted;
  }

  const points = population.x.map((x) => fromUnit(x, keys, bounds));
  const particles = points.map((point, i) => ({
    point,
    weight: population.weights[i],
    distance: population.distances[i],
  }));
  return {
    particles,
    effectiveSize: 1 / population.weights.reduce((a, w) => a + w * w, 0),
    thresholds,
    reachedTolerance,
    evaluations,
    prior,
    parameters: posteriorSummary(points, population.weights, prior, level, identifiedBelow),
  };
}
