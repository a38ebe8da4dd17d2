/**
 * The experiments view's parts, server-rendered from real (tiny) experiments run in this
 * process: the form's bounds come from the schema and the run limits, and each kind's result
 * component shows its charts. (Charts inside a ChartFrame draw once it has a width, in the
 * browser: test/e2e/experiments.test.ts runs a sweep there.)
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { defaultParams, specOf, type NumberSpec } from '../../../models/index.ts';
import { AXIS_STEPS, REPLICATIONS, SEED_RANGE } from '../../../models/params/limits.ts';
import BandChart from '../../../src/experiments/BandChart.svelte';
import ExperimentForm from '../../../src/experiments/ExperimentForm.svelte';
import BudgetSplitResult from '../../../src/experiments/results/BudgetSplitResult.svelte';
import PairedResult from '../../../src/experiments/results/PairedResult.svelte';
import ReplicationsResult from '../../../src/experiments/results/ReplicationsResult.svelte';
import SensitivityResult from '../../../src/experiments/results/SensitivityResult.svelte';
import Sweep1dResult from '../../../src/experiments/results/Sweep1dResult.svelte';
import Sweep2dResult from '../../../src/experiments/results/Sweep2dResult.svelte';
import { ExperimentsState } from '../../../src/experiments/state.svelte.ts';
import { bandPoints } from '../../../src/experiments/math.ts';
import { TABLE_KPIS } from '../../../src/experiments/labels.ts';
import { kpiSpec } from '../../../models/experiments/index.ts';
import { runInProcess } from './run.ts';

const lang = 'en' as const;
const titles = (body: string) => [...body.matchAll(/<span class="title[^"]*">([^<]*)<\/span>/g)].map((m) => m[1]);

describe('the experiments form', () => {
  const attrs = (body: string, name: string) => body.match(new RegExp(`<input[^>]*name="${name}"[^>]*>`))?.[0] ?? '';

  it('bounds the market, the agent weight and the days by the schema, seed, replications and steps by the run limits', () => {
    const state = new ExperimentsState();
    state.kind = 'sweep1d';
    const { body } = render(ExperimentForm, { props: { state, base: defaultParams(), baseSeed: 1, lang } });
    const population = specOf('population') as NumberSpec;
    const agentWeight = specOf('agentWeight') as NumberSpec;
    const horizon = specOf('horizonDays') as NumberSpec;
    expect(attrs(body, 'population')).toContain(`min="${population.min}" max="${population.max}"`);
    expect(attrs(body, 'agent-weight')).toContain(`min="${agentWeight.min}" max="${agentWeight.max}"`);
    expect(attrs(body, 'days')).toContain(`min="${horizon.min}" max="${horizon.max}"`);
    expect(attrs(body, 'seed')).toContain(`max="${SEED_RANGE.max}"`);
    expect(attrs(body, 'replications')).toContain(`max="${REPLICATIONS.experiment.max}"`);
    expect(attrs(body, 'x-steps')).toContain(`max="${AXIS_STEPS.max}"`);
    // The swept parameter's own range bounds the axis.
    const groups = specOf(state.x.key) as NumberSpec;
    expect(attrs(body, 'x-from')).toContain(`min="${groups.min}" max="${groups.max}"`);
  });

  it('takes the explorer\'s market and agent weight, and says how many agents that simulates', () => {
    const state = new ExperimentsState();
    state.initFrom({ ...defaultParams(), population: 3_000_000, agentWeight: 100 }, 7);
    const { body } = render(ExperimentForm, { props: { state, base: defaultParams(), baseSeed: 7, lang } });
    expect(attrs(body, 'population')).toContain('value="3000000"');
    expect(attrs(body, 'agent-weight')).toContain('value="100"');
    expect(body).toContain('= 30k agents simulated');
    expect(state.input(defaultParams()).params).toMatchObject({ population: 3_000_000, agentWeight: 100 });
  });

  it('shows the fields of the kind chosen', () => {
    const state = new ExperimentsState();
    const fields = (kind: ExperimentsState['kind']) => {
      state.kind = kind;
      return [...render(ExperimentForm, { props: { state, base: defaultParams(), baseSeed: 1, lang } }).body.matchAll(/name="([\w-]+)"/g)].map((m) => m[1]);
    };
    expect(fields('sweep2d')).toEqual(expect.arrayContaining(['x-key', 'y-key', 'y-steps']));
    expect(fields('sweep1d')).not.toContain('y-key');
    expect(fields('sensitivity')).toEqual(expect.arrayContaining(['group', 'spread']));
    expect(fields('budgetSplit')).toEqual(expect.arrayContaining(['total', 'share-from', 'share-to', 'share-steps', 'staff-share', 'percentile']));
    expect(fields('paired')).toEqual(expect.arrayContaining(['arm-a', 'arm-b']));
  });
});

describe('the result of each kind', () => {
  it('replications: the KPI table, the distribution, and the profit and LTV bands', () => {
    const { result, aggregate } = runInProcess({ kind: 'replications', replications: 3 });
    const { body } = render(ReplicationsResult, { props: { result, aggregate, kpi: 'profit', lang } });
    expect(titles(body)).toEqual([
      'KPIs over replications',
      'Profit over the horizon (RMB): Distribution over replications',
      'Profit over the horizon (RMB): Mean over replications with 95% band',
      'LTV per lead (mean, 95% band)',
    ]);
    // The table's rows (drawn in the browser, once the frame has a width) are KPIs of the
    // table in models/, each with its statistics in the result: no v1 key without numbers.
    for (const key of TABLE_KPIS) {
      expect(kpiSpec(key), key).toBeDefined();
      expect(result.points[0].stats[key], key).toBeDefined();
    }
    expect(TABLE_KPIS).toEqual(expect.arrayContaining(['profit', 'roiMargin180', 'cacPaidPerCustomer', 'paybackDayMargin']));
  });

  it('1-D sweep: the KPI against the parameter', () => {
    const { result } = runInProcess({ kind: 'sweep1d', x: { key: 'groups', from: 0, to: 20, steps: 3 } });
    if (result.definition.kind !== 'sweep1d') throw new Error('not a sweep');
    const { body } = render(Sweep1dResult, { props: { result, definition: result.definition, kpi: 'roiMargin180', lang } });
    expect(titles(body)).toEqual(['Margin ROI at 180 days, fully loaded (×) against Groups operated']);
  });

  it('2-D sweep: the heatmap', () => {
    const { result } = runInProcess({ kind: 'sweep2d', x: { key: 'groups', from: 0, to: 20, steps: 2 }, y: { key: 'staff', from: 0, to: 4, steps: 2 } });
    if (result.definition.kind !== 'sweep2d') throw new Error('not a sweep');
    const { body } = render(Sweep2dResult, { props: { result, definition: result.definition, kpi: 'profit', lang, onopen: () => {} } });
    expect(titles(body)).toEqual(['Profit over the horizon (RMB) over Groups operated × Service staff']);
  });

  it('sensitivity: the tornado', () => {
    const { result } = runInProcess({ kind: 'sensitivity', keys: ['groups', 'staff'] });
    const { body } = render(SensitivityResult, { props: { result, kpi: 'profit', lang } });
    expect(titles(body)).toEqual(['Sensitivity of Profit over the horizon (RMB): each parameter at its low and high value']);
  });

  it('budget split: the KPI by paid share, and the best shares by mean and by percentile', () => {
    const { result } = runInProcess({ kind: 'budgetSplit', replications: 2, totalBudgetDaily: 300, share: { from: 0, to: 1, steps: 3 } });
    if (result.definition.kind !== 'budgetSplit') throw new Error('not a budget split');
    const { body } = render(BudgetSplitResult, { props: { result, definition: result.definition, kpi: 'profit', lang } });
    expect(titles(body)).toEqual(['Profit over the horizon (RMB) by paid share of 300 RMB/day']);
    expect(body).toMatch(/<li>Best share by mean: \d+% \([^)]+\)<\/li>/);
    expect(body).toMatch(/<li>Best share by the 10th percentile \(risk-aware\): \d+% \([^)]+\)<\/li>/);
  });

  it('paired: the B − A table and the distribution of the differences', () => {
    const { result } = runInProcess({ kind: 'paired', replications: 2, a: { groups: 0 }, b: { groups: 20 } });
    const { body } = render(PairedResult, { props: { result, paired: result.paired!, kpi: 'profit', lang } });
    expect(titles(body)).toEqual([
      'B − A on common random numbers (same seeds per replication)',
      'B − A for Profit over the horizon (RMB): paired differences over replications',
    ]);
  });
});

describe('the band chart', () => {
  it('is a hover read-out over the sweep’s points', () => {
    const { result } = runInProcess({ kind: 'sweep1d', x: { key: 'groups', from: 20, to: 0, steps: 3 } });
    const { body } = render(BandChart, {
      props: { points: bandPoints(result.points, 'groups', 'profit'), width: 500, height: 260, xLabel: 'Groups', yLabel: 'Profit', formatX: String, formatY: String, lang },
    });
    expect(body).toContain('role="slider"');
    expect(body).toContain('aria-label="Profit / Groups"');
    expect(body).toContain('aria-valuemax="2"');
    expect(body).not.toContain('NaN');
  });
});
