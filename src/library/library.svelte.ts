/**
 * The Library's state: the saved scenarios, and what the user does with them (save the
 * current one, open, rename, duplicate, delete with undo, import and export files). Storage
 * is IndexedDB through src/persistence; every record read is checked there.
 */
import { MAX_INPUT_FILE_BYTES, ParamError } from '../../models/params/index.ts';
import {
  MAX_NAME,
  deleteScenario,
  exportScenario,
  importScenarioText,
  listScenarios,
  newId,
  putScenario,
  sizeError,
  type KpiSummary,
  type Scenario,
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
  loaded = $state(false);
  /** Storage failed (blocked, full, …): the message. */
  error = $state<string | null>(null);
  /** The file that failed to import and every problem in it. */
  importErrors = $state.raw<{ file: string; errors: ParamError[] } | null>(null);
  toast = $state.raw<Toast | null>(null);
  #toastTimer: ReturnType<typeof setTimeout> | undefined;

  #t(key: MessageKey, values?: Record<string, string | number>): string {
    return translate(i18n.lang, key, values);
  }

  async refresh(): Promise<void> {
    await this.#guard(async () => {
      const { scenarios, unreadable } = await listScenarios();
      this.scenarios = scenarios;
      this.unreadable = unreadable;
      this.loaded = true;
    });
  }

  /** Save the explorer's current state under a name. */
  async saveCurrent(name: string, notes: string): Promise<Scenario | null> {
    const now = Date.now();
    const scenario: Scenario = {
      id: newId(),
      name: checkName(name),
      notes,
      params: app.params,
      seed: app.seed,
      replications: app.replications,
      summary: this.#summary(),
      experiment: null,
      createdAt: now,
      updatedAt: now,
    };
    const ok = await this.#guard(() => putScenario(scenario));
    if (!ok) return null;
    this.#show({ message: this.#t('saved', { name: scenario.name }) });
    await this.refresh();
    return scenario;
  }

  /** Load a scenario into the explorer and show it there. */
  open(scenario: Scenario): void {
    app.applyState(scenario);
    route.go('explore');
  }

  async rename(scenario: Scenario, name: string): Promise<void> {
    const next = { ...scenario, name: checkName(name), updatedAt: Date.now() };
    if (await this.#guard(() => putScenario(next))) await this.refresh();
  }

  async duplicate(scenario: Scenario): Promise<void> {
    const now = Date.now();
    const name = this.#t('copyOf', { name: scenario.name }).slice(0, MAX_NAME);
    const copy: Scenario = { ...scenario, id: newId(), name, createdAt: now, updatedAt: now };
    if (await this.#guard(() => putScenario(copy))) await this.refresh();
  }

  /** Delete, with a toast whose Undo writes the same record back. */
  async remove(scenario: Scenario): Promise<void> {
    if (!(await this.#guard(() => deleteScenario(scenario.id)))) return;
    await this.refresh();
    this.#show({
      message: this.#t('deleted', { name: scenario.name }),
      undo: async () => {
        if (await this.#guard(() => putScenario(scenario))) {
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
    if (await this.#guard(() => putScenario(scenario))) {
      await this.refresh();
      this.#show({ message: this.#t('imported', { name: scenario.name }) });
    }
  }

  /** Download a scenario as a JSON file. */
  exportFile(scenario: Scenario): void {
    const { fileName, text } = exportScenario(scenario);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  #summary(): KpiSummary | null {
    const result = app.result;
    if (!result || app.running) return null;
    const summary: KpiSummary = {};
    for (const key of CARD_KPI_KEYS) summary[key] = kpiValue(result.summary, key);
    return summary;
  }

  #show(toast: Toast): void {
    clearTimeout(this.#toastTimer);
    this.toast = toast;
    this.#toastTimer = setTimeout(() => (this.toast = null), TOAST_MS);
  }

  async #guard(action: () => Promise<void>): Promise<boolean> {
    try {
      await action();
      this.error = null;
      return true;
    } catch (error) {
      this.error = this.#t('storageFailed', { message: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }
}

export const library = new Library();
