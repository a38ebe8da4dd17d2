/**
 * The explorer's state across reloads and links. On start, in this order of precedence:
 * a share link in the URL, else the autosave (this tab's own after a reload, else the most
 * recent of any tab: ./autosave.ts has the rule), else the defaults; then the first run. While
 * the page is open, the URL hash follows the state (`#/explore/s=<payload>`, replaced, not
 * pushed, so the history stays clean) and the state is autosaved, debounced, under this tab's
 * key (./tab.ts).
 *
 * A link that cannot be read is reported (`linkError`, naming field, value and expectation)
 * and changes nothing: the user keeps the state they had (or the autosave, on a fresh load).
 * Storage that fails is reported too (./notices.svelte.ts), never silently: an autosave not
 * written offers the current scenario as a file; an autosave that could not be read is left
 * as it is (this tab writes under a fresh key); storage cleared under the open page gets the
 * current state written again, and says so.
 */
import { ParamError, type Params } from '../../models/params/index.ts';
import type { AppState } from '../state/app.svelte.ts';
import { parseHash, type Location } from '../route/route.svelte.ts';
import { i18n } from '../i18n/index.ts';
import { translate } from '../i18n/strings.ts';
import {
  AUTOSAVE_DEBOUNCE_MS,
  autosavesToPrune,
  chooseAutosave,
  toAutosave,
  type AutosaveRecord,
  type StoredAutosave,
} from './autosave.ts';
import { broadcast, listen } from './channel.ts';
import { notices } from './notices.svelte.ts';
import { newScenario, type Scenario } from './scenario.ts';
import { decodeShareRest, isShareRest, shareRest } from './share.ts';
import { asStorageError, type ResetReason } from './store.ts';
import { freshTabKey, tabKey } from './tab.ts';

/** The part of the router the session uses. */
export interface RouteLike {
  readonly current: Location;
  replaceRest(rest: string): void;
}

/** Where the autosaves live (IndexedDB in the app, ./store.ts; a stand-in in tests). */
export interface AutosaveStorage {
  /** Every tab's record. */
  loadAll(): Promise<StoredAutosave[]>;
  save(key: string, record: AutosaveRecord): Promise<void>;
  remove(keys: readonly string[]): Promise<void>;
  /** Be told when the storage is deleted or closed under the open page; returns the unsubscribe. */
  onReset?(listener: (reason: ResetReason) => void): () => void;
}

/** This tab's autosave key, and a fresh one (./tab.ts in the app). */
export interface TabKeys {
  current(): string;
  fresh(): string;
}

/** What an autosave record holds, without when: equal ids, equal states. */
function stateId(record: AutosaveRecord): string {
  return JSON.stringify([record.version, record.params, record.seed, record.replications]);
}

/** The view whose route rest carries the share payload. */
export const SHARE_VIEW = 'explore';

export class Session {
  /** Why the link in the URL could not be opened, or null. */
  linkError = $state.raw<ParamError | null>(null);
  /** Why the autosave could not be read or written, or null (the app still works). */
  autosaveError = $state<string | null>(null);
  /** Where the starting state came from. */
  restoredFrom = $state<'link' | 'autosave' | 'defaults'>('defaults');
  /** The autosave is being read (the explorer says so instead of "running the defaults"). */
  restoring = $state(false);

  readonly #app: AppState;
  readonly #route: RouteLike;
  readonly #storage: AutosaveStorage;
  readonly #tab: TabKeys;
  /** The key this tab writes its autosave under. */
  #key = '';
  #lastRest = '';
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #pending: AutosaveRecord | null = null;
  #stopEffects: (() => void) | null = null;
  /**
   * The state (as `stateId`) this tab last wrote, or started with: only a change from it is
   * written, so a tab that reloads or opens and changes nothing does not become "the most
   * recent" and hide the work of the tab that did change something.
   */
  #savedState: string | null = null;
  /** The last autosave write failed (its notice is up). */
  #writeFailed = false;
  /** This tab has written under `#key`: it is this tab's, and not given up to a live tab's claim. */
  #keyWritten = false;
  #unlisten: (() => void) | null = null;

