export * from './trust.ts';
