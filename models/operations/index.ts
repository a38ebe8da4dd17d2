export * from './content.ts';
export * from './service.ts';
export * from './groups.ts';
export * from './promotions.ts';
export * from './costs.ts';
