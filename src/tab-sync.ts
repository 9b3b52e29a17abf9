import type {ConsentManager} from './core/consent-manager.js';

/**
 * Keeps the site's open tabs on one choice: a decision in one tab is announced on a
 * BroadcastChannel, and every tab also re-reads the cookie when it is shown or focused (for
 * browsers or moments the channel misses). Returns the function that announces a change.
 */
export function startTabSync(manager: ConsentManager, channelName: string, afterSync: () => void): () => void {
  const sync = (announced?: string | null) => {
    manager.sync(announced);
    afterSync();
  };
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : undefined;
  // The message carries the stored text itself: another tab's view of the cookie can lag behind.
  channel?.addEventListener('message', (event: MessageEvent<{stored?: unknown}>) => {
    const {stored} = event.data ?? {};
    sync(typeof stored === 'string' ? stored : null);
  });
  addEventListener('focus', () => sync());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') sync();
  });
  return () => channel?.postMessage({stored: manager.stored ?? null});
}
