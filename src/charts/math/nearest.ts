/**
 * Index lookups for hover read-outs: from a pointer position to the nearest day, and from a
 * key press to the next day. The charts are indexed by day (or age, flow, sweep point), so the
 * read-out is an integer index into the series. `HoverGeometry` is what HoverPlot.svelte asks
 * of a chart; `alongX` and `atPositions` build it for the charts laid out along an x axis.
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

/** Where a chart's read-out can be: what the pointer points at, and where the read-out box goes. */
export interface HoverGeometry {
  /**
   * The index under the pointer, or null for none: `px`, `py` from the top-left of the plot's
   * container, `target` the element under the pointer (for charts whose marks carry their index).
   */
  indexAt(px: number, py: number, target: EventTarget | null): number | null;
  /** Where the read-out box points for an index, px from the container's top-left. */
  anchorOf(index: number): { x: number; y: number };
}

/** The top-left corner of the plot area inside its container, px (the chart's margins). */
export interface PlotOrigin {
  left: number;
  top: number;
}

/** An x scale from index (day, age) to pixel and back, such as d3's `scaleLinear`. */
export interface IndexScale {
  (index: number): number;
  invert(px: number): number;
}

/**
 * Hover geometry of a chart indexed along its x axis: the pointer picks the index under it,
 * the read-out box points at the top of the plot above the index. By default index i is drawn
 * at `x(i)` (a point a day); with `bins`, index i spans [i, i + 1) on the scale (a day drawn as
 * a slot, its point mid-slot) and the pointer anywhere in the slot picks it.
 */
export function alongX(x: IndexScale, n: number, origin: PlotOrigin, { bins = false }: { bins?: boolean } = {}): HoverGeometry {
  return {
    indexAt: (px) => (bins ? clampIndex(Math.floor(x.invert(px - origin.left)), n) : indexAtPosition(px - origin.left, x, n)),
    anchorOf: (i) => ({ x: origin.left + x(bins ? i + 0.5 : i), y: origin.top }),
  };
}

/**
 * Hover geometry of a chart of points at given x positions (px in the plot area, ascending or
 * descending, e.g. a sweep on a log scale): the pointer picks the nearest point.
 */
export function atPositions(positions: readonly number[], origin: PlotOrigin): HoverGeometry {
  const n = positions.length;
  const descending = n > 1 && positions[0] > positions[n - 1];
  // Searched ascending: a descending series is reversed once, here.
  const sorted = descending ? [...positions].reverse() : positions;
  return {
    indexAt: (px) => {
      const i = nearestIndex(sorted, px - origin.left);
      return i === null || !descending ? i : n - 1 - i;
    },
    anchorOf: (i) => ({ x: origin.left + positions[i], y: origin.top }),
  };
}
