/** Entry point: styles, the language on <html>, the worker warming up, the restored state, then the app. */
import { mount } from 'svelte';
import './styles/app.css';
import App from './App.svelte';
import { i18n } from './i18n/index.ts';
import { session } from './persistence/index.ts';
import { installTestHooks } from './sim/testHook.ts';
import { app, client } from './state/index.ts';

i18n.applyToDocument();
installTestHooks(client, app);
// The worker starts and the saved state is read; then the first run (a share link in the URL
// wins over the autosave, which wins over the defaults). The app mounts once that run is on
// its way to a started worker, or after MOUNT_WAIT_MS at most: mounting is the page's longest
// task, and a module worker's start waits on the main thread, so mounting first held the
// first run back by the whole mount (~0.3–0.4 s, measured in Chromium traces).
const MOUNT_WAIT_MS = 400;
void client.warmUp().catch(() => {});
const firstRunSent = session.start();
firstRunSent.catch((error: unknown) => console.error(error));
await Promise.race([
  Promise.allSettled([firstRunSent, client.started()]),
  new Promise((resolve) => setTimeout(resolve, MOUNT_WAIT_MS)),
]);

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
target.replaceChildren(); // index.html's "starting" line
export default mount(App, { target });
