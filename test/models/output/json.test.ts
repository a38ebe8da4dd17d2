import { describe, expect, it } from 'vitest';
import { simulate, simulateReplications, toCsv, toJson } from '../../../models/index.ts';
import { smallParams } from '../helpers.ts';

describe('the JSON contract', () => {
  const json = toJson(simulate(smallParams({ horizonDays: 60 }), 1)) as Record<string, any>;

  it('has the stable top-level keys', () => {
    expect(Object.keys(json)).toEqual(['version', 'seed', 'replications', 'params', 'summary', 'series', 'cohorts', 'ltv', 'flows']);
    expect(json.version).toBe(2);
  });

  it('carries series as plain arrays and unobservable values as null', () => {
    expect(Array.isArray(json.series.stages.follower)).toBe(true);
    expect(json.series.day).toHaveLength(60);
    const all = json.cohorts.find((c: any) => c.key === 'all');
    expect(all.clv.d180).toBeNull();
    expect(Object.keys(all.clv)).toEqual(['first', 'd7', 'd30', 'd60', 'd90', 'd180', 'd365']);
    expect(JSON.stringify(json)).not.toContain('NaN');
  });

  it('adds a ci95 mirror with replications', () => {
    const rep = toJson(simulateReplications(smallParams({ horizonDays: 30 }), 1, 3)) as Record<string, any>;
    expect(rep.ci95.summary.revenue).toHaveProperty('lo');
    expect(rep.ci95.series.customers.hi).toHaveLength(30);
  });

  it('writes one CSV row per day with a header', () => {
    const csv = toCsv(simulate(smallParams({ horizonDays: 30 }), 1)).trim().split('\n');
    expect(csv).toHaveLength(31);
    expect(csv[0].split(',')).toContain('stages.follower');
  });
});
