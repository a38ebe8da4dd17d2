/**
 * The app's tabs talk over one `BroadcastChannel`: a tab that changed the saved scenarios says
 * so, and the others reload their Library lists; a starting tab asks whether its autosave key
 * (./tab.ts) is already some live tab's (a duplicated tab inherits it). A message is never
 * delivered to the channel object that sent it, so a tab does not hear itself.
 *
 * Without BroadcastChannel (old browsers, Node) nothing is sent and nothing heard.
 */

export const CHANNEL_NAME = 'siyu-lab';

export type ChannelMessage =
  /** The saved scenarios changed (a save, rename, duplicate, delete or import). */
  | { type: 'scenarios-changed' }
  /** A starting tab will write its autosave under `key`. */
  | { type: 'tab-hello'; key: string }
  /** A live tab answers that `key` is its own. */
  | { type: 'tab-taken'; key: string };

let channel: BroadcastChannel | null | undefined;
const listeners = new Set<(message: ChannelMessage) => void>();

function open(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  if (typeof BroadcastChannel !== 'function' || typeof window === 'undefined') return (channel = null);
  channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<ChannelMessage>) => {
    const message = event.data;
    if (typeof message !== 'object' || message === null || typeof message.type !== 'string') return;
    for (const listener of listeners) listener(message);
  };
  return channel;
}

/** Tell the other tabs. */
export function broadcast(message: ChannelMessage): void {
  open()?.postMessage(message);
}

/** Hear the other tabs; returns the unsubscribe. */
export function listen(listener: (message: ChannelMessage) => void): () => void {
  open();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The saved scenarios changed here: the other tabs should reload their lists. */
export function announceScenariosChanged(): void {
  broadcast({ type: 'scenarios-changed' });
}
