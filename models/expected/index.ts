export * from './twin.ts';
