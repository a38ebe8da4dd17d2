import { describe, expect, it } from 'vitest';
import { formatLessonLink, parseLessonLink } from '../../../src/lesson/link.ts';

describe('lesson links', () => {
  it.each([
    ['', 0, {}],
    ['1', 0, {}],
    ['5', 4, {}],
    ['5?pushesPerWeek=7', 4, { pushesPerWeek: 7 }],
    ['3?cacElasticity=1.5&paidBudgetDaily=300', 2, { cacElasticity: 1.5, paidBudgetDaily: 300 }],
  ])('opens %j at step index %i with %j', (rest, index, overrides) => {
    expect(parseLessonLink(rest, 10)).toEqual({ index, overrides, error: null });
  });

  it('opens a step with defaults and the validator message when a value is out of range', () => {
    const link = parseLessonLink('5?pushesPerWeek=99', 10);
    expect(link.index).toBe(4);
    expect(link.overrides).toEqual({});
    expect(link.error?.message).toBe('invalid pushesPerWeek: 99 (expected a number 0–28)');
  });

  it('names an unknown parameter and garbled text', () => {
    expect(parseLessonLink('2?pushesPerWek=3', 10).error?.message).toMatch(/unknown parameter pushesPerWek \(did you mean pushesPerWeek\?\)/);
    expect(parseLessonLink('2?followRate=abc', 10).error?.field).toBe('followRate');
  });

  it('checks cross-field rules against the step scenario', () => {
    const link = parseLessonLink('4?tierAffinity=0.9', 10, () => ({ tierTrueLove: 0.75 }));
    expect(link.error?.field).toBe('tierTrueLove');
  });

  it('opens the first step when the step number is not one', () => {
    for (const rest of ['0', '11', 'abc', '2.5']) {
      const link = parseLessonLink(rest, 10);
      expect(link.index).toBe(0);
      expect(link.error?.field).toBe('step');
    }
  });

  it('round-trips through formatLessonLink', () => {
    const rest = formatLessonLink(4, { pushesPerWeek: 7, fatigueTolerance: 5 });
    expect(rest).toBe('5?pushesPerWeek=7&fatigueTolerance=5');
    expect(parseLessonLink(rest, 10).overrides).toEqual({ pushesPerWeek: 7, fatigueTolerance: 5 });
    expect(formatLessonLink(0)).toBe('1');
  });
});
