/**
 * Morris's elementary-effects screening (Morris 1991) with Campolongo, Cariboni & Saltelli's
 * (2007) μ*, the mean absolute effect, following SALib (`SALib.sample.morris`,
 * `SALib.analyze.morris`).
 *
 * Each factor's range is mapped to [0, 1] and cut into a grid of p levels {0, 1/(p−1), …, 1}.
 * A trajectory starts at a random grid point x* whose coordinates lie in the lower half of the
 * grid and moves one factor at a time, in a random order, by Δ = p / (2(p − 1)) up or down
 * (random direction per factor), so k + 1 points give one elementary effect per factor:
 * EE_i = (f(x after the move of i) − f(x before)) / (±Δ), in output units per unit of the
 * factor's normalised range (an effect of c per unit of the factor is c × its range).
 *
 * Over r trajectories: μ_i = mean(EE_i), μ*_i = mean(|EE_i|) (the ranking measure: effects of
 * opposite signs do not cancel), σ_i = standard deviation of EE_i (n − 1 divisor), large when
 * the factor interacts or acts non-linearly. With `candidates`, the r trajectories are chosen
 * among that many random ones for spread, by Campolongo's criterion (maximise the root sum of
 * squared pairwise trajectory distances) taken greedily: start from the farthest pair, then add
 * the candidate that raises the criterion most. That greedy step stands in for the exhaustive
 * search of Campolongo et al. and the local search of Ruano et al. (2012).
 *
 * The output must be a deterministic function of the point (with a stochastic model, use
 * common random numbers, or noise becomes spurious effects).
 */
import { createRng, type Rng } from '../random/rng.ts';
import { ParamError } from '../params/index.ts';
import {
  boundKeys,
  fromUnit,
  type Bounds,
  type Point,
  type PointDesign,
  bootstrapSettings,
  percentileInterval,
  resampleIndices,
  type BootstrapOptions,
  checkInteger,
  checkOutputs,
} from '../sampling/index.ts';

export interface MorrisOptions {
  /** Trajectories r to run, 2–10000. The model runs r(k + 1) times. */
  trajectories: number;
  /** Grid levels p, even, 2–100 (default 4, so Δ = 2/3). */
  levels?: number;
  /** Draw this many random trajectories and keep the r most spread out (default: r, no selection). */
  candidates?: number;
  /** Seed of the design's generator (32-bit unsigned, default 0). */
  seed?: number;
}

/**
 * A Morris design: r(k + 1) points, trajectory by trajectory, and the moves the analysis needs
 * to read their outputs.
 */
export interface MorrisDesign extends PointDesign {
  readonly trajectories: number;
  readonly levels: number;
  /** The step Δ in normalised units, p / (2(p − 1)). */
  readonly delta: number;
  /** For trajectory t and step s (1…k): the factor moved, `moves[t·k + s − 1]`. */
  readonly moves: Int32Array;
  /** The sign (+1 up, −1 down) of each move, in the same order. */
  readonly directions: Int8Array;
}

/** One trajectory in normalised units: k + 1 points, and which factor each step moves, which way. */
interface Trajectory {
  points: Float64Array[];
  moves: Int32Array;
  directions: Int8Array;
}

function randomTrajectory(k: number, levels: number, delta: number, rng: Rng): Trajectory {
  const order = Int32Array.from({ length: k }, (_, i) => i);
  for (let i = k - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const sign = Int8Array.from({ length: k }, () => (rng.next() < 0.5 ? -1 : 1));
  const half = levels / 2;
  const start = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const base = Math.floor(rng.next() * half) / (levels - 1);
    start[i] = sign[i] > 0 ? base : base + delta;
  }
  const points = [start];
  const directions = new Int8Array(k);
  for (let s = 0; s < k; s++) {
    const next = Float64Array.from(points[s]);
    next[order[s]] += sign[order[s]] * delta;
    directions[s] = sign[order[s]];
    points.push(next);
  }
  return { points, moves: order, directions };
}

/** Campolongo's distance between two trajectories: the sum of distances over all point pairs. */
function trajectoryDistance(a: Trajectory, b: Trajectory): number {
  let sum = 0;
  for (const p of a.points) {
    for (const q of b.points) {
      let sq = 0;
      for (let i = 0; i < p.length; i++) sq += (p[i] - q[i]) ** 2;
      sum += Math.sqrt(sq);
    }
  }
  return sum;
}

