/**
 * The app's one simulation client. Its worker starts when `main.ts` first asks for it, which
 * is before the rest of the app has even been fetched: this module and its imports (the client
 * and Comlink) are all the page's first script holds.
 */
import { SimClient } from './client.ts';

export const client = new SimClient();
