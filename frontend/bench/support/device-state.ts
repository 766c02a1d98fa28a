/**
 * Reads of a device's IndexedDB (`bidhaa-pos`) from its page, for the benchmarks' start and end
 * conditions. Call them only once the app has opened its database: opening it first would create
 * it without the app's stores.
 *
 * @packageDocumentation
 */
import type { Page } from 'playwright-core';
import type { DeviceIdentity, Product, StoredUser } from '../../src/db';
import { readStore } from '../../e2e/support/pos';

/** What a sale needs of the device: who it is, who is signed in, what it sells. */
export interface DeviceRecords {
  readonly device: DeviceIdentity;
  readonly user: StoredUser;
  readonly products: readonly Product[];
}

/** The device's identity, signed-in user and catalogue as it stores them. */
export async function deviceRecords(page: Page): Promise<DeviceRecords> {
  const device = await readStore<DeviceIdentity | undefined>(page, 'meta', 'device');
  const user = await readStore<StoredUser | undefined>(page, 'meta', 'user');
  if (device === undefined || user === undefined) {
    throw new Error('The device has no identity or no signed-in user yet');
  }
  return { device, user, products: await readStore<Product[]>(page, 'products') };
}

/** What {@link waitInPage} waits for. */
export type DeviceCondition =
  /** No outbox entry is PENDING or SYNCING: the server has answered for every one. */
  | 'outbox-delivered'
  /** The first full download of the catalogue has ended (its pull state in `meta` says so). */
  | 'catalogue-downloaded'
  /** A whole sync run (push, every pull, push) has succeeded at least once. */
  | 'synced-once';

/** When the condition was seen, and the outbox then. */
export interface DeviceState {
  /** `performance.now()` of the page when it saw the condition. */
  readonly at: number;
  /** Outbox entries the server confirmed. */
  readonly synced: number;
  /** Outbox entries the server refused. */
  readonly failed: number;
}

/**
 * Waits, polling the app's database every 50 ms from the page (so the time seen is the page's),
 * until `condition` holds; fails after `timeoutMs`.
 */
export async function waitInPage(
  page: Page,
  condition: DeviceCondition,
  timeoutMs: number,
): Promise<DeviceState> {
  return page.evaluate(
    async ({ condition, timeoutMs }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('bidhaa-pos');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
      });
      const read = <T>(store: string, query: (store: IDBObjectStore) => IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          const request = query(db.transaction(store).objectStore(store));
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error ?? new Error(`reading ${store} failed`));
        });
      const count = (state: string) =>
        read('outbox', (outbox) => outbox.index('by-state').count(state));
      const holds = async (): Promise<boolean> => {
        switch (condition) {
          case 'outbox-delivered':
            return (await count('PENDING')) + (await count('SYNCING')) === 0;
          case 'catalogue-downloaded': {
            const pull = await read<{ full: boolean; lastPulledAt: string | null } | undefined>(
              'meta',
              (meta) => meta.get('pull:products'),
            );
            return pull !== undefined && !pull.full && pull.lastPulledAt !== null;
          }
          case 'synced-once':
            return typeof (await read('meta', (meta) => meta.get('lastSyncedAt'))) === 'string';
        }
      };
      try {
        const deadline = performance.now() + timeoutMs;
        while (!(await holds())) {
          if (performance.now() > deadline) {
            throw new Error(`Not ${condition} after ${timeoutMs} ms`);
          }
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        const at = performance.now();
        return { at, synced: await count('SYNCED'), failed: await count('FAILED') };
      } finally {
        db.close();
      }
    },
    { condition, timeoutMs },
  );
}
