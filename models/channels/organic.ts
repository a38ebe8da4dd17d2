/**
 * Organic public reach (公域 algorithmic feed and search): free daily impressions, multiplied
 * by the private-domain flywheel (私域反哺): every 1,000 active fans raise the platform's
 * weight on the merchant, up to a ceiling.
 */
import type { Params } from '../params/schema.ts';

export interface OrganicDay {
  multiplier: number;
  impressions: number;
  /** Chance that an unaware agent becomes a lead today. */
  leadProbability: number;
  hazard: number;
}

/** The flywheel's multiplier on base organic reach for `activeFans` active fans. */
export function flywheelMultiplier(params: Params, activeFans: number): number {
  return Math.min(params.flywheelCap, 1 + (params.flywheelPerThousandFans * activeFans) / 1000);
}

export function organicExposure(params: Params, activeFans: number, population: number): OrganicDay {
  const multiplier = flywheelMultiplier(params, activeFans);
  const impressions = params.organicImpressionsDaily * multiplier;
  const hazard = (impressions / population) * params.organicConversion;
  return { multiplier, impressions, leadProbability: -Math.expm1(-hazard), hazard };
}
