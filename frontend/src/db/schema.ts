import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import { toMutationEntry, type OutboxEntryV1 } from './outbox-v1';
import type {
  Collection,
  Customer,
  DeviceIdentity,
  OutboxEntry,
  OutboxState,
  Product,
  PullState,
  Sale,
  ShopSettings,
  StoredUser,
} from './records';

/** The database's name in the browser. */
export const DB_NAME = 'bidhaa-pos';

/**
 * The schema version. Raise it by one for each shipped change, add a step to {@link upgrade} and an
 * upgrade test that proves rows written by the previous version survive.
 */
export const DB_VERSION = 2;

/** Values of the `meta` store by key. */
export interface MetaValues {
  device: DeviceIdentity;
  user: StoredUser;
  /** When a push and pull last both succeeded. */
  lastSyncedAt: string;
  /** The shop's receipt header and currency, as last fetched. */
  shop: ShopSettings;
  [pull: `pull:${string}`]: PullState;
}

/** The whole IndexedDB schema; no other file names a store or an index. */
export interface PosSchema extends DBSchema {
  products: { key: string; value: Product; indexes: { 'by-sku': string; 'by-barcode': string } };
  customers: { key: string; value: Customer; indexes: { 'by-phone': string } };
  sales: { key: string; value: Sale; indexes: { 'by-sold-at': string } };
  outbox: {
    key: number;
    value: OutboxEntry;
    indexes: { 'by-state': OutboxState; 'by-record': string };
  };
  meta: { key: string; value: MetaValues[keyof MetaValues] };
}

/** An open database of this schema. */
export type PosDb = IDBPDatabase<PosSchema>;

/** Every store, for transactions that span them all. */
export const ALL_STORES = ['products', 'customers', 'sales', 'outbox', 'meta'] as const;

/** The key of a collection's pull state in `meta`. */
export function pullKey(collection: Collection): `pull:${Collection}` {
  return `pull:${collection}`;
}

/**
 * Opens (and if needed creates or upgrades) the database. Upgrades go one version at a time and only
 * add stores or rewrite rows in place: a store that holds unsynced sales is never dropped or cleared.
 */
export function openPosDb(name: string = DB_NAME, onClose: () => void = () => {}): Promise<PosDb> {
  return openDB<PosSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      return upgrade(db, oldVersion, transaction);
    },
    blocking(_current, _next, event) {
      // A newer version of the app (another tab) wants to upgrade: let it; we reopen on next use.
      (event.target as IDBDatabase).close();
      onClose();
    },
    terminated: onClose,
  });
}

type UpgradeTransaction = IDBPTransaction<PosSchema, StoreNames<PosSchema>[], 'versionchange'>;

async function upgrade(
  db: IDBPDatabase<PosSchema>,
  oldVersion: number,
  transaction: UpgradeTransaction,
): Promise<void> {
  if (oldVersion < 1) {
    const products = db.createObjectStore('products', { keyPath: 'id' });
    products.createIndex('by-sku', 'sku');
    products.createIndex('by-barcode', 'barcode');
    const customers = db.createObjectStore('customers', { keyPath: 'id' });
    customers.createIndex('by-phone', 'phone');
    const sales = db.createObjectStore('sales', { keyPath: 'id' });
    sales.createIndex('by-sold-at', 'soldAt');
    const outbox = db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
    outbox.createIndex('by-state', 'state');
    outbox.createIndex('by-record', 'recordId');
    db.createObjectStore('meta');
  }
  if (oldVersion < 2) {
    // 2: the outbox holds typed mutations instead of half-built requests. Every entry is rewritten in
    // place under its own key, so none is dropped or reordered.
    let cursor = await transaction.objectStore('outbox').openCursor();
    while (cursor !== null) {
      await cursor.update(toMutationEntry(cursor.value as unknown as OutboxEntryV1));
      cursor = await cursor.continue();
    }
  }
}
