import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION, defaultParams } from '../../../models/params/index.ts';
import type { RunResult } from '../../../models/output/contract.ts';
import { AppState, type Runner } from '../../../src/state/app.svelte.ts';
import { Session, type AutosaveStorage, type RouteLike } from '../../../src/persistence/session.svelte.ts';
import { shareRest, toBase64Url } from '../../../src/persistence/share.ts';
import { readAutosave, toAutosave, type AutosaveRecord, type StoredAutosave } from '../../../src/persistence/autosave.ts';
import { notices } from '../../../src/persistence/notices.svelte.ts';
import { StorageError } from '../../../src/persistence/store.ts';
import type { Location } from '../../../src/route/route.svelte.ts';

/** A stand-in for IndexedDB's autosave store: a map of key → record, and optionally a failure. */
function memoryStorage(records: StoredAutosave[] = []) {
  const stored = new Map(records.map((r) => [r.key, r.value]));
  const writes: { key: string; record: AutosaveRecord }[] = [];
  const removed: string[] = [];
  let resetListener: ((reason: 'deleted' | 'closed' | 'upgraded') => void) | undefined;
  const control = { failLoad: null as Error | null, failSave: null as Error | null };
  const storage: AutosaveStorage = {
    loadAll: async () => {
      if (control.failLoad) throw control.failLoad;
      return [...stored].map(([key, value]) => ({ key, value }));
    },
    save: async (key, record) => {
      if (control.failSave) throw control.failSave;
      stored.set(key, record);
      writes.push({ key, record });
    },
    remove: async (keys) => {
      for (const key of keys) stored.delete(key);
      removed.push(...keys);
    },
    onReset: (listener) => {
      resetListener = listener;
      return () => (resetListener = undefined);
    },
  };
  return { storage, stored, writes, removed, control, reset: (reason: 'deleted' | 'closed') => resetListener?.(reason) };
}

function setup(location: Location, records: StoredAutosave[] = [], key = 'tab:self') {
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
  const memory = memoryStorage(records);
  let fresh = 0;
  const session = new Session(app, route, memory.storage, { current: () => key, fresh: () => `tab:fresh${++fresh}` });
  return { app, route, session, requests, ...memory };
}

const linkOf = (state: { params: ReturnType<typeof defaultParams>; seed: number; replications: number }) => shareRest({ ...state, view: 'explore' });
const saved = (overrides: Partial<ReturnType<typeof defaultParams>>, seed: number, savedAt: number) =>
  toAutosave({ params: { ...defaultParams(), ...overrides }, seed, replications: 1 }, savedAt);
const home: Location = { view: 'explore', rest: '' };

