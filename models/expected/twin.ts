/**
 * TEMPORARY (development only, replaced before merge): the v1 twin does not apply to model
 * v2; the independent v2 twin is being written from docs/model.md.
 */
import type { Params } from '../params/schema.ts';
import type { RunResult } from '../output/contract.ts';

export const LTV_MAX_HORIZON = 400;
export interface TwinSeries {
  stages: Float64Array[];
  customers: Float64Array;
  orders: Float64Array;
  revenue: Float64Array;
  margin: Float64Array;
  leads: Float64Array;
  ltvRevenue: Float64Array | null;
}
export function twinLimitations(_params: Params): string[] {
  return ['the v2 twin is not written yet'];
}
export function withExpected(result: RunResult): RunResult {
  return { ...result, expected: null };
}
export function expectedValue(_params: Params): TwinSeries {
  throw new Error('the v2 twin is not written yet');
}