  constructor(app: AppState, route: RouteLike, storage: AutosaveStorage, tab: TabKeys = { current: tabKey, fresh: freshTabKey }) {
    this.#app = app;
    this.#route = route;
    this.#storage = storage;
    this.#tab = tab;
  }

  /** The key this tab's autosave is written under. */
  get key(): string {
    return this.#key;
  }

  /** Restore (link > autosave > defaults), start the first run, then follow the state. */
  async start(): Promise<void> {
    this.#key = this.#tab.current();
    this.#claimKey();
    const location = this.#route.current;
    let restored = false;
    if (location.view === SHARE_VIEW && isShareRest(location.rest)) restored = this.openLink(location.rest);
    if (!restored) restored = await this.#restoreAutosave();
    if (!restored) this.restoredFrom = 'defaults';
    // Written only once changed, however it came: a reload carries its state in the hash, and
    // re-saving it would make an idle tab "the most recent" over one where work was done.
    this.#savedState = stateId(toAutosave({ params: this.#app.params, seed: this.#app.seed, replications: this.#app.replications }));
    void this.#app.runNow();
    this.#follow();
  }

  /** The explorer's current state as a scenario to download (named for now). */
  currentScenario(): Scenario {
    const stamp = new Date().toISOString().slice(0, 16).replace('T', ' ');
    const state = { params: this.#app.params, seed: this.#app.seed, replications: this.#app.replications };
    return newScenario(state, translate(i18n.lang, 'currentScenarioName', { date: stamp }));
  }

  /**
   * Open a share payload (`s=…`): apply it, or report why not and change nothing.
   * @returns whether it was applied
   */
  openLink(rest: string): boolean {
    try {
      const shared = decodeShareRest(rest);
      this.#app.applyState(shared);
      this.linkError = null;
      this.restoredFrom = 'link';
      this.#lastRest = rest;
      return true;
    } catch (error) {
      if (!(error instanceof ParamError)) throw error;
      this.linkError = error;
      return false;
    }
  }

  dismissLinkError(): void {
    this.linkError = null;
  }

  /** Write a pending autosave now (the page is being hidden or closed). */
  flush(): void {
    if (this.#saveTimer !== undefined) clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    const record = this.#pending;
    this.#pending = null;
    if (record) void this.#write(record);
  }

  /** The state on screen is stored: a failure reported before is over. */
  #wrote(): void {
    this.#writeFailed = false;
    this.autosaveError = null;
    notices.clear('autosave');
  }

  /** Write `record` under this tab's key; a failure is reported with the current scenario to download. */
  async #write(record: AutosaveRecord): Promise<boolean> {
    try {
      await this.#storage.save(this.#key, record);
      this.#savedState = stateId(record);
      this.#keyWritten = true;
      this.#wrote();
      return true;
    } catch (error) {
      const reason = asStorageError(error);
      this.#writeFailed = true;
      this.autosaveError = reason.message;
      notices.report({ source: 'autosave', message: 'autosaveFailed', reason, download: () => this.currentScenario() });
      return false;
    }
  }

  stop(): void {
    this.flush();
    this.#stopEffects?.();
    this.#stopEffects = null;
    this.#unlisten?.();
    this.#unlisten = null;
  }

  /** Testing seam for the reset path (Node has no IndexedDB to delete): as if the storage was cleared. */
  storageReset(reason: ResetReason): Promise<void> {
    return this.#storageReset(reason);
  }

