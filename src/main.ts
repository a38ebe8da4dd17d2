/**
 * Entry point. The simulation worker is on its way first (started by public/boot.js in a
 * build, else here, from a small script), so that it boots, warms up and runs the default
 * scenario while the rest of the app (`start.ts`, most of the code) is fetched and evaluated.
 */
import './styles/app.css';
import { client } from './sim/instance.ts';

void client.warmUp().catch(() => {});
const { start } = await import('./start.ts');
await start();
