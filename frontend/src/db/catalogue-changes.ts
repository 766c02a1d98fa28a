import type { OutboxEntry, OutboxRequest, Product } from './records';
import { newEntry } from './sales-store';
import type { PosDb } from './schema';

/** A manager's change to the catalogue, waiting to be delivered. */
export interface CatalogueChange {
  readonly kind: Exclude<OutboxEntry['kind'], 'sale' | 'customer'>;
  /** The product's id, or the stock adjustment's. */
  readonly recordId: string;
  readonly body: Readonly<Record<string, unknown>>;
  readonly request: OutboxRequest;
}

/**
 * Queues a catalogue change and shows it on this device at once (`local`, the product as edited), in
 * one durable transaction. The pulled copy replaces the local one when the server's version arrives.
 */
export async function queueCatalogueChange(
  db: PosDb,
  change: CatalogueChange,
  local: Product | undefined,
  now: Date,
): Promise<void> {
  const tx = db.transaction(['products', 'outbox'], 'readwrite', { durability: 'strict' });
  if (local !== undefined) {
    await tx.objectStore('products').put(local);
  }
  await tx.objectStore('outbox').add({
    ...newEntry(change.kind, change.recordId, change.body, now),
    request: change.request,
  });
  await tx.done;
}

/**
 * Settles a refused entry without sending it, recording why (a person kept the server's version, or
 * sent theirs again as a new entry); it leaves "needs attention" and is pruned like a delivered one.
 */
export async function resolveEntry(
  db: PosDb,
  seq: number,
  resolution: string,
  now: Date,
  replacement?: OutboxEntry,
): Promise<void> {
  const tx = db.transaction('outbox', 'readwrite', { durability: 'strict' });
  const entry = await tx.store.get(seq);
  if (entry !== undefined && entry.state === 'FAILED') {
    await tx.store.put({ ...entry, state: 'SYNCED', syncedAt: now.toISOString(), resolution });
    if (replacement !== undefined) {
      await tx.store.add(replacement);
    }
  }
  await tx.done;
}
