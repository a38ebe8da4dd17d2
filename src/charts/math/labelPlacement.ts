/**
 * Placing text labels so that none overlap: each label offers its places (boxes, in order of
 * preference) and a priority. The most important label gets its first place that fits inside
 * the bounds and clear of every label already placed, then the next, and so on; a label with
 * no such place is left out (the marks stay, and the read-out tells the rest).
 */

/** An axis-aligned box in px: [x0, x1) × [y0, y1). */
export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface LabelRequest {
  /** Places this label may take, most preferred first. */
  places: readonly Box[];
  /** Larger is placed first; ties keep input order. */
  priority: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inside = (a: Box, bounds: Box) => a.x0 >= bounds.x0 && a.x1 <= bounds.x1 && a.y0 >= bounds.y0 && a.y1 <= bounds.y1;

/**
 * For each request, the index of the place it got, or −1 when it is left out.
 * @param bounds the area labels must stay inside
 */
export function placeLabels(requests: readonly LabelRequest[], bounds: Box): number[] {
  const chosen = requests.map(() => -1);
  const taken: Box[] = [];
  const order = requests.map((request, i) => ({ request, i })).sort((a, b) => b.request.priority - a.request.priority || a.i - b.i);
  for (const { request, i } of order) {
    const place = request.places.findIndex((box) => inside(box, bounds) && !taken.some((other) => overlaps(box, other)));
    if (place >= 0) {
      chosen[i] = place;
      taken.push(request.places[place]);
    }
  }
  return chosen;
}

/**
 * Width of a line of text in px, estimated without measuring the DOM: CJK characters are about
 * one em wide, others about 0.58 em (a sans-serif average, digits included).
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.58;
  return ems * fontSize;
}
