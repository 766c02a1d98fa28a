import type { Collection, OutboxEntry, OutboxError, OutboxState, PullState } from './records';
import { pullKey } from './schema';
import type { PosDb } from './schema';
import { serverCopy, writeServerCopy, type Incoming, type WritableRows } from './server-copy';

/** How many entries are in each state. */
export type OutboxCounts = Record<OutboxState, number>;

/** What became of one pushed entry. */
export interface Settlement {
  readonly seq: number;
  readonly state: 'PENDING' | 'SYNCED' | 'FAILED';
  readonly error?: OutboxError;
  readonly conflicts?: readonly string[];
  /** The server's copy of the record the mutation changed, stored as a pulled one would be. */
  readonly record?: ServerRecord;
}

/** A record the server returned, with the collection it belongs to. */
export type ServerRecord = {
  [C in Collection]: { readonly collection: C; readonly value: Incoming<C> };
}[Collection];

/** What the status bar shows: what waits, what failed, and since when. */
export interface OutboxSummary {
  /** Sales not yet confirmed and not failed. */
  readonly waitingSales: number;
  /** Other changes (customers) not yet confirmed and not failed. */
  readonly waitingOther: number;
  /** Entries the server refused; they wait for a person. */
  readonly failed: number;
  /** When the oldest waiting entry was written. */
  readonly oldestWaitingAt: string | null;
}

/** Summarises the unconfirmed part of the outbox (reads only unconfirmed entries). */
export async function summarizeOutbox(db: PosDb): Promise<OutboxSummary> {
  const tx = db.transaction('outbox');
  const byState = tx.store.index('by-state');
  const waiting = [...(await byState.getAll('PENDING')), ...(await byState.getAll('SYNCING'))];
  const failed = await byState.count('FAILED');
  await tx.done;
  const oldest = waiting.map((entry) => entry.createdAt).sort()[0];
  return {
    waitingSales: waiting.filter((entry) => entry.name === 'sale.record').length,
    waitingOther: waiting.filter((entry) => entry.name !== 'sale.record').length,
    failed,
    oldestWaitingAt: oldest ?? null,
  };
}

/** Every entry in written order, optionally only those in the given states (read by index). */
export async function listOutbox(
  db: PosDb,
  states: readonly OutboxState[] = ['PENDING', 'SYNCING', 'SYNCED', 'FAILED'],
): Promise<OutboxEntry[]> {
  const tx = db.transaction('outbox');
  const byState = tx.store.index('by-state');
  const entries = (await Promise.all(states.map((state) => byState.getAll(state)))).flat();
  await tx.done;
  return entries.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
}

/**
 * Forgets confirmed entries older than `before`: the server holds them and the sales store keeps the
 * sale; unconfirmed and failed entries are never removed. Returns how many went.
 */
export async function pruneSynced(db: PosDb, before: Date): Promise<number> {
  const tx = db.transaction('outbox', 'readwrite', { durability: 'strict' });
  const limit = before.toISOString();
  let pruned = 0;
  let cursor = await tx.store.index('by-state').openCursor('SYNCED');
  while (cursor !== null) {
    if (cursor.value.syncedAt !== null && cursor.value.syncedAt < limit) {
      await cursor.delete();
      pruned++;
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return pruned;
}

/** Counts entries by state. */
export async function countOutbox(db: PosDb): Promise<OutboxCounts> {
  const counts: OutboxCounts = { PENDING: 0, SYNCING: 0, SYNCED: 0, FAILED: 0 };
  for (const state of Object.keys(counts) as OutboxState[]) {
    counts[state] = await db.countFromIndex('outbox', 'by-state', state);
  }
  return counts;
}

/**
 * Entries still to deliver, in written order. An entry left SYNCING by a page that died mid-request is
 * delivered again: the server's idempotency makes that safe.
 */
export async function deliverable(db: PosDb): Promise<OutboxEntry[]> {
  return listOutbox(db, ['PENDING', 'SYNCING']);
}

/** Marks entries as being sent and counts the attempt. */
export async function markSyncing(db: PosDb, seqs: readonly number[], now: Date): Promise<void> {
  const tx = db.transaction('outbox', 'readwrite', { durability: 'strict' });
  for (const seq of seqs) {
    const entry = await tx.store.get(seq);
    if (entry !== undefined && entry.state !== 'SYNCED') {
      await tx.store.put({
        ...entry,
        state: 'SYNCING',
        attempts: entry.attempts + 1,
        lastAttemptAt: now.toISOString(),
      });
    }
  }
  await tx.done;
}

/** Records what the server answered for each entry, with the server's copy of each record it changed. */
export async function settle(
  db: PosDb,
  settlements: readonly Settlement[],
  now: Date,
): Promise<void> {
  const tx = db.transaction(['outbox', 'sales', 'customers', 'products', 'meta'], 'readwrite', {
    durability: 'strict',
  });
  const outbox = tx.objectStore('outbox');
  for (const settlement of settlements) {
    const entry = await outbox.get(settlement.seq);
    if (entry === undefined || entry.state === 'SYNCED') {
      continue;
    }
    await outbox.put({
      ...entry,
      state: settlement.state,
      syncedAt: settlement.state === 'SYNCED' ? now.toISOString() : entry.syncedAt,
      lastError: settlement.error ?? (settlement.state === 'SYNCED' ? null : entry.lastError),
      conflicts: settlement.conflicts ?? entry.conflicts,
    });
    if (settlement.record !== undefined) {
      const { collection, value } = settlement.record;
      const store = tx.objectStore(collection);
      // Server copies belong to the download under way, so a full download that resumes without
      // them does not sweep them away.
      const pull = (await tx.objectStore('meta').get(pullKey(collection))) as PullState | undefined;
      const stored = await store.get(value.id);
      await writeServerCopy(
        store as unknown as WritableRows<typeof collection>,
        serverCopy(collection, stored as never, value, pull?.snapshot),
      );
    }
  }
  await tx.done;
}

/**
 * Puts failed entries back in the queue ("retry"): those with the given `seqs`, or every one; returns
 * how many.
 */
export async function retryFailed(db: PosDb, seqs?: readonly number[]): Promise<number> {
  const tx = db.transaction('outbox', 'readwrite', { durability: 'strict' });
  const failed = (await tx.store.index('by-state').getAll('FAILED')).filter(
    (entry) => seqs === undefined || seqs.includes(entry.seq as number),
  );
  for (const entry of failed) {
    await tx.store.put({ ...entry, state: 'PENDING' });
  }
  await tx.done;
  return failed.length;
}
