/**
 * The Library's state: the saved scenarios, and what the user does with them (save the
 * current one, open, rename, duplicate, delete with undo, import and export files). Storage
 * is IndexedDB through src/persistence; every record read is checked there.
 *
 * With several tabs open, each tab's list follows the others' changes (a broadcast from the
 * store, src/persistence/channel.ts). A rename or duplicate works on the record as stored now,
 * never on this tab's copy: one deleted elsewhere is reported gone, not written back. A write
 * that fails is reported as a notice (src/persistence/notices.svelte.ts) that names what was
 * not saved and offers it as a file; a list that cannot be loaded says so here, with Retry.
 */
import { MAX_INPUT_FILE_BYTES, ParamError } from '../../models/params/index.ts';
import {
  MAX_NAME,
  asStorageError,
  deleteScenario,
  downloadScenario,
  getScenario,
  importScenarioText,
  listScenarios,
  listen,
  newId,
  newScenario,
  notices,
  onStorageReset,
  putScenario,
  sizeError,
  updateScenario,
  type KpiSummary,
  type Scenario,
  type StorageError,
  type Unreadable,
} from '../persistence/index.ts';
import { app } from '../state/index.ts';
import { CARD_KPI_KEYS, kpiValue } from '../state/kpis.ts';
import { route } from '../route/route.svelte.ts';
import { translate, type MessageKey } from '../i18n/strings.ts';
import { i18n } from '../i18n/index.ts';

/** A message at the bottom of the library, optionally with an Undo. */
export interface Toast {
  message: string;
  undo?: () => Promise<void>;
}

/** How long a toast (and its Undo) stays, ms. */
export const TOAST_MS = 10_000;

/** A name as typed, trimmed; a ParamError when empty or too long. */
export function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > MAX_NAME) {
    throw new ParamError('name', name, `text of 1–${MAX_NAME} characters`);
  }
  return trimmed;
}

class Library {
  scenarios = $state.raw<Scenario[]>([]);
  unreadable = $state.raw<Unreadable[]>([]);
  /** The list has been loaded at least once. */
  loaded = $state(false);
  /** A load of the list is under way. */
  loading = $state(false);
  /** Why the list could not be loaded (storage blocked, hung, …), or null. */
  loadError = $state.raw<StorageError | null>(null);
  /** The file that failed to import and every problem in it. */
  importErrors = $state.raw<{ file: string; errors: ParamError[] } | null>(null);
  toast = $state.raw<Toast | null>(null);
  #toastTimer: ReturnType<typeof setTimeout> | undefined;
  /** The load under way, and whether another was asked for meanwhile. */
  #refreshing: Promise<void> | null = null;
  #refreshAgain = false;

  constructor() {
    if (typeof window === 'undefined') return;
    // Another tab changed the saved scenarios: show what is stored now.
    listen((message) => {
      if (message.type === 'scenarios-changed' && this.loaded) void this.refresh();
    });
    onStorageReset((reason) => {
      if (reason !== 'upgraded') void this.#afterReset();
    });
  }

