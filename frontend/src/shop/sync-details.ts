import { countOutbox, getDb, loadLastSyncedAt, loadPullState } from '../db';
import type { Collection, OutboxCounts, PullState } from '../db';
import {
  loadAttentionItems,
  loadDeviceInfo,
  type AttentionItem,
  type DeviceInfo,
} from './local-data';
import { loadStorageFacts, type StorageFacts } from '../sync/storage-facts';

/** Everything the sync status screen shows about this device's side of sync. */
export interface SyncDetails {
  /** Outbox entries by state (confirmed ones are kept for two weeks). */
  readonly counts: OutboxCounts;
  /** What the server refused, with the sales they carry. */
  readonly failed: readonly AttentionItem[];
  /** Pull progress per collection, with when each was last pulled. */
  readonly pulls: readonly PullState[];
  readonly lastSyncedAt: string | null;
  readonly device: DeviceInfo;
  readonly storage: StorageFacts;
}

const COLLECTIONS: readonly Collection[] = ['products', 'customers', 'sales'];

/** Reads the device's sync state from IndexedDB and the browser's storage answers. */
export async function loadSyncDetails(): Promise<SyncDetails> {
  const db = await getDb();
  return {
    counts: await countOutbox(db),
    failed: await loadAttentionItems(),
    pulls: await Promise.all(COLLECTIONS.map((collection) => loadPullState(db, collection))),
    lastSyncedAt: await loadLastSyncedAt(db),
    device: await loadDeviceInfo(),
    storage: await loadStorageFacts(),
  };
}
