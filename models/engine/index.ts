export { Simulation, CancelledError, type RunOptions } from './simulation.ts';
export { simulate } from './run.ts';
export { eventsOnDay } from './schedule.ts';
export { Recorder } from './recorder.ts';
export { NO_TIER, sampleIds, takeSnapshot, tierCode, type AgentSnapshot } from './snapshot.ts';
export { estimateRunBytes, estimateSeconds, runAgentDays, ENGINE_AGENT_DAYS_PER_SECOND } from './footprint.ts';
