import type {Announcement, ConsentManager} from './core/consent-manager.js';

/**
 * Keeps the site's open tabs on one choice: a decision in one tab is announced on a
 * BroadcastChannel, and every tab also re-reads the cookie when it is shown or focused (for
 * browsers or moments the channel misses). Returns the function that announces a change.
 */
export function startTabSync(manager: ConsentManager, channelName: string, afterSync: () => void): () => void {
  /** The stored text this tab last shared with the others; an announcement names what it replaced. */
  let shared = manager.stored ?? null;
  const sync = (announced?: Announcement) => {
    manager.sync(announced);
    shared = manager.stored ?? null;
    afterSync();
  };
  let channel: BroadcastChannel | undefined;
  try {
    channel = new BroadcastChannel(channelName);
  } catch {
    // Missing, or refused in an opaque origin: focus and visibility still re-read the cookie.
  }
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  // The message carries the stored text itself: another tab's view of the cookie can lag behind.
  channel?.addEventListener('message', ({data}: MessageEvent<Partial<Announcement> | null>) =>
    sync({stored: text(data?.stored), previous: text(data?.previous)})
  );
  addEventListener('focus', () => sync());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') sync();
  });
  return () => {
    channel?.postMessage({stored: manager.stored ?? null, previous: shared});
    shared = manager.stored ?? null;
  };
}
