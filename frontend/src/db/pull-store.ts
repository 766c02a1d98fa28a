import type { Collection, PullState } from './records';
import {
  serverCopy,
  writeServerCopy,
  type CollectionRows,
  type Incoming,
  type Tombstone,
} from './server-copy';
import type { WritableRows } from './server-copy';
import { pullKey, type PosDb } from './schema';
import { initialPullState } from './meta-store';

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
  const writes = page.records.map((record, index) =>
    writeServerCopy(
      store as unknown as WritableRows<C>,
      serverCopy(collection, existing[index], record, state.snapshot),
    ),
  );
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
