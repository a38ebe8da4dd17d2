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
// The worker loads while the page renders and the saved state is read; then the first run
// (a share link in the URL wins over the autosave, which wins over the defaults).
void client.warmUp().catch(() => {});
void session.start();

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
export default mount(App, { target });