describe('the session', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    notices.list = [];
  });
  afterEach(() => vi.useRealTimers());

  it('opens a share link in the URL in preference to the autosave', async () => {
    const linked = { params: { ...defaultParams(), groups: 30 }, seed: 11, replications: 2 };
    const { app, session, writes } = setup({ view: 'explore', rest: linkOf(linked) }, [{ key: 'tab:self', value: saved({ groups: 5 }, 1, 1) }]);
    await session.start();
    expect(session.restoredFrom).toBe('link');
    expect({ params: app.params, seed: app.seed, replications: app.replications }).toEqual(linked);
    session.sync(app.params, app.seed, app.replications, 'explore');
    await vi.advanceTimersByTimeAsync(1000);
    // Not written until changed: a reload carries the state in its link, and is no new work.
    expect(writes).toEqual([]);
    session.stop();
  });

  it('restores the autosave when there is no link, then runs once', async () => {
    const { app, session, requests } = setup(home, [{ key: 'tab:self', value: saved({ staff: 9 }, 3, 1) }]);
    await session.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(session.restoredFrom).toBe('autosave');
    expect(app.params.staff).toBe(9);
    expect(requests).toHaveLength(1);
    session.stop();
  });

  it('reports a corrupt link by field, value and expectation, and keeps the autosaved state', async () => {
    const bad = `s=${toBase64Url(JSON.stringify({ v: SCHEMA_VERSION, p: { staff: -4 }, s: 1 }))}`;
    const { app, session } = setup({ view: 'explore', rest: bad }, [{ key: 'tab:self', value: saved({ staff: 9 }, 3, 1) }]);
    await session.start();
    expect(session.linkError?.message).toBe('invalid staff: -4 (expected an integer 0–1000)');
    expect(session.restoredFrom).toBe('autosave');
    expect(app.params.staff).toBe(9);
    session.stop();
  });

  it('keeps the current state when a later link cannot be read', async () => {
    const { app, session } = setup(home);
    await session.start();
    app.setParam('staff', 4);
    expect(session.openLink('s=@@@')).toBe(false);
    expect(session.linkError?.field).toBe('link');
    expect(app.params.staff).toBe(4);
    session.stop();
  });

  it('keeps the hash and the autosave in step with the state (debounced)', async () => {
    const { app, route, session, writes } = setup(home);
    await session.start();
    await vi.advanceTimersByTimeAsync(0);
    app.setParam('groups', 40);
    session.sync(app.params, app.seed, app.replications, 'explore'); // the effect's call (effects do not run in Node)
    app.setSeed(8);
    session.sync(app.params, app.seed, app.replications, 'explore');
    await vi.advanceTimersByTimeAsync(0);
    expect(route.current.rest).toBe(linkOf({ params: app.params, seed: 8, replications: 1 }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({ key: 'tab:self', record: { params: { groups: 40 }, seed: 8, replications: 1 } });
    session.stop();
  });
});

