/**
 * Organic public reach (公域 algorithmic feed and search, docs/model.md#organic-and-the-flywheel):
 * free daily impressions, multiplied by the private-domain flywheel (私域反哺), which reads the
 * *share* of the market that are active fans, so it is the same at any scale.
 */
import type { Params } from '../params/schema.ts';

export interface OrganicDay {
  multiplier: number;
  impressions: number;
  /** Chance that an unaware agent becomes an organic lead today. */
  unawareProbability: number;
  /** Chance that a lapsed agent becomes an organic lead today. */
  lapsedProbability: number;
}

/** The flywheel's multiplier on base organic reach when `activeShare` of the market are active fans. */
export function flywheelMultiplier(params: Params, activeShare: number): number {
  return Math.min(params.flywheelCap, 1 + params.flywheelStrength * activeShare);
}

export function organicExposure(params: Params, activeShare: number): OrganicDay {
  const multiplier = flywheelMultiplier(params, activeShare);
  const impressions = params.organicImpressionsDaily * multiplier;
  const hazard = (impressions / params.population) * params.organicConversion;
  return {
    multiplier,
    impressions,
    unawareProbability: -Math.expm1(-hazard),
    lapsedProbability: -Math.expm1(-params.lapsedReexposure * hazard),
  };
}
