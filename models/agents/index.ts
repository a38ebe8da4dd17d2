export * from './population.ts';