describe('the autosave rule with several tabs', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    notices.list = [];
  });
  afterEach(() => vi.useRealTimers());

  const twoTabs = [
    { key: 'tab:self', value: saved({ staff: 2 }, 2, 1_000) },
    { key: 'tab:other', value: saved({ staff: 7 }, 7, 2_000) }, // more recent
  ];

  it('restores this tab\'s own record on a reload, even when another tab saved since', async () => {
    const { app, session } = setup(home, twoTabs, 'tab:self');
    await session.start();
    expect(app.params.staff).toBe(2);
    session.stop();
  });

  it('restores the most recent record of any tab on a fresh open', async () => {
    const { app, session } = setup(home, twoTabs, 'tab:new');
    await session.start();
    expect(app.params.staff).toBe(7);
    session.stop();
  });

  it('writes only under its own key: another tab\'s record is never overwritten', async () => {
    const { app, session, stored } = setup(home, twoTabs, 'tab:new');
    await session.start();
    app.setParam('staff', 5);
    session.sync(app.params, app.seed, app.replications, 'explore');
    await vi.advanceTimersByTimeAsync(1000);
    expect(readAutosave(stored.get('tab:new')).params.staff).toBe(5);
    expect(stored.get('tab:other')).toEqual(twoTabs[1].value);
    expect(stored.get('tab:self')).toEqual(twoTabs[0].value);
    session.stop();
  });

  it('starts from the defaults when its own record is unreadable, says why, and writes under a fresh key', async () => {
    const records = [{ key: 'tab:self', value: { version: 2, params: { population: 'lots' }, seed: 1, savedAt: 5 } }];
    const { app, session, stored } = setup(home, records);
    await session.start();
    expect(session.restoredFrom).toBe('defaults');
    expect(session.autosaveError).toBe('invalid population: "lots" (expected an integer 1000–1000000000)');
    expect(notices.list.map((n) => n.source)).toEqual(['restore']);
    expect(app.params).toEqual(defaultParams());
    expect(session.key).toBe('tab:fresh1');
    app.setParam('groups', 3);
    session.sync(app.params, app.seed, app.replications, 'explore');
    await vi.advanceTimersByTimeAsync(1000);
    expect(stored.get('tab:self')).toEqual(records[0].value); // left as it was
    expect(readAutosave(stored.get('tab:fresh1')).params.groups).toBe(3);
    session.stop();
  });

  it('starts from the defaults when the storage does not answer, and never writes over what it could not read', async () => {
    const { app, session, control, writes } = setup(home, twoTabs, 'tab:self');
    control.failLoad = new StorageError('timeout', 'the browser storage did not answer within 10 s (reading the autosave)');
    await session.start();
    expect(session.restoredFrom).toBe('defaults');
    expect(session.autosaveError).toMatch(/did not answer/);
    expect(notices.list[0]).toMatchObject({ source: 'restore', message: 'autosaveNotRead' });
    control.failLoad = null;
    app.setParam('groups', 3);
    session.sync(app.params, app.seed, app.replications, 'explore');
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes.map((w) => w.key)).toEqual(['tab:fresh1']);
    session.stop();
  });

  it('reports an autosave it could not write, with the current scenario to download, until one succeeds', async () => {
    const { app, session, control } = setup(home);
    await session.start();
    control.failSave = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    app.setParam('groups', 33);
    session.sync(app.params, app.seed, app.replications, 'explore');
    await vi.advanceTimersByTimeAsync(1000);
    const [notice] = notices.list;
    expect(notice).toMatchObject({ source: 'autosave', message: 'autosaveFailed' });
    expect(notice.reason?.reason).toBe('quota');
    const file = notice.download!();
    expect(file.params.groups).toBe(33);
    expect(file.seed).toBe(app.seed);
    control.failSave = null;
    session.sync(app.params, app.seed, app.replications, 'explore');
    await vi.advanceTimersByTimeAsync(1000);
    expect(notices.list).toEqual([]);
    expect(session.autosaveError).toBeNull();
    session.stop();
  });

  it('clears a failed autosave\'s notice when the state goes back to what is stored', async () => {
    const { app, session, control, writes } = setup(home);
    await session.start();
    control.failSave = new StorageError('quota', 'full');
    app.setParam('groups', 33);
    session.sync(app.params, app.seed, app.replications, 'explore');
    await vi.advanceTimersByTimeAsync(1000);
    expect(notices.list).toHaveLength(1);
    control.failSave = null;
    app.resetParam('groups'); // back to the state the tab started with: nothing is unsaved
    session.sync(app.params, app.seed, app.replications, 'explore');
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual([]);
    expect(notices.list).toEqual([]);
    session.stop();
  });

  it('writes the current state again when the storage is cleared under the page, and says so', async () => {
    const { app, session, stored, reset } = setup(home);
    await session.start();
    app.setParam('groups', 21);
    stored.clear();
    reset('deleted');
    await vi.advanceTimersByTimeAsync(0);
    expect(readAutosave(stored.get('tab:self')).params.groups).toBe(21);
    expect(notices.list.map((n) => n.message)).toEqual(['storageCleared']);
    session.stop();
  });

  it('writes nothing until the state changes from the one it started with, so an idle tab is never "the most recent"', async () => {
    const { app, session, writes } = setup(home, twoTabs, 'tab:new');
    await session.start();
    session.sync(app.params, app.seed, app.replications, 'explore'); // the restored state, unchanged
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual([]);
    app.setParam('staff', 8);
    session.sync(app.params, app.seed, app.replications, 'explore');
    app.setParam('staff', 7); // and back, before the debounce: unchanged again
    session.sync(app.params, app.seed, app.replications, 'explore');
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual([]);
    app.setParam('staff', 6);
    session.sync(app.params, app.seed, app.replications, 'explore');
    session.flush(); // the page is hidden: written now
    await vi.advanceTimersByTimeAsync(0);
    expect(writes.map((w) => [w.key, w.record.params.staff])).toEqual([['tab:new', 6]]);
    session.stop();
  });

  it('keeps at most MAX_AUTOSAVES records, pruning the oldest, never its own', async () => {
    const records = Array.from({ length: 25 }, (_, i) => ({ key: `tab:t${i}`, value: saved({}, i, 1_000 + i) }));
    const { session, removed } = setup(home, [...records, { key: 'tab:self', value: saved({}, 1, 0) }]);
    await session.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(removed.sort()).toEqual(['tab:t0', 'tab:t1', 'tab:t2', 'tab:t3', 'tab:t4', 'tab:t5'].sort());
    session.stop();
  });
});
