export { Simulation, CancelledError, type RunOptions } from './simulation.ts';
export { eventsOnDay } from './schedule.ts';
export { Recorder } from './recorder.ts';
