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
      props: { primary: run.ltv, metric: 'revenue', width, height: 300, lang: 'zh', pinned: other.ltv,
        bands: run.ltv.map((c) => ({ lo: c.revenue.map((v) => v * 0.9), hi: c.revenue.map((v) => v * 1.1) })),
        twin: run.ltv.map((c) => c.revenue.map((v) => v * 1.02)) },
    });
    expect(body).toContain('role="slider"');
    expect(body).toContain('付费/商域');
    // Each curve's own cost line, labelled with its CAC per lead.
    expect(body).toContain('单条线索获客成本 ¥20');
    expect(body).toContain('data-cost="paid"');
    expect(body).toContain('每条线索累计金额（¥） · 收入');
    expect(body).not.toContain('NaN');
  });

  it('draws margin LTV against CAC plus the operating cost so far, labelled where the cost line ends', () => {
    // The fixture's organic curve is observed 20 days (its operating cost NaN after): its cost
    // line ends there, and so does its label, with no NaN anywhere.
    const { body } = render(LtvCurves, { props: { primary: run.ltv, metric: 'margin', width: 600, height: 300, lang: 'en' } });
    expect(body).toContain('CAC + operating cost per lead');
    expect(body).toContain('full cost per lead ¥25');
    expect(body).toContain('¥ per lead (cumulative) · gross margin');
    expect(body).not.toContain('NaN');
  });

  it.each(['stages', 'tiers'] as const)('stacks the %s', (view) => {
    const { body } = render(StageArea, {
      props: { primary: run.series, view, width: 600, height: 280, lang: 'en', pinned: other.series, hide: ['unaware'] },
    });
    expect(body).toContain(view === 'stages' ? 'group member' : 'true love');
    expect(body).not.toContain('NaN');
  });

  it('lays out the funnel with return nodes', () => {
    const { body } = render(FunnelSankey, {
      props: { primary: run.flows, width: 600, height: 320, lang: 'en', pinned: other.flows.map((f) => ({ ...f, count: f.count * 1.3 })) },
    });
    expect(body).toContain('unaware (forgot)');
    expect(body).not.toContain('NaN');
  });

  it('draws weekly money and the break-even day', () => {
    const { body } = render(MoneyChart, {
      props: { primary: run.series, breakEvenDay: 30, width: 360, height: 400, lang: 'zh', pinned: other.series, pinnedBreakEvenDay: 20 },
    });
    expect(body).toContain('盈亏平衡');
    expect(body).not.toContain('NaN');
  });

  it('says "free" for a cohort that cost nothing, and "—" for one with no leads or no buyers', () => {
    const cohorts = [
      { ...run.cohorts[3], key: 'organic' },
      { ...run.cohorts[3], key: 'offline', channel: 'offline' as const, size: 0, customers: 0 },
      { ...run.cohorts[1], key: 'referral', channel: 'referral' as const, customers: 0, cacPerCustomer: null },
    ];
    const { body } = render(CohortTable, { props: { primary: cohorts, measure: 'clv', lang: 'en' } });
    const cells = (name: string) => body.match(new RegExp(`<th scope="row"[^>]*>${name}</th>(.*?)</tr>`))?.[1] ?? '';
    const cac = (name: string) => [...cells(name).matchAll(/<span class="primary[^"]*">([^<]*)<\/span>/g)].slice(1, 3).map((m) => m[1]);
    expect(cac('organic')).toEqual(['free', 'free']);
    expect(cac('offline')).toEqual(['—', '—']);
    expect(cac('referral')).toEqual(['¥40', '—']);
  });

  it('tabulates cohorts with em dashes for missing values', () => {
    const { body } = render(CohortTable, { props: { primary: run.cohorts, measure: 'roi', lang: 'en', pinned: other.cohorts } });
    expect(body).toMatch(/<th scope="row"[^>]*>paid<\/th>/);
    expect(body).toMatch(/<th scope="colgroup" colspan="7"/);
    expect(body).toContain('—');
    expect(body.indexOf('paid')).toBeLessThan(body.indexOf('week from day 0'));
  });

  it('names the current (primary) result B and the pinned result A, as the compare mode does', () => {
    const { body } = render(StageArea, {
      props: { primary: run.series, view: 'stages', width: 600, height: 280, lang: 'en', pinned: other.series, index: 10 },
    });
    // Legend: the primary's solid areas, then the pinned result's dashed tops.
    expect(body.indexOf('<span>B</span>')).toBeGreaterThan(0);
    expect(body.indexOf('<span>A</span>')).toBeGreaterThan(body.indexOf('<span>B</span>'));
    // Read-out: the primary's column first, the pinned one in brackets for screen readers.
    expect(body).toMatch(/<th[^>]*>B<\/th><th[^>]*>A<\/th>/);
    expect(body).toMatch(/aria-valuetext="day 10: [^"]*total [^"(]+ \(A [^)]+\)"/);
  });
});

describe('the read-outs', () => {
  const size = { width: 600, height: 300, lang: 'en' } as const;
  const cases: [string, (index: number) => string, number, string][] = [
    ['LTV curves', (index) => render(LtvCurves, { props: { ...size, primary: run.ltv, metric: 'revenue', index } }).body, 12, '12 days after acquisition: paid '],
    ['stages', (index) => render(StageArea, { props: { ...size, primary: run.series, view: 'stages', index } }).body, 10, 'day 10: unaware '],
    ['money', (index) => render(MoneyChart, { props: { ...size, primary: run.series, breakEvenDay: 30, index } }).body, 12, 'week 2 (days 7–13): '],
    ['funnel', (index) => render(FunnelSankey, { props: { ...size, primary: run.flows, index } }).body, 1, 'exposed → unaware (forgot): people '],
  ];

  it.each(cases)('show the %s at the read-out position, as the slider value and in a box', (_, draw, index, title) => {
    const body = draw(index);
    expect(body).toContain(`aria-valuenow="${index}"`);
    expect(body).toContain(`aria-valuetext="${title}`);
    expect(body).toMatch(/<div class="box[^"]*" aria-hidden="true" style="top: \d+(\.\d+)?px; left: \d+(\.\d+)?px;/);
  });

  it.each(cases)('show nothing for the %s past the end of the data', (_, draw) => {
    const body = draw(10_000);
    expect(body).not.toContain('aria-valuetext');
    expect(body).not.toContain('class="box');
  });
});
