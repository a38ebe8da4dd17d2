import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonError, parseJsonStrict } from '../../../models/params/index.ts';

function errorOf(text: string): JsonError {
  try {
    parseJsonStrict(text);
  } catch (error) {
    expect(error).toBeInstanceOf(JsonError);
    return error as JsonError;
  }
  throw new Error(`expected ${text} to be refused`);
}

describe('strict JSON', () => {
  it('reads what JSON.parse reads when no object repeats a key', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const text = JSON.stringify(value, null, 1);
      expect(parseJsonStrict(text)).toEqual(JSON.parse(text));
    }));
  });

  it('refuses a repeated key, naming it, the object that holds it and where', () => {
    const error = errorOf('{\n  "seed": 1,\n  "seed": 2\n}');
    expect(error.kind).toBe('duplicate');
    expect(error.message).toBe('duplicate key "seed" (line 3, column 3; expected each key once)');
    expect(errorOf('{"x": {"key": "staff", "steps": 3, "steps": 4}}').message).toMatch(/^duplicate key "steps" in x \(line 1/);
    expect(errorOf('{"a": [{"b": 1}, {"c": 1, "c": 2}]}').path).toBe('a[1]');
    // Keys are compared as JSON reads them: an escaped spelling is the same key.
    expect(errorOf('{"seed": 1, "s\\u0065ed": 2}').key).toBe('seed');
  });

  it('allows equal keys in different objects, and keys that look like strings in values', () => {
    expect(parseJsonStrict('{"a": {"k": 1}, "b": {"k": 2}, "c": "k", "d": ["k", "k"]}')).toEqual({ a: { k: 1 }, b: { k: 2 }, c: 'k', d: ['k', 'k'] });
    expect(parseJsonStrict('{"q\\"uote": "\\"k\\":1,", "k": 1}')).toEqual({ 'q"uote': '"k":1,', k: 1 });
  });

  it('finds a key repeated anywhere in a random document', () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 }), fc.nat(), (object, pick) => {
      const keys = Object.keys(object);
      const key = keys[pick % keys.length];
      const text = `{"wrap": ${JSON.stringify(object).slice(0, -1)}, ${JSON.stringify(key)}: null}}`;
      const error = errorOf(text);
      expect(error.kind).toBe('duplicate');
      expect(error.key).toBe(key);
      expect(error.path).toBe('wrap');
    }));
  });

  it('reports text that is not JSON as a syntax error', () => {
    expect(errorOf('{"staff": 3,').kind).toBe('syntax');
  });
});
