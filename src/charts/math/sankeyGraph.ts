/**
 * From stage-to-stage flows to an acyclic graph that d3-sankey can lay out.
 *
 * People move both ways (follower → group → follower, exposed → unaware), but d3-sankey
 * rejects cycles. Stages have a natural depth (unaware, exposed, follower, contact, group,
 * then the exit, lapsed). A flow to a deeper stage goes to that stage's node; a flow back to
 * a shallower stage goes to a separate "return" node of the target stage ("unaware (forgot)",
 * "contact (left group)"), which has no outgoing links. Every link then points to a deeper
 * stage or to a sink, so the graph is acyclic, and no flow is dropped or merged away.
 */
import { STAGES, type Flow, type Stage } from '../../../models/output/contract.ts';

/** Depth of each stage in the funnel; lapsed (the exit) is deepest. */
export const STAGE_RANK: Readonly<Record<Stage, number>> = {
  unaware: 0,
  exposed: 1,
  follower: 2,
  contact: 3,
  group: 4,
  lapsed: 5,
};

export interface SankeyNodeDatum {
  /** `stage` for a stage node, `stage:return` for the node of flows back into that stage. */
  id: string;
  stage: Stage;
  role: 'stage' | 'return';
}

export interface SankeyLinkDatum {
  /** Node ids (d3-sankey replaces them with node objects when it lays the graph out). */
  source: string;
  target: string;
  /** People moving, summed over the horizon. */
  value: number;
  from: Stage;
  to: Stage;
  /** A step back to a shallower stage. */
  returning: boolean;
}

export interface SankeyGraphData {
  nodes: SankeyNodeDatum[];
  links: SankeyLinkDatum[];
}

/** Id of the node that receives flows back into `stage`. */
export function returnNodeId(stage: Stage): string {
  return `${stage}:return`;
}

/**
 * The acyclic Sankey graph of `flows`. Flows with the same (from, to) are summed; flows with
 * a non-positive or non-finite count and flows from a stage to itself are left out (they move
 * nobody). Nodes without any link are left out. Stage nodes come in funnel order, then the
 * return nodes in funnel order.
 */
export function sankeyGraph(flows: readonly Flow[]): SankeyGraphData {
  const totals = new Map<string, { from: Stage; to: Stage; value: number }>();
  for (const { from, to, count } of flows) {
    if (from === to || !(count > 0) || !Number.isFinite(count)) continue;
    const key = `${from}>${to}`;
    const entry = totals.get(key);
    if (entry) entry.value += count;
    else totals.set(key, { from, to, value: count });
  }

  const links: SankeyLinkDatum[] = [];
  const used = new Set<string>();
  for (const { from, to, value } of totals.values()) {
    const returning = STAGE_RANK[to] < STAGE_RANK[from];
    const target = returning ? returnNodeId(to) : to;
    links.push({ source: from, target, value, from, to, returning });
    used.add(from);
    used.add(target);
  }
  links.sort((a, b) => STAGE_RANK[a.from] - STAGE_RANK[b.from] || STAGE_RANK[a.to] - STAGE_RANK[b.to]);

  const nodes: SankeyNodeDatum[] = [];
  for (const stage of STAGES) if (used.has(stage)) nodes.push({ id: stage, stage, role: 'stage' });
  for (const stage of STAGES) {
    const id = returnNodeId(stage);
    if (used.has(id)) nodes.push({ id, stage, role: 'return' });
  }
  return { nodes, links };
}

/** True when the links have no directed cycle (Kahn's algorithm). */
export function isAcyclic(graph: SankeyGraphData): boolean {
  const indegree = new Map<string, number>(graph.nodes.map((n) => [n.id, 0]));
  const out = new Map<string, string[]>(graph.nodes.map((n) => [n.id, []]));
  for (const l of graph.links) {
    if (!indegree.has(l.source)) indegree.set(l.source, 0);
    indegree.set(l.target, (indegree.get(l.target) ?? 0) + 1);
    const targets = out.get(l.source);
    if (targets) targets.push(l.target);
    else out.set(l.source, [l.target]);
  }
  const ready = [...indegree].filter(([, d]) => d === 0).map(([id]) => id);
  let seen = 0;
  while (ready.length > 0) {
    const id = ready.pop() as string;
    seen++;
    for (const t of out.get(id) ?? []) {
      const d = (indegree.get(t) ?? 0) - 1;
      indegree.set(t, d);
      if (d === 0) ready.push(t);
    }
  }
  return seen === indegree.size;
}

/**
 * The size of each node as d3-sankey sizes it: the larger of what flows in and what flows
 * out. Used to draw a comparison scenario's nodes at the scale of the laid-out one.
 */
export function nodeTotals(graph: SankeyGraphData): Map<string, number> {
  const inflow = new Map<string, number>();
  const outflow = new Map<string, number>();
  for (const l of graph.links) {
    outflow.set(l.source, (outflow.get(l.source) ?? 0) + l.value);
    inflow.set(l.target, (inflow.get(l.target) ?? 0) + l.value);
  }
  return new Map(graph.nodes.map((n) => [n.id, Math.max(inflow.get(n.id) ?? 0, outflow.get(n.id) ?? 0)]));
}

/**
 * The two edges of a band `halfWidth` px either side of a horizontal Sankey link running from
 * (x0, y0) to (x1, y1), as one SVG path of two curves (same Bézier as d3-sankey's
 * `sankeyLinkHorizontal`). Draws a comparison flow as an outline over the laid-out one.
 */
export function linkEdgesPath(x0: number, y0: number, x1: number, y1: number, halfWidth: number): string {
  const mx = (x0 + x1) / 2;
  const edge = (dy: number) => `M${x0},${y0 + dy}C${mx},${y0 + dy} ${mx},${y1 + dy} ${x1},${y1 + dy}`;
  return `${edge(-halfWidth)}${edge(halfWidth)}`;
}
