/**
 * The explorer's state across reloads and links. On start, in this order of precedence:
 * a share link in the URL, else the autosave, else the defaults; then the first run. While
 * the page is open, the URL hash follows the state (`#/explore/s=<payload>`, replaced, not
 * pushed, so the history stays clean) and the state is autosaved, debounced.
 *
 * A link that cannot be read is reported (`linkError`, naming field, value and expectation)
 * and changes nothing: the user keeps the state they had (or the autosave, on a fresh load).
 */
import { ParamError, type Params } from '../../models/params/index.ts';
import type { AppState } from '../state/app.svelte.ts';
import { parseHash, type Location } from '../route/route.svelte.ts';
import { AUTOSAVE_DEBOUNCE_MS, readAutosave, toAutosave, type AutosaveRecord } from './autosave.ts';
import { decodeShareRest, isShareRest, shareRest } from './share.ts';

/** The part of the router the session uses. */
export interface RouteLike {
  readonly current: Location;
  replaceRest(rest: string): void;
}

/** Where the autosave lives (IndexedDB in the app; a stand-in in tests). */
export interface AutosaveStorage {
  load(): Promise<unknown>;
  save(record: AutosaveRecord): Promise<void>;
}

/** The view whose route rest carries the share payload. */
export const SHARE_VIEW = 'explore';
/** Give up waiting for storage after this long and start with the defaults, ms. */
export const STORAGE_TIMEOUT_MS = 2000;

export class Session {
  /** Why the link in the URL could not be opened, or null. */
  linkError = $state.raw<ParamError | null>(null);
  /** Why the autosave could not be read or written, or null (the app still works). */
  autosaveError = $state<string | null>(null);
  /** Where the starting state came from. */
  restoredFrom = $state<'link' | 'autosave' | 'defaults'>('defaults');

  readonly #app: AppState;
  readonly #route: RouteLike;
  readonly #storage: AutosaveStorage;
  #lastRest = '';
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #pending: AutosaveRecord | null = null;
  #stopEffects: (() => void) | null = null;

  constructor(app: AppState, route: RouteLike, storage: AutosaveStorage) {
    this.#app = app;
    this.#route = route;
    this.#storage = storage;
  }

  /** Restore (link > autosave > defaults), start the first run, then follow the state. */
  async start(): Promise<void> {
    const location = this.#route.current;
    let restored = false;
    if (location.view === SHARE_VIEW && isShareRest(location.rest)) restored = this.openLink(location.rest);
    if (!restored) restored = await this.#restoreAutosave();
    if (!restored) this.restoredFrom = 'defaults';
    void this.#app.runNow();
    this.#follow();
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
    if (record) {
      this.#storage.save(record).then(
        () => (this.autosaveError = null),
        (error: unknown) => (this.autosaveError = error instanceof Error ? error.message : String(error)),
      );
    }
  }

  stop(): void {
    this.flush();
    this.#stopEffects?.();
    this.#stopEffects = null;
  }

  async #restoreAutosave(): Promise<boolean> {
    let raw: unknown;
    try {
      raw = await Promise.race([
        this.#storage.load(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('storage did not answer')), STORAGE_TIMEOUT_MS)),
      ]);
    } catch (error) {
      this.autosaveError = error instanceof Error ? error.message : String(error);
      return false;
    }
    if (raw === undefined || raw === null) return false;
    try {
      this.#app.applyState(readAutosave(raw));
      this.restoredFrom = 'autosave';
      return true;
    } catch (error) {
      if (!(error instanceof ParamError)) throw error;
      this.autosaveError = error.message; // an unreadable autosave: start from the defaults
      return false;
    }
  }

  /**
   * Bring the hash up to date and schedule the autosave, for the state given (the effect in
   * `#follow` calls it on every change; tests call it directly, as Node runs Svelte's server
   * build, where effects do not run).
   */
  sync(params: Params, seed: number, replications: number, view: string): void {
    const state = { params, seed, replications };
    this.#pending = toAutosave(state);
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.flush(), AUTOSAVE_DEBOUNCE_MS);
    if (view !== SHARE_VIEW) return;
    const rest = shareRest({ ...state, view });
    if (rest !== this.#route.current.rest) this.#route.replaceRest(rest);
    this.#lastRest = rest;
  }

  /** Keep the hash and the autosave in step with the state; open links pasted later. */
  #follow(): void {
    const app = this.#app;
    const route = this.#route;
    this.#stopEffects = $effect.root(() => {
      $effect(() => this.sync(app.params, app.seed, app.replications, route.current.view));
    });
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
