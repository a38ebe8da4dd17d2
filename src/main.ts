/**
 * Entry point. The simulation worker starts first, from a small script, so that it boots and
 * warms up while the rest of the app (`start.ts`, most of the code) is fetched and evaluated.
 */
import './styles/app.css';
import { client } from './sim/instance.ts';

void client.warmUp().catch(() => {});
const { start } = await import('./start.ts');
await start();
