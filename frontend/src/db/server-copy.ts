import type { Collection, Customer, Product, Sale } from './records';

/** The rows each collection stores. */
export interface CollectionRows {
  products: Product;
  customers: Customer;
  sales: Sale;
}

/** A record from the server without the device-side `snapshot` mark. */
export type Incoming<C extends Collection> = Omit<CollectionRows[C], 'snapshot'>;

/** A pulled delete. */
export interface Tombstone {
  readonly id: string;
  readonly version: number;
  readonly deleted: true;
}

/** What storing a server copy writes: a row, a delete, or nothing. */
export type ServerCopyWrite<C extends Collection> =
  { readonly put: CollectionRows[C] } | { readonly delete: string } | null;

/**
 * The one rule for storing the server's copy of a record, whether a pull or a push result brought it:
 * a copy older than the stored row changes nothing but the row's snapshot mark (so a full download
 * under way keeps it), a delete removes only a row no newer than itself, and a sale keeps the
 * cashier's name this device printed (the server names the cashier by id only). `snapshot` is the
 * download under way; without one the row keeps its own.
 */
export function serverCopy<C extends Collection>(
  collection: C,
  stored: CollectionRows[C] | undefined,
  incoming: Incoming<C> | Tombstone,
  snapshot: number | undefined,
): ServerCopyWrite<C> {
  const mark = snapshot ?? stored?.snapshot ?? 0;
  if ('deleted' in incoming && incoming.deleted) {
    return stored !== undefined && stored.version <= incoming.version
      ? { delete: incoming.id }
      : null;
  }
  if (stored !== undefined && stored.version > incoming.version) {
    return { put: { ...stored, snapshot: mark } };
  }
  const row = { ...incoming, snapshot: mark } as CollectionRows[C];
  if (collection === 'sales' && stored !== undefined) {
    const sale = row as Sale;
    return {
      put: {
        ...sale,
        cashierName: sale.cashierName ?? (stored as Sale).cashierName,
      } as CollectionRows[C],
    };
  }
  return { put: row };
}

/** The part of an object store that {@link serverCopy}'s writes need. */
export interface WritableRows<C extends Collection> {
  put(row: CollectionRows[C]): Promise<unknown>;
  delete(id: string): Promise<unknown>;
}

/** Applies a {@link serverCopy} write to the collection's store. */
export function writeServerCopy<C extends Collection>(
  store: WritableRows<C>,
  write: ServerCopyWrite<C>,
): Promise<unknown> {
  if (write === null) {
    return Promise.resolve();
  }
  return 'put' in write ? store.put(write.put) : store.delete(write.delete);
}
