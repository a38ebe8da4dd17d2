/**
 * Which point labels to show so that none overlap: labels along one axis at `positions` (px,
 * null for "no label"), each needing `minGap` px. Goes left to right and keeps a label only
 * if it is at least `minGap` from the last one kept; ties keep the earlier input. The marks
 * themselves stay; the read-out tells the rest.
 */
export function declutter(positions: readonly (number | null)[], minGap: number): boolean[] {
  const keep = positions.map(() => false);
  const order = positions
    .map((p, i) => ({ p, i }))
    .filter((d): d is { p: number; i: number } => d.p !== null && Number.isFinite(d.p))
    .sort((a, b) => a.p - b.p || a.i - b.i);
  let last = -Infinity;
  for (const { p, i } of order) {
    if (p - last >= minGap) {
      keep[i] = true;
      last = p;
    }
  }
  return keep;
}
