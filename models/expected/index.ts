/** The expected-value twin's public surface. */
export {
  expectedValue,
  expectedValueInSteps,
  expectedCurves,
  withExpected,
  twinWork,
  twinApplies,
  TWIN_INLINE_WORK,
  twinLimitations,
  LTV_MAX_HORIZON,
  LTV_AUTO_BUDGET,
  type TwinSeries,
  type TwinOptions,
} from './twin.ts';
