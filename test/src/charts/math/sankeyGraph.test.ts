import { sankey } from 'd3-sankey';
import { describe, expect, it } from 'vitest';
import type { Flow } from '../../../../models/output/contract.ts';
import { isAcyclic, linkEdgesPath, nodeTotals, returnNodeId, sankeyGraph } from '../../../../src/charts/math/sankeyGraph.ts';
import { FAKE_FLOWS } from '../fixture.ts';

const total = (values: number[]) => values.reduce((s, v) => s + v, 0);

describe('sankeyGraph', () => {
  it('makes cyclic flows acyclic', () => {
    const cyclic = { nodes: ['follower', 'group'].map((id) => ({ id, stage: id as 'group', role: 'stage' as const })),
      links: [
        { source: 'follower', target: 'group', value: 1, from: 'follower' as const, to: 'group' as const, returning: false },
        { source: 'group', target: 'follower', value: 1, from: 'group' as const, to: 'follower' as const, returning: true },
      ] };
    expect(isAcyclic(cyclic)).toBe(false);
    expect(isAcyclic(sankeyGraph(FAKE_FLOWS))).toBe(true);
  });

  it('preserves the total flow', () => {
    const graph = sankeyGraph(FAKE_FLOWS);
    expect(total(graph.links.map((l) => l.value))).toBe(total(FAKE_FLOWS.map((f) => f.count)));
  });

  it('sends return flows to separate return nodes', () => {
    const graph = sankeyGraph(FAKE_FLOWS);
    const target = (from: string, to: string) => graph.links.find((l) => l.from === from && l.to === to)?.target;
    expect(target('exposed', 'unaware')).toBe(returnNodeId('unaware'));
    expect(target('group', 'follower')).toBe(returnNodeId('follower'));
    expect(target('follower', 'group')).toBe('group');
    expect(target('follower', 'lapsed')).toBe('lapsed');
    expect(graph.nodes.map((n) => n.id)).toEqual([
      'unaware', 'exposed', 'follower', 'group', 'lapsed', 'unaware:return', 'follower:return',
    ]);
  });

  it('gives return nodes no outgoing links', () => {
    const graph = sankeyGraph(FAKE_FLOWS);
    const returns = new Set(graph.nodes.filter((n) => n.role === 'return').map((n) => n.id));
    expect(graph.links.some((l) => returns.has(l.source))).toBe(false);
  });

  it.each([
    ['merges duplicate pairs', [{ from: 'unaware', to: 'exposed', count: 2 }, { from: 'unaware', to: 'exposed', count: 3 }], [5]],
    ['drops self-flows', [{ from: 'group', to: 'group', count: 9 }, { from: 'unaware', to: 'exposed', count: 1 }], [1]],
    ['drops zero, negative and NaN counts', [
      { from: 'unaware', to: 'exposed', count: 0 },
      { from: 'exposed', to: 'follower', count: -1 },
      { from: 'follower', to: 'group', count: NaN },
    ], []],
  ] as [string, Flow[], number[]][])('%s', (_, flows, values) => {
    const graph = sankeyGraph(flows);
    expect(graph.links.map((l) => l.value)).toEqual(values);
    expect(graph.nodes.length).toBe(values.length === 0 ? 0 : 2);
  });

  it('lays out with d3-sankey without a circular-link error', () => {
    const graph = sankeyGraph([
      ...FAKE_FLOWS,
      { from: 'lapsed', to: 'exposed', count: 5 },
      { from: 'contact', to: 'follower', count: 4 },
      { from: 'follower', to: 'contact', count: 12 },
      { from: 'contact', to: 'group', count: 6 },
    ]);
    const layout = sankey<{ id: string }, { value: number }>()
      .nodeId((d) => d.id)
      .extent([[0, 0], [400, 300]]);
    const laid = layout({ nodes: graph.nodes.map((n) => ({ ...n })), links: graph.links.map((l) => ({ ...l })) });
    expect(laid.nodes.every((n) => Number.isFinite(n.x0) && Number.isFinite(n.y1))).toBe(true);
    expect(isAcyclic(graph)).toBe(true);
  });
});

describe('nodeTotals', () => {
  it('sizes a node by the larger of its inflow and outflow', () => {
    const totals = nodeTotals(sankeyGraph(FAKE_FLOWS));
    expect(totals.get('unaware')).toBe(500);
    expect(totals.get('exposed')).toBe(500); // in 500, out 350
    expect(totals.get('follower')).toBe(150); // in 150, out 90
    expect(totals.get('unaware:return')).toBe(200);
    expect(totals.get('follower:return')).toBe(20);
  });
});

describe('linkEdgesPath', () => {
  it('draws both edges of a band around a link', () => {
    expect(linkEdgesPath(0, 10, 100, 50, 5)).toBe('M0,5C50,5 50,45 100,45M0,15C50,15 50,55 100,55');
  });
});
