export * from './aggregate.ts';
export { replicationSeed } from './seed.ts';
export { ReplicationStepper, replicationDays, simulateReplications } from './stepper.ts';
