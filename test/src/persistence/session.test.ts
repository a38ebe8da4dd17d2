import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION, defaultParams } from '../../../models/params/index.ts';
import type { RunResult } from '../../../models/output/contract.ts';
import { AppState, type Runner } from '../../../src/state/app.svelte.ts';
import { Session, type RouteLike } from '../../../src/persistence/session.svelte.ts';
import { shareRest, toBase64Url } from '../../../src/persistence/share.ts';
import { toAutosave, type AutosaveRecord } from '../../../src/persistence/autosave.ts';
import type { Location } from '../../../src/route/route.svelte.ts';

function setup(location: Location, saved?: unknown) {
  const requests: unknown[] = [];
  const runner: Runner = {
    run: (request) => {
      requests.push(request);
      return Promise.resolve({ status: 'done', result: { seed: request.seed } as unknown as RunResult, elapsedMs: 1 });
    },
  };
  const app = new AppState(runner);
  const route: RouteLike & { current: Location; writes: string[] } = {
    current: location,
    writes: [],
    replaceRest(rest) {
      this.writes.push(rest);
      this.current = { view: this.current.view, rest };
    },
  };
  const written: AutosaveRecord[] = [];
  const session = new Session(app, route, { load: async () => saved, save: async (record) => void written.push(record) });
  return { app, route, session, requests, written };
}

const linkOf = (state: { params: ReturnType<typeof defaultParams>; seed: number; replications: number }) => shareRest({ ...state, view: 'explore' });

describe('the session', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens a share link in the URL in preference to the autosave', async () => {
    const linked = { params: { ...defaultParams(), groups: 30 }, seed: 11, replications: 2 };
    const saved = toAutosave({ params: { ...defaultParams(), groups: 5 }, seed: 1, replications: 1 });
    const { app, session } = setup({ view: 'explore', rest: linkOf(linked) }, saved);
    await session.start();
    expect(session.restoredFrom).toBe('link');
    expect({ params: app.params, seed: app.seed, replications: app.replications }).toEqual(linked);
    session.stop();
  });

  it('restores the autosave when there is no link, then runs once', async () => {
    const saved = toAutosave({ params: { ...defaultParams(), staff: 9 }, seed: 3, replications: 1 });
    const { app, session, requests } = setup({ view: 'explore', rest: '' }, saved);
    await session.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(session.restoredFrom).toBe('autosave');
    expect(app.params.staff).toBe(9);
    expect(requests).toHaveLength(1);
    session.stop();
  });

  it('reports a corrupt link by field, value and expectation, and keeps the autosaved state', async () => {
    const saved = toAutosave({ params: { ...defaultParams(), staff: 9 }, seed: 3, replications: 1 });
    const bad = `s=${toBase64Url(JSON.stringify({ v: SCHEMA_VERSION, p: { staff: -4 }, s: 1 }))}`;
    const { app, session } = setup({ view: 'explore', rest: bad }, saved);
    await session.start();
    expect(session.linkError?.message).toBe('invalid staff: -4 (expected an integer 0–1000)');
    expect(session.restoredFrom).toBe('autosave');
    expect(app.params.staff).toBe(9);
    session.stop();
  });

  it('keeps the current state when a later link cannot be read', async () => {
    const { app, session } = setup({ view: 'explore', rest: '' });
    await session.start();
    app.setParam('staff', 4);
    expect(session.openLink('s=@@@')).toBe(false);
    expect(session.linkError?.field).toBe('link');
    expect(app.params.staff).toBe(4);
    session.stop();
  });

  it('starts from the defaults when the autosave is unreadable, and says why', async () => {
    const { app, session } = setup({ view: 'explore', rest: '' }, { version: SCHEMA_VERSION, params: { population: 'lots' }, seed: 1 });
    await session.start();
    expect(session.restoredFrom).toBe('defaults');
    expect(session.autosaveError).toBe('invalid population: "lots" (expected an integer 1000–1000000000)');
    expect(app.params).toEqual(defaultParams());
    session.stop();
  });

  it('keeps the hash and the autosave in step with the state (debounced)', async () => {
    const { app, route, session, written } = setup({ view: 'explore', rest: '' });
    await session.start();
    await vi.advanceTimersByTimeAsync(0);
    app.setParam('groups', 40);
    session.sync(app.params, app.seed, app.replications, 'explore'); // the effect's call (effects do not run in Node)
    app.setSeed(8);
    session.sync(app.params, app.seed, app.replications, 'explore');
    await vi.advanceTimersByTimeAsync(0);
    expect(route.current.rest).toBe(linkOf({ params: app.params, seed: 8, replications: 1 }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(written.at(-1)).toMatchObject({ params: { groups: 40 }, seed: 8, replications: 1 });
    expect(written).toHaveLength(1);
    session.stop();
  });
});
