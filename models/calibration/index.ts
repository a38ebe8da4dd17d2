/**
 * Calibration to target figures: CMA-ES to find the best-fitting point, ABC-PMC around it for a
 * posterior sample and intervals, and the identifiability of each parameter (posterior width,
 * local sensitivity and collinearity). Evaluators are batch-oriented: the caller runs a whole
 * generation on workers and passes the values back in order.
 * Methods, references and the known-answer tests: docs/methods.md.
 */
export { Cmaes, cmaesMinimize, type CmaesOptions, type CmaesResult, type CmaesStop, type BatchObjective } from './cmaes.ts';
export { toBox, fromBox, BOX_MARGIN } from './boxTransform.ts';
export { symmetricEigen, type SymmetricEigen } from './symmetricEigen.ts';
export {
  toleranceDistance,
  type Target,
  type Targets,
  type Simulated,
  type BatchSimulator,
  type Distance,
} from './targets.ts';
export { abcPosterior, type AbcOptions, type AbcResult, type AbcParticle } from './abc.ts';
export {
  posteriorSummary,
  localSensitivity,
  type PosteriorParameter,
  type LocalSensitivityOptions,
  type LocalParameter,
  type LocalSensitivity,
} from './identifiability.ts';
