import type { Collection, Customer, Product, PullState, Sale } from './records';
import { pullKey, type PosDb } from './schema';
import { initialPullState } from './meta-store';

/** The rows each collection stores. */
export interface CollectionRows {
  products: Product;
  customers: Customer;
  sales: Sale;
}

/** A pulled record without the device-side `snapshot` mark. */
export type Incoming<C extends Collection> = Omit<CollectionRows[C], 'snapshot'>;

/** A pulled delete. */
export interface Tombstone {
  readonly id: string;
  readonly version: number;
  readonly deleted: true;
}

/** One page of a pull, already converted from the wire format. */
export interface PulledPage<C extends Collection> {
  readonly records: readonly (Incoming<C> | Tombstone)[];
  readonly cursor: string;
  readonly hasMore: boolean;
}

/**
 * Writes one page and its cursor in one transaction, so a pull interrupted at any point resumes after the
 * last page stored. A record older than the stored one is ignored; when a full download ends, rows it did
 * not deliver are removed, except those the server has never confirmed (version 0).
 */
export async function applyPullPage<C extends Collection>(
  db: PosDb,
  collection: C,
  page: PulledPage<C>,
  now: Date,
): Promise<PullState> {
  const tx = db.transaction([collection, 'meta'], 'readwrite', { durability: 'strict' });
  const store = tx.objectStore(collection);
  const meta = tx.objectStore('meta');
  const state =
    ((await meta.get(pullKey(collection))) as PullState | undefined) ??
    initialPullState(collection);
  // Requests are queued at once and run in order within the transaction: awaiting each one in turn
  // would cost a trip through the event loop per record (a 100,000-product download is 200,000).
  const existing = (await Promise.all(page.records.map((record) => store.get(record.id)))) as (
    CollectionRows[C] | undefined
  )[];
  const writes: Promise<unknown>[] = [];
  page.records.forEach((record, index) => {
    const stored = existing[index];
    if ('deleted' in record && record.deleted) {
      if (stored !== undefined && stored.version <= record.version) {
        writes.push(store.delete(record.id));
      }
    } else if (stored !== undefined && stored.version > record.version) {
      writes.push(store.put({ ...stored, snapshot: state.snapshot }));
    } else {
      const incoming = record as Incoming<C>;
      writes.push(
        store.put(
          merge(collection, stored, { ...incoming, snapshot: state.snapshot } as CollectionRows[C]),
        ),
      );
    }
  });
  await Promise.all(writes);
  const finished = !page.hasMore;
  if (state.full && finished) {
    let cursor = await store.openCursor();
    while (cursor !== null) {
      const row = cursor.value;
      if (row.snapshot < state.snapshot && row.version > 0) {
        await cursor.delete();
      }
      cursor = await cursor.continue();
    }
  }
  const next: PullState = {
    collection,
    cursor: page.cursor,
    snapshot: state.snapshot,
    full: state.full && !finished,
    received: state.full ? state.received + page.records.length : 0,
    lastPulledAt: finished ? now.toISOString() : state.lastPulledAt,
  };
  await meta.put(next, pullKey(collection));
  await tx.done;
  return next;
}

/**
 * Starts a full download of `collection` again (after `410 cursor-expired`). The rows stay usable until
 * the new download has replaced them; the outbox is not touched.
 */
export async function restartFullPull(db: PosDb, collection: Collection): Promise<PullState> {
  const tx = db.transaction('meta', 'readwrite', { durability: 'strict' });
  const state =
    ((await tx.store.get(pullKey(collection))) as PullState | undefined) ??
    initialPullState(collection);
  const next: PullState = {
    ...state,
    cursor: null,
    snapshot: state.snapshot + 1,
    full: true,
    received: 0,
  };
  await tx.store.put(next, pullKey(collection));
  await tx.done;
  return next;
}

function merge<C extends Collection>(
  collection: C,
  existing: CollectionRows[C] | undefined,
  incoming: CollectionRows[C],
): CollectionRows[C] {
  if (collection === 'sales' && existing !== undefined) {
    // The server's record names the cashier by id only; keep the name this device printed.
    const sale = incoming as Sale;
    const local = existing as Sale;
    return { ...sale, cashierName: sale.cashierName ?? local.cashierName } as CollectionRows[C];
  }
  return incoming;
}
