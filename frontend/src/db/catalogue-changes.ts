import type { OutboxEntry, Product, PullState } from './records';
import { pullKey, type PosDb } from './schema';
import { serverCopy, writeServerCopy, type WritableRows } from './server-copy';
import type { ServerRecord } from './outbox-store';

/**
 * Queues a manager's catalogue change (one entry, or several that must arrive together and in order,
 * such as a new product and its opening stock) and shows it on this device at once (`local`, the
 * product as edited), in one durable transaction. The pulled copy replaces the local one when the
 * server's version arrives. Refused entries the change corrects (`replaces`, by seq) are settled in
 * the same transaction, as `replaced-by-edit`.
 */
export async function queueCatalogueChange(
  db: PosDb,
  change: OutboxEntry | readonly OutboxEntry[],
  local: Product | undefined,
  replaces: readonly number[] = [],
): Promise<void> {
  const entries: readonly OutboxEntry[] = Array.isArray(change) ? change : [change as OutboxEntry];
  const tx = db.transaction(['products', 'outbox'], 'readwrite', { durability: 'strict' });
  const write = async () => {
    if (local !== undefined) {
      await tx.objectStore('products').put(local);
    }
    const outbox = tx.objectStore('outbox');
    for (const seq of replaces) {
      const refused = await outbox.get(seq);
      if (refused?.state === 'FAILED') {
        await outbox.put({
          ...refused,
          state: 'SYNCED',
          syncedAt: entries[0]?.createdAt ?? null,
          resolution: 'replaced-by-edit',
        });
      }
    }
    for (const entry of entries) {
      await outbox.add(entry);
    }
  };
  // A failed write aborts the whole transaction: wait on both, so its abort is not left unhandled.
  await Promise.all([write(), tx.done]);
}

/** How a person settled a refused entry without sending it as it was. */
export interface Resolution {
  /** Why, for the record (`kept-server-version`, `sent-again-on-server-version`, `discarded`). */
  readonly reason: string;
  /** A new entry that replaces the refused one (this device's change on the server's version). */
  readonly replacement?: OutboxEntry;
  /** The server's copy to show instead of this device's change. */
  readonly serverRecord?: ServerRecord;
  /** This device's unconfirmed copy of a record the server never had, removed with the change. */
  readonly forget?: { readonly collection: 'products' | 'customers'; readonly id: string };
}

/**
 * Settles a refused entry without sending it, recording why; it leaves "needs attention" and is pruned
 * like a delivered one.
 */
export async function resolveEntry(
  db: PosDb,
  seq: number,
  resolution: Resolution,
  now: Date,
): Promise<void> {
  const tx = db.transaction(['outbox', 'products', 'customers', 'sales', 'meta'], 'readwrite', {
    durability: 'strict',
  });
  const outbox = tx.objectStore('outbox');
  const entry = await outbox.get(seq);
  if (entry !== undefined && entry.state === 'FAILED') {
    await outbox.put({
      ...entry,
      state: 'SYNCED',
      syncedAt: now.toISOString(),
      resolution: resolution.reason,
    });
    if (resolution.replacement !== undefined) {
      await outbox.add(resolution.replacement);
    }
    if (resolution.forget !== undefined) {
      const store = tx.objectStore(resolution.forget.collection);
      const row = await store.get(resolution.forget.id);
      if (row !== undefined && row.version === 0) {
        await store.delete(resolution.forget.id);
      }
    }
    const record = resolution.serverRecord;
    if (record !== undefined) {
      const store = tx.objectStore(record.collection);
      const pull = (await tx.objectStore('meta').get(pullKey(record.collection))) as
        PullState | undefined;
      await writeServerCopy(
        store as unknown as WritableRows<typeof record.collection>,
        serverCopy(
          record.collection,
          (await store.get(record.value.id)) as never,
          record.value,
          pull?.snapshot,
        ),
      );
    }
  }
  await tx.done;
}
