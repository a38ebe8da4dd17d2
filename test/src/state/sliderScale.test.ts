import { describe, expect, it } from 'vitest';
import { PARAM_SPECS, specOf, type NumberSpec } from '../../../models/params/schema.ts';
import {
  isLog,
  LOG_POSITIONS,
  sliderMove,
  sliderRange,
  sliderToValue,
  snapToStep,
  stepDecimals,
  valueToSlider,
} from '../../../src/state/sliderScale.ts';

const spec = (key: string) => specOf(key) as NumberSpec;
const numberSpecs = PARAM_SPECS.filter((s): s is Extract<typeof s, { kind: 'number' | 'integer' }> => s.kind !== 'choice');

describe('slider scale', () => {
  it('gives linear specs their own min, max and step, and log specs positions 0…LOG_POSITIONS', () => {
    expect(sliderRange(spec('horizonDays'))).toEqual({ min: 30, max: 1095, step: 1 });
    expect(sliderRange(spec('population'))).toEqual({ min: 0, max: LOG_POSITIONS, step: 1 });
  });

  it.each([
    ['population', 1_000, 0],
    ['population', 1_000_000_000, LOG_POSITIONS],
    ['population', 1_000_000, LOG_POSITIONS / 2],
    ['baseCac', 0.1, 0],
    ['baseCac', 5_000, LOG_POSITIONS],
  ])('maps %s = %d to position %d', (key, value, position) => {
    expect(valueToSlider(spec(key), value)).toBeCloseTo(position, 6);
  });

  it('maps a log slider to equal ratios: each tenth of the track multiplies by the same factor', () => {
    const s = spec('population');
    // High on the track, where snapping to the 1,000-people step is negligible: six decades
    // over the track, ×10^0.6 per 100 positions.
    const ratios = [500, 600, 700].map((p) => sliderToValue(s, p + 100) / sliderToValue(s, p));
    for (const ratio of ratios) expect(ratio).toBeCloseTo(10 ** 0.6, 2);
  });

  it('keeps 0 reachable on a log slider whose minimum is 0', () => {
    const s = spec('paidBudgetDaily');
    expect(sliderToValue(s, 0)).toBe(0);
    expect(sliderToValue(s, LOG_POSITIONS)).toBe(1_000_000);
    expect(valueToSlider(s, 0)).toBe(0);
  });

  it.each(['staff', 'groups'])('makes %s a log slider from 0, one whole person or group a press at the low end', (key) => {
    const s = spec(key);
    expect(isLog(s)).toBe(true);
    expect(sliderToValue(s, 0)).toBe(0);
    expect(sliderMove(s, 0, 1)).toBe(1);
    expect(sliderMove(s, 1, Math.round(valueToSlider(s, 1)) + 1)).toBe(2);
    expect(sliderToValue(s, LOG_POSITIONS)).toBe(s.max);
  });

  it.each(numberSpecs.map((s) => [s.key, s] as const))('round-trips the default of %s through its slider', (_key, s) => {
    const back = sliderToValue(s, valueToSlider(s, s.default));
    // The default may sit off the step grid (1/30): it comes back within one step.
    expect(Math.abs(back - s.default)).toBeLessThanOrEqual(s.step);
    expect(back).toBeGreaterThanOrEqual(s.min);
    expect(back).toBeLessThanOrEqual(s.max);
  });

  it('snaps to the step grid without float noise, and integers stay integers', () => {
    expect(snapToStep(spec('clickThroughRate'), 0.12344)).toBe(0.1234);
    expect(snapToStep(spec('organicConversion'), 0.1234)).toBe(0.123);
    expect(snapToStep(spec('trustGain'), 0.0512)).toBe(0.05);
    expect(snapToStep(spec('groups'), 7.6)).toBe(8);
    expect(snapToStep(spec('groups'), -3)).toBe(0);
    expect(snapToStep(spec('groups'), 1e9)).toBe(10_000);
    expect(stepDecimals(0.0001)).toBe(4);
    expect(stepDecimals(1e-7)).toBe(7);
  });

  it('moves a log slider by at least one step per key press, in the direction pressed', () => {
    const s = spec('population');
    expect(sliderMove(s, 1_000, 1)).toBe(2_000);
    expect(sliderMove(s, 2_000, valueToSlider(s, 2_000) - 1)).toBe(1_000);
    expect(sliderMove(s, 1_000_000, LOG_POSITIONS / 2 + 1)).toBeGreaterThan(1_000_000);
  });

  it('moves a log slider exactly one way per arrow key, through the input and the change event', () => {
    // What the browser does on a key press: the thumb (whole positions) moves one position and
    // fires `input`; the control applies the move and puts the thumb on the new value, which the
    // browser rounds to a whole position; then `change` fires with that position.
    const press = (s: NumberSpec, current: number, direction: 1 | -1) => {
      const moved = sliderMove(s, current, Math.round(valueToSlider(s, current)) + direction);
      const settled = sliderMove(s, moved, Math.round(valueToSlider(s, moved)));
      return { moved, settled };
    };
    const logSpecs = numberSpecs.filter((s) => isLog(s));
    expect(logSpecs.length).toBeGreaterThan(2);
    for (const s of logSpecs) {
      for (const value of [s.default, snapToStep(s, s.min + 10 * s.step), snapToStep(s, (s.min + s.max) / 3)]) {
        if (value < s.max) {
          const up = press(s, value, 1);
          expect(up.moved, `${s.key} up from ${value}`).toBeGreaterThan(value);
          expect(up.settled, `${s.key} up from ${value}, change event`).toBe(up.moved);
        }
        if (value > s.min) {
          const down = press(s, value, -1);
          expect(down.moved, `${s.key} down from ${value}`).toBeLessThan(value);
          expect(down.settled, `${s.key} down from ${value}, change event`).toBe(down.moved);
        }
      }
    }
    // The case that was broken: Ad budget's default, 3,000, one arrow up and one down.
    expect(press(spec('paidBudgetDaily'), 3_000, 1)).toEqual({ moved: 3_100, settled: 3_100 });
    expect(press(spec('paidBudgetDaily'), 3_000, -1)).toEqual({ moved: 2_900, settled: 2_900 });
  });

  it('leaves a linear slider move to the native step', () => {
    expect(sliderMove(spec('horizonDays'), 365, 366)).toBe(366);
  });
});
