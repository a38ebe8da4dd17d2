/**
 * Global sensitivity analysis: Saltelli's design with Sobol' indices (first order, total and
 * second order), and Morris's elementary-effects screening. Each method is a design function
 * (the points to run, in a fixed order) and an analysis function (the outputs, in that order).
 * Methods, references and the known-answer tests: docs/methods.md.
 */
export { saltelliDesign, type SaltelliDesign, type SaltelliOptions } from './saltelli.ts';
export {
  sobolIndices,
  sobolSecondOrder,
  type SobolIndex,
  type SobolPair,
  type SobolAnalysisOptions,
} from './sobolIndices.ts';
export {
  morrisDesign,
  morrisIndices,
  type MorrisDesign,
  type MorrisOptions,
  type MorrisIndex,
  type MorrisAnalysisOptions,
} from './morris.ts';
