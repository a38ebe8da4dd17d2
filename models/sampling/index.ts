/**
 * Sampling: points in the unit cube (Sobol' sequence, Latin hypercube), the map to named
 * parameter bounds, normal variates and bootstrap resampling over an injected generator.
 * Methods, references and the known-answer tests: docs/methods.md.
 */
export { SobolSequence, sobolPoints, SOBOL_MAX_POINTS, type SobolOptions } from './sobolSequence.ts';
export { SOBOL_MAX_DIMENSIONS } from './joeKuoDirections.ts';
export { latinHypercube, type LatinHypercubeOptions } from './latinHypercube.ts';
export {
  boundKeys,
  fromUnit,
  toUnit,
  checkPointInBounds,
  type Bounds,
  type Point,
  type PointDesign,
} from './bounds.ts';
export { checkInteger, checkNumber, checkOutputs } from './options.ts';
export { standardNormal } from './normal.ts';
export {
  resampleIndices,
  sortedQuantile,
  percentileInterval,
  bootstrapSettings,
  type BootstrapOptions,
} from './bootstrap.ts';
