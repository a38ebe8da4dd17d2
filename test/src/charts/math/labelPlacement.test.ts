import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels, textWidth, type Box } from '../../../../src/charts/math/labelPlacement.ts';

const bounds: Box = { x0: 0, x1: 400, y0: 0, y1: 300 };
const box = (x0: number, y0: number, w = 50, h = 12): Box => ({ x0, x1: x0 + w, y0, y1: y0 + h });
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('placeLabels', () => {
  it('gives every label its first place when nothing collides', () => {
    expect(placeLabels([{ places: [box(0, 0)], priority: 1 }, { places: [box(0, 20)], priority: 2 }], bounds)).toEqual([0, 0]);
  });

  it('lets the larger label keep its place and moves the smaller one to its next place', () => {
    const small = { places: [box(10, 5), box(200, 5)], priority: 1 };
    const large = { places: [box(0, 0)], priority: 10 };
    expect(placeLabels([small, large], bounds)).toEqual([1, 0]);
  });

  it('leaves out a label with no free place, and one that would leave the bounds', () => {
    const large = { places: [box(0, 0)], priority: 10 };
    const crowded = { places: [box(5, 5)], priority: 1 };
    const outside = { places: [box(380, 0)], priority: 5 };
    expect(placeLabels([large, crowded, outside], bounds)).toEqual([0, -1, -1]);
  });

  it('keeps input order between equal priorities, and boxes that only touch do not collide', () => {
    expect(placeLabels([{ places: [box(0, 0)], priority: 1 }, { places: [box(0, 0)], priority: 1 }], bounds)).toEqual([0, -1]);
    expect(placeLabels([{ places: [box(0, 0)], priority: 1 }, { places: [box(50, 12)], priority: 1 }], bounds)).toEqual([0, 0]);
  });

  it('never places two labels over each other or outside the bounds', () => {
    const place = fc.record({ x0: fc.integer({ min: -50, max: 420 }), y0: fc.integer({ min: -20, max: 310 }), w: fc.integer({ min: 1, max: 120 }), h: fc.integer({ min: 1, max: 30 }) });
    const request = fc.record({ places: fc.array(place, { minLength: 1, maxLength: 3 }), priority: fc.integer({ min: 0, max: 100 }) });
    fc.assert(
      fc.property(fc.array(request, { maxLength: 25 }), (raw) => {
        const requests = raw.map((r) => ({ priority: r.priority, places: r.places.map((p) => box(p.x0, p.y0, p.w, p.h)) }));
        const chosen = placeLabels(requests, bounds);
        const placed = chosen.flatMap((c, i) => (c < 0 ? [] : [requests[i].places[c]]));
        for (const b of placed) expect(b.x0 >= 0 && b.x1 <= 400 && b.y0 >= 0 && b.y1 <= 300).toBe(true);
        for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlap(placed[i], placed[j])).toBe(false);
        // The highest-priority label with a place inside the bounds always gets one.
        const top = requests.map((r, i) => ({ r, i })).sort((a, b) => b.r.priority - a.r.priority || a.i - b.i)[0];
        if (top && top.r.places.some((p) => p.x0 >= 0 && p.x1 <= 400 && p.y0 >= 0 && p.y1 <= 300)) expect(chosen[top.i]).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('textWidth', () => {
  it('counts a CJK character about one em and a Latin one a little over half', () => {
    expect(textWidth('联系人', 11)).toBeCloseTo(33);
    expect(textWidth('lapsed 7.97k', 11)).toBeCloseTo(12 * 0.58 * 11);
    expect(textWidth('联系人', 11)).toBeGreaterThan(textWidth('abc', 11));
    expect(textWidth('', 11)).toBe(0);
  });
});