/** Indices of `r` of the candidates, chosen greedily for spread, in ascending order. */
function selectSpread(candidates: Trajectory[], r: number): number[] {
  const m = candidates.length;
  const d2 = Array.from({ length: m }, () => new Float64Array(m));
  let best: [number, number] = [0, 1];
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) {
      d2[i][j] = d2[j][i] = trajectoryDistance(candidates[i], candidates[j]) ** 2;
      if (d2[i][j] > d2[best[0]][best[1]]) best = [i, j];
    }
  }
  const chosen = new Set<number>(best);
  const gain = Float64Array.from({ length: m }, (_, i) => d2[i][best[0]] + d2[i][best[1]]);
  while (chosen.size < r) {
    let pick = -1;
    for (let i = 0; i < m; i++) if (!chosen.has(i) && (pick < 0 || gain[i] > gain[pick])) pick = i;
    chosen.add(pick);
    for (let i = 0; i < m; i++) gain[i] += d2[i][pick];
  }
  return [...chosen].sort((a, b) => a - b);
}

/**
 * A Morris trajectory design over `bounds`.
 * @throws ParamError for invalid bounds, trajectory count, levels or candidates
 */
export function morrisDesign(bounds: Bounds, options: MorrisOptions): MorrisDesign {
  const keys = boundKeys(bounds);
  const k = keys.length;
  const r = checkInteger('trajectories', options.trajectories, 2, 10_000);
  const levels = checkInteger('levels', options.levels ?? 4, 2, 100);
  if (levels % 2 !== 0) throw new ParamError('levels', levels, 'an even number of grid levels');
  const m = checkInteger('candidates', options.candidates ?? r, r, 1000);
  const delta = levels / (2 * (levels - 1));
  const rng = createRng(options.seed ?? 0);
  const candidates = Array.from({ length: m }, () => randomTrajectory(k, levels, delta, rng));
  const kept = m > r ? selectSpread(candidates, r).map((i) => candidates[i]) : candidates;
  const moves = new Int32Array(r * k);
  const directions = new Int8Array(r * k);
  const points: Point[] = [];
  kept.forEach((t, i) => {
    moves.set(t.moves, i * k);
    directions.set(t.directions, i * k);
    for (const p of t.points) points.push(fromUnit(p, keys, bounds));
  });
  return { keys, bounds, trajectories: r, levels, delta, points, moves, directions };
}

/** One factor's elementary-effect statistics, in output units per normalised range. */
export interface MorrisIndex {
  /** Mean elementary effect μ (signed: opposite effects cancel). */
  mu: number;
  /** Mean absolute elementary effect μ* (Campolongo et al. 2007), the screening measure. */
  muStar: number;
  /** Standard deviation σ of the elementary effects (interactions, non-linearity). */
  sigma: number;
  /** Bootstrap percentile interval of μ* (trajectories resampled). */
  muStarLo: number;
  muStarHi: number;
}

/** The bootstrap of μ*'s interval over trajectories: resamples (default 200), confidence (0.95), seed (0). */
export type MorrisAnalysisOptions = BootstrapOptions;

/**
 * μ, μ* and σ of each factor from the outputs of a Morris design.
 * @param outputs the model's output at each design point, in the design's order
 * @throws ParamError when the outputs do not match the design or are not finite
 */
export function morrisIndices(
  design: MorrisDesign,
  outputs: ArrayLike<number>,
  options: MorrisAnalysisOptions = {},
): Record<string, MorrisIndex> {
  const { resamples: count, confidence, seed } = bootstrapSettings(options);
  const { keys, trajectories: r, delta } = design;
  const k = keys.length;
  checkOutputs(outputs, design.points.length);
  // effects[i][t]: factor i's elementary effect in trajectory t
  const effects = Array.from({ length: k }, () => new Float64Array(r));
  for (let t = 0; t < r; t++) {
    for (let s = 0; s < k; s++) {
      const before = outputs[t * (k + 1) + s];
      const after = outputs[t * (k + 1) + s + 1];
      effects[design.moves[t * k + s]][t] = (after - before) / (design.directions[t * k + s] * delta);
    }
  }
  const meanAbs = (e: Float64Array, rows: Int32Array | null) => {
    let sum = 0;
    for (let t = 0; t < r; t++) sum += Math.abs(e[rows ? rows[t] : t]);
    return sum / r;
  };
  const replicates = Array.from({ length: k }, () => new Float64Array(count));
  const rng = createRng(seed);
  const rows = new Int32Array(r);
  for (let b = 0; b < count; b++) {
    resampleIndices(r, rng, rows);
    for (let i = 0; i < k; i++) replicates[i][b] = meanAbs(effects[i], rows);
  }
  const result: Record<string, MorrisIndex> = {};
  keys.forEach((key, i) => {
    const e = effects[i];
    const mu = e.reduce((a, v) => a + v, 0) / r;
    const sigma = Math.sqrt(e.reduce((a, v) => a + (v - mu) ** 2, 0) / (r - 1));
    const muStar = meanAbs(e, null);
    const [muStarLo, muStarHi] = count > 0 ? percentileInterval(replicates[i], confidence) : [muStar, muStar];
    result[key] = { mu, muStar, sigma, muStarLo, muStarHi };
  });
  return result;
}