  #t(key: MessageKey, values?: Record<string, string | number>): string {
    return translate(i18n.lang, key, values);
  }

  /**
   * Load the list (again). A call while a load is under way makes one more load after it, and
   * resolves when that one is done: the list is then what storage holds after the call.
   */
  refresh(): Promise<void> {
    if (this.#refreshing) {
      this.#refreshAgain = true;
      return this.#refreshing;
    }
    this.#refreshing = (async () => {
      do {
        this.#refreshAgain = false;
        await this.#load();
      } while (this.#refreshAgain);
    })().finally(() => (this.#refreshing = null));
    return this.#refreshing;
  }

  async #load(): Promise<void> {
    this.loading = true;
    try {
      const { scenarios, unreadable } = await listScenarios();
      this.scenarios = scenarios;
      this.unreadable = unreadable;
      this.loaded = true;
      this.loadError = null;
    } catch (error) {
      this.loadError = asStorageError(error);
    } finally {
      this.loading = false;
    }
  }

  /** Save the explorer's current state under a name. */
  async saveCurrent(name: string, notes: string): Promise<Scenario | null> {
    const state = { params: app.params, seed: app.seed, replications: app.replications };
    const scenario = newScenario(state, checkName(name), { notes, summary: this.#summary() });
    if (!(await this.#write(() => putScenario(scenario), 'notSavedScenario', scenario))) return null;
    this.#show({ message: this.#t('saved', { name: scenario.name }) });
    await this.refresh();
    return scenario;
  }

  /** Load a scenario into the explorer and show it there. */
  open(scenario: Scenario): void {
    app.applyState(scenario);
    route.go('explore');
  }

  /** Rename the stored scenario (as it is now); one deleted in another tab stays deleted. */
  async rename(scenario: Scenario, name: string): Promise<void> {
    const next = checkName(name);
    await this.#write(() => updateScenario(scenario.id, (current) => ({ ...current, name: next, updatedAt: Date.now() })), 'notRenamed', scenario);
    await this.refresh();
  }

  /** Copy the stored scenario (as it is now); one deleted in another tab is not brought back. */
  async duplicate(scenario: Scenario): Promise<void> {
    await this.#write(async () => {
      const current = await getScenario(scenario.id);
      const now = Date.now();
      const name = this.#t('copyOf', { name: current.name }).slice(0, MAX_NAME);
      await putScenario({ ...current, id: newId(), name, createdAt: now, updatedAt: now });
    }, 'notDuplicated', scenario);
    await this.refresh();
  }

  /** Delete, with a toast whose Undo writes the same record back (the user's own choice). */
  async remove(scenario: Scenario): Promise<void> {
    if (!(await this.#write(() => deleteScenario(scenario.id), 'notDeleted', scenario))) return;
    await this.refresh();
    this.#show({
      message: this.#t('deleted', { name: scenario.name }),
      undo: async () => {
        if (await this.#write(() => putScenario(scenario), 'notRestored', scenario)) {
          await this.refresh();
          this.#show({ message: this.#t('restored', { name: scenario.name }) });
        }
      },
    });
  }

  async undo(): Promise<void> {
    const undo = this.toast?.undo;
    this.dismissToast();
    await undo?.();
  }

  dismissToast(): void {
    clearTimeout(this.#toastTimer);
    this.toast = null;
  }

  /** Import one scenario file: all of it, or nothing and every problem listed. */
  async importFile(file: File): Promise<void> {
    this.importErrors = null;
    if (file.size > MAX_INPUT_FILE_BYTES) {
      this.importErrors = { file: file.name, errors: [sizeError(file.size)] };
      return;
    }
    const { scenario, errors } = importScenarioText(await file.text(), file.size);
    if (!scenario) {
      this.importErrors = { file: file.name, errors };
      return;
    }
    if (await this.#write(() => putScenario(scenario), 'notImported', scenario, { file: file.name })) {
      await this.refresh();
      this.#show({ message: this.#t('imported', { name: scenario.name }) });
    }
  }

  /** Download a scenario as a JSON file. */
  exportFile(scenario: Scenario): void {
    downloadScenario(scenario);
  }

  /**
   * The storage was deleted or closed under the page: reload the list, and offer to write back
   * the scenarios this tab was showing that are gone with it.
   */
  async #afterReset(): Promise<void> {
    if (!this.loaded) return;
    const before = this.scenarios;
    await this.refresh();
    const kept = new Set(this.scenarios.map((s) => s.id));
    const lost = before.filter((s) => !kept.has(s.id));
    if (lost.length === 0) return;
    notices.report({
      source: 'lost',
      message: 'scenariosLost',
      values: { n: lost.length },
      action: {
        label: 'saveAgain',
        run: async () => {
          if (await this.#write(async () => {
            for (const scenario of lost) await putScenario(scenario);
          }, 'notRestored', lost[0])) notices.clear('lost');
          await this.refresh();
        },
      },
    });
  }

  #summary(): KpiSummary | null {
    const result = app.result;
    // A result still running, or one for earlier settings, is not this scenario's.
    if (!result || app.running || app.stale) return null;
    const summary: KpiSummary = {};
    for (const key of CARD_KPI_KEYS) summary[key] = kpiValue(result.summary, key);
    return summary;
  }

  #show(toast: Toast): void {
    clearTimeout(this.#toastTimer);
    this.toast = toast;
    this.#toastTimer = setTimeout(() => (this.toast = null), TOAST_MS);
  }

  /**
   * Run a storage write. A record gone from storage (deleted in another tab) is said in a
   * toast; any other failure becomes a notice naming `scenario`, with it to download.
   * @returns whether it succeeded
   */
  async #write(action: () => Promise<unknown>, failed: MessageKey, scenario: Scenario, values: Record<string, string> = {}): Promise<boolean> {
    try {
      await action();
      notices.clear('library');
      return true;
    } catch (error) {
      const reason = asStorageError(error);
      if (reason.reason === 'missing') {
        this.#show({ message: this.#t('scenarioGone', { name: scenario.name }) });
      } else {
        notices.report({ source: 'library', message: failed, values: { name: scenario.name, ...values }, reason, download: () => scenario });
      }
      return false;
    }
  }
}

export const library = new Library();
