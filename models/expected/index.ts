/** The expected-value twin's public surface. */
export {
  expectedValue,
  expectedValueInSteps,
  expectedCurves,
  withExpected,
  twinLtvWork,
  twinOverlayApplies,
  TWIN_BACKGROUND_LTV_WORK,
  twinLimitations,
  LTV_MAX_HORIZON,
  LTV_AUTO_BUDGET,
  type TwinSeries,
  type TwinOptions,
} from './twin.ts';
