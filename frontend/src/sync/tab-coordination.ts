/** Name of the Web Lock held by whichever tab (or the service worker) is syncing. */
const LOCK_NAME = 'bidhaa-sync';

/** Name of the channel on which tabs tell each other about sync state and local changes. */
const CHANNEL_NAME = 'bidhaa-sync';

/** What one tab tells the others. */
export type TabMessage =
  | { readonly type: 'changed' }
  | { readonly type: 'syncing'; readonly syncing: boolean; readonly online: boolean | null };

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/**
 * Runs `task` while holding the sync lock, so exactly one tab or worker pushes and pulls at a time; the
 * others queue behind it. Without Web Locks (old browsers) the task just runs.
 */
export function withSyncLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  return locks === undefined ? task() : locks.request(LOCK_NAME, task);
}

/** A BroadcastChannel to the app's other tabs, or a silent stand-in where there is none. */
export interface TabChannel {
  post(message: TabMessage): void;
  listen(listener: (message: TabMessage) => void): () => void;
}

/** Opens the tab channel. */
export function openTabChannel(): TabChannel {
  if (typeof BroadcastChannel === 'undefined') {
    return { post: () => {}, listen: () => () => {} };
  }
  const channel = new BroadcastChannel(CHANNEL_NAME);
  return {
    post: (message) => channel.postMessage(message),
    listen(listener) {
      const handler = (event: MessageEvent<TabMessage>) => listener(event.data);
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
  };
}
