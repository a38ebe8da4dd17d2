/**
 * Promotions: coupon days announced to the private domain. On those days private-domain
 * purchase odds are × (1 + pull × depth) and each order is `depth` cheaper (less margin).
 */
import type { Params } from '../params/schema.ts';

export function promotionUplift(params: Params): number {
  return 1 + params.couponUplift * params.couponDepth;
}
