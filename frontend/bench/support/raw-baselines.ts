/**
 * The baselines: the same work done from the same page with the browser's plain APIs, none of
 * the app's code in between. Each is timed in the page (`performance.now()`), its input already
 * in the page's memory.
 *
 * @packageDocumentation
 */
import type { Page } from 'playwright-core';

/** What plain `POST /api/sync/push` calls achieved and how long they took. */
export interface RawPush {
  readonly ms: number;
  readonly applied: number;
  readonly rejected: number;
  /** Why the first refused mutation was refused, if any was. */
  readonly firstProblem: string | null;
}

/**
 * Posts `mutations` (as the app puts them on the wire) to `/api/sync/push` in requests of `batch`,
 * one request after another, with the session's CSRF token and `deviceId` as the device.
 */
export function pushMutationsRaw(
  page: Page,
  mutations: readonly Readonly<Record<string, unknown>>[],
  deviceId: string,
  batch: number,
): Promise<RawPush> {
  return page.evaluate(
    async ({ mutations, deviceId, batch }) => {
      const cookie = document.cookie.split('; ').find((pair) => pair.startsWith('XSRF-TOKEN='));
      const xsrf = decodeURIComponent(cookie?.slice('XSRF-TOKEN='.length) ?? '');
      let applied = 0;
      let rejected = 0;
      let firstProblem: string | null = null;
      const started = performance.now();
      for (let from = 0; from < mutations.length; from += batch) {
        const sending = mutations.slice(from, from + batch);
        const response = await fetch('/api/sync/push', {
          method: 'POST',
          credentials: 'same-origin',
          headers: {
            Accept: 'application/json',
            'Content-Type': 'application/json',
            'X-XSRF-TOKEN': xsrf,
            'X-Device-Id': deviceId,
          },
          body: JSON.stringify({
            device_id: deviceId,
            pending: mutations.length - from - sending.length,
            mutations: sending,
          }),
        });
        if (!response.ok) {
          throw new Error(`sync/push answered ${response.status}: ${await response.text()}`);
        }
        const answer = (await response.json()) as {
          applied: number;
          rejected: number;
          results: { status: string; problem?: unknown }[];
        };
        applied += answer.applied;
        rejected += answer.rejected;
        const refused = answer.results.find((result) => result.status === 'rejected');
        firstProblem ??= refused === undefined ? null : JSON.stringify(refused.problem);
      }
      return { ms: performance.now() - started, applied, rejected, firstProblem };
    },
    { mutations, deviceId, batch },
  );
}

/** What a plain pull of every page achieved and how long it took. */
export interface RawPull {
  readonly ms: number;
  readonly rows: number;
  readonly pages: number;
}

/**
 * Pulls `/api/<collection>/sync` from the start, `limit` rows a page, until `has_more` is false:
 * each answer parsed, its rows counted and dropped.
 */
export function fetchPagesRaw(page: Page, collection: string, limit: number): Promise<RawPull> {
  return page.evaluate(
    async ({ collection, limit }) => {
      let cursor: string | null = null;
      let rows = 0;
      let pages = 0;
      const started = performance.now();
      for (;;) {
        const query = new URLSearchParams({ limit: String(limit) });
        if (cursor !== null) {
          query.set('last_sync', cursor);
        }
        const response = await fetch(`/api/${collection}/sync?${query}`, {
          credentials: 'same-origin',
          cache: 'no-store',
          headers: { Accept: 'application/json' },
        });
        if (!response.ok) {
          throw new Error(`${collection}/sync answered ${response.status}`);
        }
        const answer = (await response.json()) as {
          data: unknown[];
          cursor: string;
          has_more: boolean;
        };
        rows += answer.data.length;
        pages++;
        cursor = answer.cursor;
        if (!answer.has_more) {
          return { ms: performance.now() - started, rows, pages };
        }
      }
    },
    { collection, limit },
  );
}

/** How long one bulk write took and how many records the store then held. */
export interface RawWrite {
  readonly ms: number;
  readonly stored: number;
}

/**
 * Reads every product of the app's database into memory (not timed), then writes them into a new
 * database whose store has the app's key path and indexes, in one `readwrite` transaction of plain
 * `put`s with the app's `strict` durability, until it commits. The new database is deleted after.
 */
export function writeProductsRaw(page: Page): Promise<RawWrite> {
  return page.evaluate(async () => {
    const open = (name: string, upgrade?: (db: IDBDatabase) => void) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = upgrade === undefined ? indexedDB.open(name) : indexedDB.open(name, 1);
        request.onupgradeneeded = () => upgrade?.(request.result);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error(`opening ${name} failed`));
      });
    const done = (request: IDBRequest | IDBTransaction) =>
      new Promise<void>((resolve, reject) => {
        if (request instanceof IDBTransaction) {
          request.oncomplete = () => resolve();
          request.onabort = () => reject(request.error ?? new Error('transaction aborted'));
        } else {
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error ?? new Error('request failed'));
        }
      });
    const name = 'bench-raw-products';
    const app = await open('bidhaa-pos');
    const read = app.transaction('products').objectStore('products').getAll();
    await done(read);
    const products = read.result as unknown[];
    app.close();

    await done(indexedDB.deleteDatabase(name));
    const raw = await open(name, (db) => {
      // The app's products store (src/db/schema.ts), so both pay for the same indexes.
      const store = db.createObjectStore('products', { keyPath: 'id' });
      store.createIndex('by-sku', 'sku');
      store.createIndex('by-barcode', 'barcode');
    });
    const started = performance.now();
    const tx = raw.transaction('products', 'readwrite', { durability: 'strict' });
    const store = tx.objectStore('products');
    for (const product of products) {
      store.put(product);
    }
    await done(tx);
    const ms = performance.now() - started;
    const count = raw.transaction('products').objectStore('products').count();
    await done(count);
    raw.close();
    await done(indexedDB.deleteDatabase(name));
    return { ms, stored: count.result };
  });
}
