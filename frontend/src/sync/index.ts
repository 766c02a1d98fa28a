/**
 * The sync engine, as the screens and the shop's model use it: sessions, the sync manager that
 * delivers the outbox and pulls the server's records, coded errors, and money at the API's edge.
 */
import { getDb, retryFailed as retryFailedEntries } from '../db';
import { api, deviceId } from './connection';
import { healthReporter, reportDevice } from './device-health';
import { loadSyncInterval } from './device-settings';
import { refreshShop } from './shop-settings';
import { SyncManager } from './sync-manager';

export { SyncError } from './sync-error';
export type { SyncErrorCode, SyncErrorDetails } from './sync-error';
export type { FieldError, Problem } from './problem';
export type { Credentials, Role, User } from './user';
export type {
  Collection,
  Customer,
  MutationName,
  PaymentMethod,
  Product,
  Sale,
  SaleLine,
  OutboxEntry,
  OutboxState,
  ShopSettings,
} from '../db';
export { loadShop, saveShop, shopTimeZone } from './shop-settings';
export type { ShopDetailsInput } from './shop-settings';
export {
  SYNC_INTERVALS,
  DEVICE_NAME_MAX,
  checkDeviceName,
  loadSyncInterval,
  saveSyncInterval,
  renameDevice,
} from './device-settings';
export { loadStorageFacts } from './storage-facts';
export type { StorageFacts } from './storage-facts';
export type { SyncSnapshot } from './sync-snapshot';
export type { SyncManager } from './sync-manager';
export { signIn, resumeSession, signOut, UnsyncedChangesError } from './session';
export type { Session } from './session';
export { toCents, fromCents, toMilli, fromMilli, lineTotal } from './money';
export { APP_VERSION } from './app-version';

let manager: SyncManager | undefined;

/**
 * The page's sync manager, created and started on first call. `requestBackgroundSync` lets the
 * service worker finish the job after the page is closed, where the browser supports it.
 */
export function startSync(requestBackgroundSync?: () => Promise<unknown>): SyncManager {
  if (manager === undefined) {
    manager = new SyncManager({
      db: getDb,
      api,
      deviceId,
      refreshIntervalMs: loadSyncInterval() * 60_000,
      afterPull: async (db) => {
        await refreshShop(db, api);
        await reportDevice(db, api);
      },
      health: healthReporter,
      ...(requestBackgroundSync !== undefined && { requestBackgroundSync }),
    });
    void manager.start();
  }
  return manager;
}

/**
 * Wraps a change made on this device so that, once it is stored (record, outbox entry and all), the
 * sync manager starts delivering it; the change resolves as the wrapped one does.
 */
export function thenDeliver<A extends unknown[], R>(
  change: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args) => {
    const result = await change(...args);
    void manager?.queued();
    return result;
  };
}

/** Puts refused entries back in the queue (those with the given outbox `seqs`, or all) and syncs. */
export const retryFailed: (seqs?: readonly number[]) => Promise<number> = thenDeliver(
  async (seqs?: readonly number[]) => retryFailedEntries(await getDb(), seqs),
);
