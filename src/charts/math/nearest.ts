/**
 * Index lookups for hover read-outs: from a pointer position to the nearest day, and from a
 * key press to the next day. The charts are indexed by day (or age), so the read-out is an
 * integer index into the series.
 */

/** `i` clamped to 0..n−1; null when there is nothing to point at (n = 0 or i is NaN). */
export function clampIndex(i: number, n: number): number | null {
  if (n <= 0 || Number.isNaN(i)) return null;
  return Math.max(0, Math.min(n - 1, Math.round(i)));
}

/**
 * The index under pixel `px` for a chart whose x scale maps index → pixel: the rounded
 * inverse, clamped to the series. null when the series is empty.
 */
export function indexAtPosition(px: number, scale: { invert(px: number): number }, n: number): number | null {
  return clampIndex(scale.invert(px), n);
}

/**
 * The index of the value in ascending `sorted` nearest to `x` (ties go to the lower index);
 * null when `sorted` is empty or `x` is NaN.
 */
export function nearestIndex(sorted: ArrayLike<number>, x: number): number | null {
  const n = sorted.length;
  if (n === 0 || Number.isNaN(x)) return null;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && x - sorted[lo - 1] <= sorted[lo] - x) return lo - 1;
  return lo;
}

/**
 * The read-out index after a key press, or null if the key does not move the read-out.
 * Left/right step one, PageUp/PageDown (or shift+arrow) step `page`, Home/End jump to the
 * ends. With no current index, any moving key starts at the last index (the end of a
 * cumulative curve is what people look at first).
 */
export function stepIndex(
  key: string,
  current: number | null,
  n: number,
  { page = 7, shift = false }: { page?: number; shift?: boolean } = {},
): number | null {
  if (n <= 0) return null;
  const step = shift ? page : 1;
  const from = current ?? n - 1;
  let next: number;
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      next = current === null ? from : from - step;
      break;
    case 'ArrowRight':
    case 'ArrowUp':
      next = current === null ? from : from + step;
      break;
    case 'PageDown':
      next = from - page;
      break;
    case 'PageUp':
      next = from + page;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = n - 1;
      break;
    default:
      return null;
  }
  return clampIndex(next, n);
}
