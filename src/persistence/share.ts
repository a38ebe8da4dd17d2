/**
 * Share links: the explorer's state in the URL hash, `#/explore/s=<payload>`, where the payload
 * is base64url of a compact JSON object:
 *
 *   { "v": schema version, "p": parameters that differ from the defaults, "s": seed,
 *     "r": replications (omitted when 1), "w": the open view }
 *
 * Opening a link recomputes identical numbers (same params, seed and replications). A link
 * from an older schema version is migrated; one that cannot be read throws a `ParamError`
 * naming the field (`link`, `v`, a parameter key, `s`, …), the value and what was expected.
 */
import { ParamError, SCHEMA_VERSION, diffFromDefaults, isPlainObject } from '../../models/params/index.ts';
import { readState, unknownKeys, type ScenarioState } from './scenario.ts';

/** The prefix of the explorer's route rest that carries a share payload. */
export const SHARE_PREFIX = 's=';
/** Longest payload read, characters (a full diff of every parameter is ~2,500). */
export const MAX_SHARE_CHARS = 8_192;
const SHARE_KEYS = ['v', 'p', 's', 'r', 'w'] as const;
const VIEW_PATTERN = /^[a-z-]{1,32}$/;

export interface SharedState extends ScenarioState {
  /** The view the link opens. */
  view: string;
}

/** UTF-8 text as base64url without padding. */
export function toBase64Url(textValue: string): string {
  const bytes = new TextEncoder().encode(textValue);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (padding optional) as UTF-8 text; throws a ParamError on anything else. */
export function fromBase64Url(payload: string, field = 'link'): string {
  const bare = payload.replace(/=+$/, '');
  if (!/^[A-Za-z0-9_-]*$/.test(bare) || bare.length % 4 === 1) {
    throw new ParamError(field, payload, 'base64url text (A–Z, a–z, 0–9, - and _)');
  }
  const binary = atob(bare.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ParamError(field, payload, 'base64url of UTF-8 text');
  }
}

/** The payload for a state (without the `s=` prefix). */
export function encodeShare(state: SharedState): string {
  const compact: Record<string, unknown> = { v: SCHEMA_VERSION, p: diffFromDefaults(state.params), s: state.seed };
  if (state.replications !== 1) compact.r = state.replications;
  compact.w = state.view;
  return toBase64Url(JSON.stringify(compact));
}

/** The route rest for a state: `s=<payload>`. */
export function shareRest(state: SharedState): string {
  return SHARE_PREFIX + encodeShare(state);
}

/** Whether a route rest carries a share payload (that may still be unreadable). */
export function isShareRest(rest: string): boolean {
  return rest.startsWith(SHARE_PREFIX);
}

/**
 * The state a payload describes, migrated and validated.
 * @throws ParamError for every unreadable payload: too long, not base64url, not JSON, an unknown
 *   or future version, an unknown key, a bad parameter (named), a bad seed or replications
 */
export function decodeShare(payload: string): SharedState {
  if (typeof payload !== 'string') throw new ParamError('link', payload, 'text');
  if (payload.length > MAX_SHARE_CHARS) {
    throw new ParamError('link', `${payload.length} characters`, `at most ${MAX_SHARE_CHARS} characters`);
  }
  const json = fromBase64Url(payload);
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch {
    throw new ParamError('link', json, 'a JSON object encoded in base64url');
  }
  if (!isPlainObject(input)) throw new ParamError('link', input, 'a JSON object encoded in base64url');
  const errors = unknownKeys(input, SHARE_KEYS, 'the link');
  const state = readState(input, errors, { version: 'v', params: 'p', seed: 's', replications: 'r' });
  const view = Object.prototype.hasOwnProperty.call(input, 'w') ? input.w : 'explore';
  if (typeof view !== 'string' || !VIEW_PATTERN.test(view)) errors.push(new ParamError('w', view, 'a view id (a–z and -)'));
  if (errors.length > 0 || !state) throw errors[0];
  return { ...state, view: view as string };
}

/** `decodeShare` of a route rest `s=<payload>`. */
export function decodeShareRest(rest: string): SharedState {
  return decodeShare(rest.slice(SHARE_PREFIX.length));
}
