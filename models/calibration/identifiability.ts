/**
 * Practical identifiability of calibrated parameters: does the match to the targets pin each
 * parameter down? Two views.
 *
 * - Posterior: from an (ABC) posterior sample, each parameter's central interval as a share of
 *   the prior's width. A parameter the targets do not constrain keeps a posterior as wide as
 *   its prior (a 95% interval of a uniform is 0.95 of its width); `identified` when the share
 *   is below a threshold (default 0.5). This sees non-linear trade-offs and ridges (y = θ₁ + θ₂
 *   leaves each of θ₁, θ₂ spread over the prior) but costs the ABC run.
 * - Local: finite differences of the targets at the fitted point (Brun, Reichert & Künsch
 *   2001): the sensitivity δ_i = √(mean_j S_ji²) of the targets, in tolerances, to a change of
 *   parameter i over its whole range, and the collinearity index γ = 1/√λ_min(S̃ᵀS̃) of S's
 *   unit-normalised columns, for each pair of parameters. δ_i ≈ 0 means the targets do not see
 *   the parameter; a pair with a large γ (> 10–15 in Brun et al.) can trade off one against the
 *   other. Cheap (2k runs) but linear and local.
 */
import { ParamError } from '../params/index.ts';
import { boundKeys, checkNumber, checkPointInBounds, type Bounds, type Point } from '../sampling/index.ts';
import { symmetricEigen } from './symmetricEigen.ts';
import { simulateBatch, targetNames, type BatchSimulator, type Targets } from './targets.ts';

/** One parameter's posterior interval and whether it is identified. */
export interface PosteriorParameter {
  /** Lower and upper ends of the central interval (e.g. the 2.5% and 97.5% weighted quantiles). */
  lo: number;
  hi: number;
  median: number;
  /** (hi − lo) / the prior's width: near `level` for a parameter the targets ignore. */
  widthRatio: number;
  /** widthRatio below the threshold. */
  identified: boolean;
}

/** The weighted p-quantile of `values` (weights ≥ 0, summing to 1), interpolated between them. */
function weightedQuantile(values: readonly number[], weights: readonly number[], p: number): number {
  const order = values.map((_, i) => i).sort((i, j) => values[i] - values[j] || i - j);
  // Each value sits at the middle of its weight's share of [0, 1] (Hazen's plotting position).
  const positions: number[] = [];
  let cum = 0;
  for (const i of order) {
    positions.push(cum + weights[i] / 2);
    cum += weights[i];
  }
  if (p <= positions[0]) return values[order[0]];
  for (let t = 1; t < order.length; t++) {
    if (p <= positions[t]) {
      const f = (p - positions[t - 1]) / (positions[t] - positions[t - 1] || 1);
      return values[order[t - 1]] + f * (values[order[t]] - values[order[t - 1]]);
    }
  }
  return values[order[order.length - 1]];
}

/**
 * Central intervals of a weighted sample and the identifiability flags.
 * @param points the sample (every point has a value for each key of `prior`)
 * @param weights one per point, ≥ 0, summing to 1
 * @param prior the range each parameter was sampled over
 * @param level interval level, in (0, 1)
 * @param identifiedBelow the widthRatio under which a parameter counts as identified
 */
export function posteriorSummary(
  points: readonly Point[],
  weights: readonly number[],
  prior: Bounds,
  level: number,
  identifiedBelow: number,
): Record<string, PosteriorParameter> {
  const tail = (1 - level) / 2;
  const result: Record<string, PosteriorParameter> = {};
  for (const [key, [lo, hi]] of Object.entries(prior)) {
    const values = points.map((p) => p[key]);
    const qLo = weightedQuantile(values, weights, tail);
    const qHi = weightedQuantile(values, weights, 1 - tail);
    const widthRatio = (qHi - qLo) / (hi - lo);
    result[key] = {
      lo: qLo,
      hi: qHi,
      median: weightedQuantile(values, weights, 0.5),
      widthRatio,
      identified: widthRatio < identifiedBelow,
    };
  }
  return result;
}

export interface LocalSensitivityOptions {
  /** The calibrated point, inside `bounds`. */
  fitted: Point;
  bounds: Bounds;
  targets: Targets;
  simulate: BatchSimulator;
  /** Half-step of the central differences, as a fraction of each range, in (0, 0.5] (default 0.05). */
  step?: number;
  /** δ_i at or above which a parameter counts as seen by the targets (default 4: ±1 tolerance < ½ range). */
  minSensitivity?: number;
  /** Pairwise collinearity index above which two parameters count as trading off (default 10). */
  maxCollinearity?: number;
}

