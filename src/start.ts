/**
 * The app's start, loaded by main.ts once the worker is on its way: the language on <html>,
 * the restored state and the first run, then the app.
 */
import { mount } from 'svelte';
import App from './App.svelte';
import { i18n } from './i18n/index.ts';
import { session } from './persistence/index.ts';
import { installTestHooks } from './sim/testHook.ts';
import { app, client } from './state/index.ts';

/**
 * The longest the app waits to mount for the first run to be sent to a started worker, ms.
 * Mounting is the page's longest task, and a module worker's start waits on the main thread:
 * mounting first held the first run back by the whole mount (~0.3–0.4 s in Chromium traces).
 */
const MOUNT_WAIT_MS = 400;

export async function start(): Promise<void> {
  i18n.applyToDocument();
  installTestHooks(client, app);
  // The first run: a share link in the URL wins over the autosave, which wins over the defaults.
  const firstRunSent = session.start();
  firstRunSent.catch((error: unknown) => console.error(error));
  await Promise.race([
    Promise.allSettled([firstRunSent, client.started()]),
    new Promise((resolve) => setTimeout(resolve, MOUNT_WAIT_MS)),
  ]);

  const target = document.getElementById('app');
  if (!target) throw new Error('index.html has no #app element');
  target.replaceChildren(); // index.html's "starting" line
  mount(App, { target });
}
