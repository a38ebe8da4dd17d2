/**
 * Tidy CSV of the daily series: one row per day, one column per series (nested keys joined
 * with a dot: `stages.follower`, `spend.ads`). With replications, `.lo` / `.hi` columns follow.
 */
import type { RunResult } from './contract.ts';

function flatten(prefix: string, value: unknown, out: [string, ArrayLike<number>][]): void {
  if (ArrayBuffer.isView(value)) out.push([prefix, value as unknown as ArrayLike<number>]);
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) flatten(prefix ? `${prefix}.${key}` : key, inner, out);
  }
}

const cell = (x: number) => (Number.isFinite(x) ? String(x) : '');

export function toCsv(result: RunResult): string {
  const columns: [string, ArrayLike<number>][] = [];
  flatten('', result.series, columns);
  const ci = result.ci95?.series;
  if (ci) {
    const bounds: [string, ArrayLike<number>][] = [];
    flatten('', ci, bounds);
    for (const [name, values] of bounds) if (name !== 'day.lo' && name !== 'day.hi') columns.push([name, values]);
  }
  const rows = [columns.map(([name]) => name).join(',')];
  const length = result.series.day.length;
  for (let day = 0; day < length; day++) rows.push(columns.map(([, values]) => cell(values[day])).join(','));
  return rows.join('\n') + '\n';
}
