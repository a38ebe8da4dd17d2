/** The small helpers every reader of outside input shares: plain objects and "did you mean". */
import { describe, expect, it } from 'vitest';
import { editDistance, isPlainObject, nearestName } from '../../../models/params/index.ts';

describe('isPlainObject', () => {
  it.each([
    [{}, true],
    [JSON.parse('{"__proto__": 1}'), true],
    [Object.create(null), true],
    [[], false],
    [null, false],
    ['{}', false],
    [new Date(0), false],
    [new Map(), false],
    [Object.create({ inherited: 1 }), false],
  ])('says %o is plain: %s', (value, plain) => {
    expect(isPlainObject(value)).toBe(plain);
  });
});

describe('edit distance', () => {
  it.each([
    ['', '', 0],
    ['seed', 'seed', 0],
    ['seeed', 'seed', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['groupcapacity', 'groupCapacity', 1],
  ])('from %j to %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it('finds the nearest name, ignoring case, within the allowed distance; the first of a tie wins', () => {
    expect(nearestName('GROUPCAPACITY', ['groups', 'groupCapacity'], 2)).toBe('groupCapacity');
    expect(nearestName('fromat', ['format', 'out'], 2)).toBe('format');
    expect(nearestName('xyz', ['format', 'out'], 2)).toBeUndefined();
    expect(nearestName('ab', ['ac', 'ad'], 1)).toBe('ac');
  });
});
