import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParamError, SCHEMA_VERSION, defaultParams, migrateParams, validateParams } from '../../../models/params/index.ts';
import { MAX_SHARE_CHARS, decodeShare, decodeShareRest, encodeShare, fromBase64Url, shareRest, toBase64Url } from '../../../src/persistence/share.ts';
import { hostileInput, notPolluted, validOverrides } from './fixtures.ts';

const payloadOf = (value: unknown) => toBase64Url(JSON.stringify(value));
function errorOf(fn: () => unknown): ParamError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ParamError) return error;
    throw error;
  }
  throw new Error('expected a ParamError');
}

describe('share links', () => {
  it('carry the version, the parameters that differ from the defaults, the seed and the view', () => {
    const params = { ...defaultParams(), groups: 20, paidBudgetDaily: 4500 };
    const payload = encodeShare({ params, seed: 7, replications: 1, view: 'explore' });
    expect(JSON.parse(fromBase64Url(payload))).toEqual({ v: SCHEMA_VERSION, p: { paidBudgetDaily: 4500, groups: 20 }, s: 7, w: 'explore' });
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeShare(payload)).toEqual({ params, seed: 7, replications: 1, view: 'explore' });
  });

  it('round-trip any valid state exactly (so the numbers recompute identically)', () => {
    fc.assert(fc.property(validOverrides, fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 1, max: 50 }), (overrides, seed, replications) => {
      const params = validateParams(overrides);
      const decoded = decodeShareRest(shareRest({ params, seed, replications, view: 'explore' }));
      expect(decoded).toEqual({ params, seed, replications, view: 'explore' });
    }));
  });

  it('open a version 1 link after migrating it', () => {
    const decoded = decodeShare(payloadOf({ v: 1, p: { adBudgetDaily: 5000, grossMargin: 40 }, s: 3 }));
    expect(decoded.params.paidBudgetDaily).toBe(5000);
    expect(decoded.params.grossMargin).toBe(0.4);
    expect(decoded.seed).toBe(3);
  });

  it('open a version 2 link with version 2\'s defaults (one agent a person, a market of 100,000)', () => {
    const decoded = decodeShare(payloadOf({ v: 2, p: { groups: 20 }, s: 3 }));
    expect(decoded.params).toEqual(validateParams(migrateParams({ groups: 20 }, 2)));
    expect(decoded.params).toMatchObject({ groups: 20, population: 100_000, agentWeight: 1 });
    expect(decoded.seed).toBe(3);
  });

  it('name what is wrong in a link that cannot be read', () => {
    expect(errorOf(() => decodeShare('%%%')).message).toBe('invalid link: "%%%" (expected base64url text (A–Z, a–z, 0–9, - and _))');
    expect(errorOf(() => decodeShare(toBase64Url('not json'))).field).toBe('link');
    expect(errorOf(() => decodeShare(payloadOf([1, 2]))).field).toBe('link');
    expect(errorOf(() => decodeShare(payloadOf({ v: 9, p: {}, s: 1 }))).message).toBe(`invalid v: 9 (expected an integer 1–${SCHEMA_VERSION})`);
    expect(errorOf(() => decodeShare(payloadOf({ v: SCHEMA_VERSION, p: { groupCapacity: -3 }, s: 1 }))).message)
      .toBe('invalid groupCapacity: -3 (expected an integer 1–10000)');
    expect(errorOf(() => decodeShare(payloadOf({ v: SCHEMA_VERSION, p: { grups: 3 }, s: 1 }))).message).toMatch(/unknown parameter grups \(did you mean groups\?\)/);
    expect(errorOf(() => decodeShare(payloadOf({ v: SCHEMA_VERSION, p: {}, s: -1 }))).message).toBe('invalid s: -1 (expected an integer 0–4294967295)');
    expect(errorOf(() => decodeShare(payloadOf({ v: SCHEMA_VERSION, p: {}, s: 1, r: 99 }))).field).toBe('r');
    expect(errorOf(() => decodeShare(payloadOf({ v: SCHEMA_VERSION, p: {}, s: 1, x: 1 }))).message).toMatch(/unknown field "x" in the link/);
    expect(errorOf(() => decodeShare(payloadOf({ v: SCHEMA_VERSION, p: {}, s: 1, w: '<img>' }))).field).toBe('w');
    expect(errorOf(() => decodeShare('A'.repeat(MAX_SHARE_CHARS + 1))).message).toMatch(/at most 8192 characters/);
    // Invalid UTF-8 inside valid base64url
    expect(errorOf(() => decodeShare(btoa('\xff\xfe').replace(/=+$/, '').replace(/\//g, '_'))).expected).toBe('base64url of UTF-8 text');
  });

  it('give a named error or a valid state for any payload, never another exception', () => {
    const anyPayload = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom(...'ABCDEFabcdef0123456789-_'.split('')) }),
      hostileInput.map((value) => { try { return payloadOf(value); } catch { return ''; } }),
      fc.record({ v: fc.oneof(fc.constantFrom(1, 2, SCHEMA_VERSION), fc.anything()), p: hostileInput, s: fc.anything() }).map(payloadOf),
    );
    fc.assert(fc.property(anyPayload, (payload) => {
      try {
        const state = decodeShare(payload);
        expect(validateParams(state.params)).toEqual(state.params);
      } catch (error) {
        expect(error).toBeInstanceOf(ParamError);
      }
      expect(notPolluted()).toBe(true);
    }), { numRuns: 500 });
  });
});
