export * from './paid.ts';
export * from './organic.ts';
export * from './referral.ts';
export * from './offline.ts';
