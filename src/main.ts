/** Entry point: styles, the language on <html>, the worker warming up, then the app. */
import { mount } from 'svelte';
import './styles/app.css';
import App from './App.svelte';
import { i18n } from './i18n/index.ts';
import { app } from './state/index.ts';

i18n.applyToDocument();
// The default scenario starts at once: the worker loads while the page renders.
void app.runNow();

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
export default mount(App, { target });
