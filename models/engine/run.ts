/**
 * One run of the agent model, from parameters to result: the day step (`Simulation`) driven
 * to the horizon, then the metrics' reporters over what it recorded (`collect`).
 */
import type { Params } from '../params/schema.ts';
import type { RunResult } from '../output/contract.ts';
import { collect } from '../metrics/index.ts';
import { Simulation, type RunOptions } from './simulation.ts';

/**
 * One run of the agent model.
 * @param params a valid, fully resolved parameter set (validate at the boundary first)
 * @param seed 32-bit unsigned seed; same params and seed give bit-identical results
 */
export function simulate(params: Params, seed: number, options: RunOptions = {}): RunResult {
  return collect(new Simulation(params, seed).run(options));
}
