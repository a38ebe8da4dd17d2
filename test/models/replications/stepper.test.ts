/**
 * The replication stepper: one way of stepping R replications × days, however it is driven
 * (to the end in one go, or a few days at a time as the worker does), with the same numbers.
 */
import { describe, expect, it } from 'vitest';
import {
  CancelledError,
  ReplicationStepper,
  aggregateRuns,
  replicationDays,
  replicationSeed,
  simulate,
  simulateReplications,
  toJson,
} from '../../../models/index.ts';
import { smallParams, withoutNondeterminism } from '../helpers.ts';

const params = smallParams({ population: 2_000, horizonDays: 30 });

describe('the replication stepper', () => {
  it('gives one run exactly as simulate does', () => {
    expect(toJson(new ReplicationStepper(params, 8, 1).run())).toEqual(toJson(simulate(params, 8)));
  });

  it('gives the mean of runs with derived seeds, reduced in index order', () => {
    const runs = [0, 1, 2].map((r) => simulate(params, replicationSeed(8, r)));
    expect(toJson(simulateReplications(params, 8, 3))).toEqual(toJson(aggregateRuns(runs, 8)));
  });

  it('gives the same bits when stepped a few days at a time', () => {
    const whole = withoutNondeterminism(() => simulateReplications(params, 5, 3));
    const stepper = new ReplicationStepper(params, 5, 3);
    const seen: number[] = [];
    while (!stepper.done) {
      for (let k = 0; k < 7 && !stepper.done; k++) stepper.stepDay();
      seen.push(stepper.daysDone);
    }
    expect(seen.at(-1)).toBe(90);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(toJson(stepper.result())).toEqual(toJson(whole));
  });

  it('counts days over all replications, at least one', () => {
    expect(replicationDays(params, 3)).toBe(90);
    expect(replicationDays(params, 0)).toBe(30);
    expect(new ReplicationStepper(params, 1, 0).replications).toBe(1);
  });

  it('reports progress up to the total, the end of each replication included', () => {
    const reports: [number, number][] = [];
    simulateReplications(params, 1, 2, { onProgress: (done, total) => void reports.push([done, total]) });
    expect(reports.map(([done]) => done)).toEqual(expect.arrayContaining([30, 60]));
    expect(reports.at(-1)).toEqual([60, 60]);
    expect(reports.every(([, total]) => total === 60)).toBe(true);
  });

  it('stops at the next day when its signal is cancelled', () => {
    const signal = { cancelled: false };
    const days: number[] = [];
    const run = () => simulateReplications(params, 1, 2, {
      signal,
      onProgress: (done) => {
        days.push(done);
        if (done >= 32) signal.cancelled = true;
      },
    });
    expect(run).toThrow(CancelledError);
    expect(Math.max(...days)).toBeLessThan(60);
  });

  it('has no result before the last day, and no day after it', () => {
    const stepper = new ReplicationStepper(params, 1, 1);
    stepper.stepDay();
    expect(() => stepper.result()).toThrow(/1 of 30 days/);
    stepper.run();
    expect(() => stepper.stepDay()).toThrow(/already run/);
  });
});
