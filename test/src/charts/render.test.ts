import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { CohortTable, FunnelSankey, LtvCurves, MoneyChart, StageArea } from '../../../src/charts/index.ts';
import { fakeRunResult } from './fixture.ts';

// Smoke tests: server-render each chart from throwaway data. The real browser checks (pointer,
// keys, layout) are the app's end-to-end tests; these only catch a chart that cannot render.
const run = fakeRunResult(60);
const other = fakeRunResult(40);

describe('the charts render from a run result', () => {
  it.each([320, 900])('draws LTV curves with a CAC line at %s px', (width) => {
    const { body } = render(LtvCurves, {
      props: { curves: run.ltv, metric: 'revenue', width, height: 300, lang: 'zh', cac: 20, compare: other.ltv, compareCac: 25,
        bands: run.ltv.map((c) => ({ lo: c.revenue.map((v) => v * 0.9), hi: c.revenue.map((v) => v * 1.1) })),
        twin: run.ltv.map((c) => c.revenue.map((v) => v * 1.02)) },
    });
    expect(body).toContain('role="slider"');
    expect(body).toContain('付费/商域');
    expect(body).toContain('获客成本 CAC');
    expect(body).not.toContain('NaN');
  });

  it.each(['stages', 'tiers'] as const)('stacks the %s', (view) => {
    const { body } = render(StageArea, {
      props: { series: run.series, view, width: 600, height: 280, lang: 'en', compare: other.series, hide: ['unaware'] },
    });
    expect(body).toContain(view === 'stages' ? 'group member' : 'true love');
    expect(body).not.toContain('NaN');
  });

  it('lays out the funnel with return nodes', () => {
    const { body } = render(FunnelSankey, {
      props: { flows: run.flows, width: 600, height: 320, lang: 'en', compare: other.flows.map((f) => ({ ...f, count: f.count * 1.3 })) },
    });
    expect(body).toContain('unaware (forgot)');
    expect(body).not.toContain('NaN');
  });

  it('draws weekly money and the break-even day', () => {
    const { body } = render(MoneyChart, {
      props: { series: run.series, breakEvenDay: 30, width: 360, height: 400, lang: 'zh', compare: other.series, compareBreakEvenDay: 20 },
    });
    expect(body).toContain('盈亏平衡');
    expect(body).not.toContain('NaN');
  });

  it('tabulates cohorts with em dashes for missing values', () => {
    const { body } = render(CohortTable, { props: { cohorts: run.cohorts, measure: 'roi', lang: 'en', compare: other.cohorts } });
    expect(body).toMatch(/<th scope="row"[^>]*>paid<\/th>/);
    expect(body).toMatch(/<th scope="colgroup" colspan="7"/);
    expect(body).toContain('—');
    expect(body.indexOf('paid')).toBeLessThan(body.indexOf('week from day 0'));
  });
});