  async #restoreAutosave(): Promise<boolean> {
    let records: StoredAutosave[];
    this.restoring = true;
    try {
      records = await this.#storage.loadAll();
    } catch (error) {
      // Not read, so not known: never write over it (this tab takes a fresh key), and say so.
      const reason = asStorageError(error);
      this.autosaveError = reason.message;
      this.#key = this.#tab.fresh();
      notices.report({ source: 'restore', message: 'autosaveNotRead', reason, download: () => this.currentScenario() });
      return false;
    } finally {
      this.restoring = false;
    }
    const choice = chooseAutosave(records, this.#key);
    const [firstUnreadable] = choice.unreadable;
    if (firstUnreadable) {
      this.autosaveError = firstUnreadable.error.message;
      if (firstUnreadable.key === this.#key) this.#key = this.#tab.fresh();
      notices.report({ source: 'restore', message: 'autosaveUnreadable', values: { message: firstUnreadable.error.message } });
    }
    const prune = autosavesToPrune(records, this.#key);
    if (prune.length > 0) this.#storage.remove(prune).catch(() => {}); // housekeeping: retried on the next start
    if (!choice.restored) return false;
    this.#app.applyState(choice.restored.state);
    this.restoredFrom = 'autosave';
    return true;
  }

  /**
   * A duplicated tab inherits its original's sessionStorage, and so its key: ask the live
   * tabs, and if one answers that the key is its own, take a fresh one before writing.
   */
  #claimKey(): void {
    this.#unlisten?.();
    this.#unlisten = listen((message) => {
      if (message.type === 'tab-hello' && message.key === this.#key) broadcast({ type: 'tab-taken', key: this.#key });
      // Only a newcomer gives its key up: once this tab has written under it, it is this tab's.
      else if (message.type === 'tab-taken' && message.key === this.#key && !this.#keyWritten) this.#key = this.#tab.fresh();
    });
    broadcast({ type: 'tab-hello', key: this.#key });
  }

  /** The storage was deleted or closed under the page: write the current state again, and say so. */
  async #storageReset(reason: ResetReason): Promise<void> {
    if (reason === 'upgraded') return; // a newer app in another tab: the next write says what to do
    const app = this.#app;
    clearTimeout(this.#saveTimer);
    this.#pending = null;
    if (await this.#write(toAutosave({ params: app.params, seed: app.seed, replications: app.replications }))) {
      notices.report({ source: 'reset', message: 'storageCleared' });
    }
  }

  /**
   * Bring the hash up to date and schedule the autosave, for the state given (the effect in
   * `#follow` calls it on every change; tests call it directly, as Node runs Svelte's server
   * build, where effects do not run).
   */
  sync(params: Params, seed: number, replications: number, view: string): void {
    const state = { params, seed, replications };
    const record = toAutosave(state);
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    // Unchanged from what is stored (or what the tab started with): nothing to write, and
    // nothing left unsaved if a write had failed.
    const unchanged = stateId(record) === this.#savedState;
    this.#pending = unchanged ? null : record;
    if (this.#pending) this.#saveTimer = setTimeout(() => this.flush(), AUTOSAVE_DEBOUNCE_MS);
    else if (this.#writeFailed) this.#wrote();
    if (view !== SHARE_VIEW) return;
    const rest = shareRest({ ...state, view });
    if (rest !== this.#route.current.rest) this.#route.replaceRest(rest);
    this.#lastRest = rest;
  }

  /** Keep the hash and the autosave in step with the state; open links pasted later. */
  #follow(): void {
    const app = this.#app;
    const route = this.#route;
    const stopReset = this.#storage.onReset?.((reason) => void this.#storageReset(reason));
    const effects = $effect.root(() => {
      $effect(() => this.sync(app.params, app.seed, app.replications, route.current.view));
    });
    this.#stopEffects = () => {
      effects();
      stopReset?.();
    };
    if (typeof window === 'undefined') return;
    // Read the new hash from the event: the router's own listener runs first, and the effect
    // above may already have rewritten the hash to the current state by the time this runs.
    const onHash = (event: HashChangeEvent) => {
      const location = parseHash(new URL(event.newURL).hash, SHARE_VIEW);
      if (location.view === SHARE_VIEW && isShareRest(location.rest) && location.rest !== this.#lastRest) {
        this.openLink(location.rest);
      }
    };
    const onHide = () => {
      if (document.visibilityState === 'hidden') this.flush();
    };
    window.addEventListener('hashchange', onHash);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', () => this.flush());
    const stopRoot = this.#stopEffects;
    this.#stopEffects = () => {
      stopRoot();
      window.removeEventListener('hashchange', onHash);
      document.removeEventListener('visibilitychange', onHide);
    };
  }
}
