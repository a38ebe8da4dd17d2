// worker_threads cannot load a .ts file directly: register tsx in this thread, then load it.
import { register } from 'tsx/esm/api';
register();
await import('./node-worker.ts');