/** One parameter's local sensitivity and identifiability at the fitted point. */
export interface LocalParameter {
  /** δ_i: RMS change of the targets, in tolerances, per change of the parameter over its range. */
  sensitivity: number;
  /**
   * The largest collinearity index of this parameter paired with any other the targets see (1:
   * orthogonal to all; Infinity when the targets do not see this one).
   */
  collinearity: number;
  /** sensitivity ≥ minSensitivity and collinearity ≤ maxCollinearity. */
  identified: boolean;
}

export interface LocalSensitivity {
  parameters: Record<string, LocalParameter>;
  /** The collinearity index of the whole parameter set (Infinity when some column is zero). */
  collinearity: number;
  /** Simulations run: two per parameter. */
  evaluations: number;
}

/** γ of the columns `cols` of the normalised sensitivity matrix (rows: targets). */
function collinearityIndex(columns: readonly Float64Array[]): number {
  const k = columns.length;
  const gram = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) {
      let s = 0;
      for (let j = 0; j < columns[a].length; j++) s += columns[a][j] * columns[b][j];
      gram[a * k + b] = s;
    }
  }
  const smallest = symmetricEigen(gram, k).values[0];
  return smallest > 1e-12 ? 1 / Math.sqrt(smallest) : Number.POSITIVE_INFINITY;
}

/**
 * Local sensitivities and collinearity of the targets at the fitted point, by central
 * differences (one batch of 2k points: parameter i up, then down, for i in key order; steps
 * that would leave the bounds are cut at the bound).
 * @throws ParamError for invalid inputs, naming the field
 */
export async function localSensitivity(options: LocalSensitivityOptions): Promise<LocalSensitivity> {
  const { fitted, bounds, targets, simulate } = options;
  const keys = boundKeys(bounds);
  checkPointInBounds(fitted, keys, bounds, 'fitted');
  const names = targetNames(targets);
  const h = checkNumber('step', options.step ?? 0.05, 0, 0.5, { min: true });
  const minSensitivity = checkNumber('minSensitivity', options.minSensitivity ?? 4, 0, Number.MAX_VALUE);
  const maxCollinearity = checkNumber('maxCollinearity', options.maxCollinearity ?? 10, 1, Number.POSITIVE_INFINITY);
  const points: Point[] = [];
  const spans: number[] = [];
  for (const key of keys) {
    const [lo, hi] = bounds[key];
    const up = Math.min(hi, fitted[key] + h * (hi - lo));
    const down = Math.max(lo, fitted[key] - h * (hi - lo));
    points.push({ ...fitted, [key]: up }, { ...fitted, [key]: down });
    spans.push((up - down) / (hi - lo));
  }
  const sims = await simulateBatch(simulate, points);
  // S[i][j]: change of target j, in tolerances, per unit of parameter i's normalised range.
  const s = keys.map((_, i) =>
    Float64Array.from(names, (name) => {
      const d = (sims[2 * i][name] - sims[2 * i + 1][name]) / targets[name].tolerance / spans[i];
      if (!Number.isFinite(d)) throw new ParamError(`simulate()[${2 * i}].${name}`, d, 'finite simulated figures');
      return d;
    }),
  );
  const norms = s.map((col) => Math.hypot(...col));
  const unit = s.map((col, i) => col.map((v) => (norms[i] > 0 ? v / norms[i] : 0)));
  const parameters: Record<string, LocalParameter> = {};
  keys.forEach((key, i) => {
    let collinearity = norms[i] > 0 ? 1 : Number.POSITIVE_INFINITY;
    keys.forEach((_, l) => {
      // A partner the targets do not see cannot trade off with this one: skip it.
      if (l !== i && norms[l] > 0) collinearity = Math.max(collinearity, collinearityIndex([unit[i], unit[l]]));
    });
    const sensitivity = norms[i] / Math.sqrt(names.length);
    parameters[key] = {
      sensitivity,
      collinearity,
      identified: sensitivity >= minSensitivity && collinearity <= maxCollinearity,
    };
  });
  return { parameters, collinearity: collinearityIndex(unit), evaluations: points.length };
}
