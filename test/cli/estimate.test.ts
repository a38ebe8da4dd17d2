import { describe, expect, it } from 'vitest';
import { defaultParams, estimateRunBytes } from '../../models/index.ts';
import { CLI_TIME_LIMIT_S, checkEstimate, estimateSim, estimateSweep, formatDuration, machineLimits } from '../../cli/estimate.ts';
import { CliError } from '../../cli/terminal.ts';

const MB = 1_048_576;

describe('the CLIs\' run estimate', () => {
  const huge = estimateSim({ ...defaultParams(), population: 10_000_000, agentWeight: 1, horizonDays: 1095 }, 1000);
  const limits = { memoryBytes: 8 * 1024 * MB, seconds: CLI_TIME_LIMIT_S };

  it('refuses a run beyond the limits with the estimate, and lets --force through', () => {
    expect(() => checkEstimate(huge, limits, false)).toThrow(CliError);
    expect(() => checkEstimate(huge, limits, false)).toThrow(/^this run needs about [\d,]+ MB of memory and \d+ h \d\d min \(10000000 agents × 1095 days × 1000 replications/);
    expect(() => checkEstimate(huge, limits, true)).not.toThrow();
  });

  it('names the memory limit when the memory is what is too much', () => {
    const big = estimateSim({ ...defaultParams(), population: 10_000_000, agentWeight: 1, horizonDays: 365 }, 1);
    expect(() => checkEstimate(big, { memoryBytes: 100 * MB, seconds: CLI_TIME_LIMIT_S }, false))
      .toThrow(/: more memory than this machine allows a run \(100 MB, half of it\); make it smaller, or add --force/);
  });

  it('lets an ordinary run through without --force', () => {
    expect(() => checkEstimate(estimateSim(defaultParams(), 10), machineLimits(), false)).not.toThrow();
  });

  it('counts an experiment\'s runs over its threads, each holding one run', () => {
    const runs = Array.from({ length: 8 }, () => ({ params: defaultParams() }));
    const sweep = estimateSweep(runs, 4);
    expect(sweep.bytes).toBe(4 * estimateRunBytes(defaultParams()));
    expect(sweep.seconds).toBeCloseTo(2 * estimateSim(defaultParams(), 1).seconds, 9);
    expect(estimateSweep(runs.slice(0, 1), 4).bytes).toBe(estimateRunBytes(defaultParams()));
  });

  it('writes durations for people', () => {
    expect(formatDuration(12.2)).toBe('13 s');
    expect(formatDuration(600)).toBe('10 min');
    expect(formatDuration(3600)).toBe('1 h');
    expect(formatDuration(3 * 3600 + 5 * 60)).toBe('3 h 05 min');
  });
});
