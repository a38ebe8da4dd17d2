/**
 * Exports of an experiment result: tidy rows (one row per run and metric, with the point's
 * parameter values), as CSV, and the whole result as JSON. Both are deterministic text: the
 * same result always gives the same bytes.
 */
import type { ExperimentResult } from './reduce.ts';

export type TidyValue = number | string | null;

/** Column names and rows: `kind, index, point, replication, seed, <varied parameters…>, metric, value`. */
export function tidyRows(result: ExperimentResult): { columns: string[]; rows: TidyValue[][] } {
  const coordKeys: string[] = [];
  for (const point of result.points) for (const key of Object.keys(point.coords)) if (!coordKeys.includes(key)) coordKeys.push(key);
  const columns = ['kind', 'index', 'point', 'replication', 'seed', ...coordKeys, 'metric', 'value'];
  const rows: TidyValue[][] = [];
  for (const run of result.runs) {
    const coords = result.points[run.point].coords;
    const prefix: TidyValue[] = [result.definition.kind, run.index, run.point, run.replication, run.seed, ...coordKeys.map((k) => coords[k] ?? null)];
    for (const [metric, value] of Object.entries(run.kpis)) rows.push([...prefix, metric, value]);
  }
  return { columns, rows };
}

function csvCell(value: TidyValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The tidy rows as CSV (RFC 4180, `\n` line ends, empty cell = unobserved). */
export function experimentCsv(result: ExperimentResult): string {
  const { columns, rows } = tidyRows(result);
  return [columns.join(','), ...rows.map((row) => row.map(csvCell).join(','))].join('\n') + '\n';
}

/** The whole result as JSON text (2-space indent, trailing newline). */
export function experimentJson(result: ExperimentResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
