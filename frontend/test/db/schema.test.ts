import { deleteTestDb, uniqueDbName } from '../support/db';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { openDB, unwrap, type IDBPDatabase, type StoreValue } from 'idb';
import { ALL_STORES, DB_VERSION, openPosDb, type PosDb, type PosSchema } from '../../src/db/schema';
import type { OutboxEntry, PullState, Sale } from '../../src/db';
import type { OutboxEntryV1 } from '../../src/db/outbox-v1';
import { juma, NOW, sukari } from '../support/fixtures';

/** The stores, key paths and indexes of a database, for comparing two of them. */
function describeSchema(db: IDBPDatabase<PosSchema> | IDBPDatabase): Record<string, unknown> {
  const raw = unwrap(db as IDBPDatabase);
  const names = [...raw.objectStoreNames].sort();
  const tx = raw.transaction(names, 'readonly');
  return Object.fromEntries(
    names.map((name) => {
      const store = tx.objectStore(name);
      const indexes = Object.fromEntries(
        [...store.indexNames].sort().map((indexName) => {
          const index = store.index(indexName);
          return [
            indexName,
            { keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry },
          ];
        }),
      );
      return [name, { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes }];
    }),
  );
}

/**
 * Version 1 exactly as it shipped, frozen here: `src/db/schema.ts` moves on, this copy must not. Upgrade
 * tests open a database with it, write rows in the version 1 format, then let `openPosDb` upgrade.
 */
function openVersion1(name: string): Promise<IDBPDatabase> {
  return openDB(name, 1, {
    upgrade(db) {
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
    },
  });
}

/** A sale as version 1 stores it: unconfirmed (version 0), with its outbox entry below. */
const version1Sale: Sale = {
  id: 'a1b2c3d4-0000-4000-8000-000000000142',
  saleNumber: '7F3A-000142',
  deviceId: '7f3a9e10-1111-4222-8333-444455556666',
  deviceSeq: 142,
  cashierId: '3f1c2a8e-5b7d-4e3a-9c1f-2d6b8e4a7c10',
  cashierName: 'Amina Wanjiru',
  customerId: null,
  customerName: null,
  customerPhone: null,
  soldAt: NOW.toISOString(),
  paymentMethod: 'cash',
  paymentReference: null,
  amountTendered: 1_000_000,
  subtotal: 700_000,
  discount: 0,
  totalAmount: 700_000,
  changeDue: 300_000,
  lines: [
    {
      productId: sukari().id,
      productName: 'Sukari 1kg',
      sku: 'SUK-1KG',
      quantity: 2_000,
      unitPrice: 350_000,
      lineTotal: 700_000,
    },
  ],
  version: 0,
  snapshot: 0,
};

/** Version 1's outbox entry for {@link version1Sale}. */
const version1Entry: OutboxEntryV1 = {
  kind: 'sale',
  recordId: version1Sale.id,
  body: { id: version1Sale.id, sale_number: '7F3A-000142', device_seq: 142 },
  state: 'PENDING',
  attempts: 3,
  createdAt: NOW.toISOString(),
  lastAttemptAt: NOW.toISOString(),
  syncedAt: null,
  error: null,
  conflicts: [],
};

/** The same entry as the current version stores it. */
const saleEntry: OutboxEntry = {
  id: 'c0ffee00-0000-4000-8000-000000000142',
  name: 'sale.record',
  args: {
    id: version1Sale.id,
    sale_number: '7F3A-000142',
    device_seq: 142,
    payment_method: 'cash',
    items: [],
  },
  deviceSeq: 142,
  recordId: version1Sale.id,
  state: 'PENDING',
  attempts: 3,
  createdAt: NOW.toISOString(),
  lastAttemptAt: NOW.toISOString(),
  syncedAt: null,
  lastError: null,
  conflicts: [],
};

const version1PullState: PullState = {
  collection: 'products',
  cursor: 'v1:8812',
  snapshot: 1,
  full: false,
  received: 0,
  lastPulledAt: NOW.toISOString(),
};

describe('openPosDb', () => {
  const opened: PosDb[] = [];

  async function open(name = uniqueDbName(), onClose?: () => void): Promise<PosDb> {
    const db = await openPosDb(name, onClose);
    opened.push(db);
    return db;
  }

  afterEach(async () => {
    await Promise.all(opened.splice(0).map(deleteTestDb));
  });

  describe('a new database', () => {
    it('is at DB_VERSION', async () => {
      const db = await open();

      expect(db.version).toBe(DB_VERSION);
    });

    it('has every store', async () => {
      const db = await open();

      expect([...db.objectStoreNames].sort()).toEqual([...ALL_STORES].sort());
    });

    it('has the key paths and indexes the code queries', async () => {
      const db = await open();

      expect(describeSchema(db)).toEqual({
        customers: {
          keyPath: 'id',
          autoIncrement: false,
          indexes: { 'by-phone': { keyPath: 'phone', unique: false, multiEntry: false } },
        },
        meta: { keyPath: null, autoIncrement: false, indexes: {} },
        outbox: {
          keyPath: 'seq',
          autoIncrement: true,
          indexes: {
            'by-record': { keyPath: 'recordId', unique: false, multiEntry: false },
            'by-state': { keyPath: 'state', unique: false, multiEntry: false },
          },
        },
        products: {
          keyPath: 'id',
          autoIncrement: false,
          indexes: {
            'by-barcode': { keyPath: 'barcode', unique: false, multiEntry: false },
            'by-sku': { keyPath: 'sku', unique: false, multiEntry: false },
          },
        },
        sales: {
          keyPath: 'id',
          autoIncrement: false,
          indexes: { 'by-sold-at': { keyPath: 'soldAt', unique: false, multiEntry: false } },
        },
      });
    });

    it('numbers outbox entries in written order', async () => {
      const db = await open();

      const first = await db.add('outbox', saleEntry);
      const second = await db.add('outbox', { ...saleEntry, recordId: 'other' });

      expect([first, second]).toEqual([1, 2]);
    });

    it('is typed by PosSchema', async () => {
      const db = await open();

      expectTypeOf(db).toEqualTypeOf<IDBPDatabase<PosSchema>>();
      expectTypeOf<StoreValue<PosSchema, 'sales'>>().toEqualTypeOf<Sale>();
      expectTypeOf<StoreValue<PosSchema, 'outbox'>>().toEqualTypeOf<OutboxEntry>();
    });
  });

  describe('reopening', () => {
    it('keeps rows of every store', async () => {
      const name = uniqueDbName();
      const db = await openPosDb(name);
      await db.put('products', sukari());
      await db.put('customers', juma());
      await db.put('sales', version1Sale);
      await db.add('outbox', saleEntry);
      await db.put('meta', version1PullState, 'pull:products');
      db.close();

      const reopened = await open(name);

      expect(await reopened.getAll('products')).toEqual([sukari()]);
      expect(await reopened.getAll('customers')).toEqual([juma()]);
      expect(await reopened.getAll('sales')).toEqual([version1Sale]);
      expect(await reopened.getAll('outbox')).toEqual([{ ...saleEntry, seq: 1 }]);
      expect(await reopened.get('meta', 'pull:products')).toEqual(version1PullState);
    });
  });

  describe('upgrades', () => {
    // One test per shipped version, in the style of workbox's test-QueueDb.mjs ("should handle upgrading
    // from version 1") with the opposite assertion: nothing is dropped. Version 2 rewrote the outbox as
    // typed mutations: outbox-upgrade.test.ts proves every version 1 entry kind in every state. When
    // DB_VERSION becomes 3, freeze version 2 next to `openVersion1` and add its upgrade test.

    it('should keep rows when upgrading from version 1', async () => {
      const name = uniqueDbName();
      const old = await openVersion1(name);
      await old.put('products', sukari());
      await old.put('customers', juma());
      await old.put('sales', version1Sale);
      await old.add('outbox', version1Entry);
      await old.put('meta', version1PullState, 'pull:products');
      old.close();

      const db = await open(name);

      expect(db.version).toBe(DB_VERSION);
      expect(await db.getAll('products')).toEqual([sukari()]);
      expect(await db.getAll('customers')).toEqual([juma()]);
      expect(await db.getAll('sales')).toEqual([version1Sale]);
      expect(await db.getAllFromIndex('outbox', 'by-state', 'PENDING')).toEqual([
        { ...saleEntry, id: expect.any(String), args: version1Entry.body, seq: 1 },
      ]);
      expect(await db.get('meta', 'pull:products')).toEqual(version1PullState);
      expect(await db.getFromIndex('products', 'by-barcode', '6161100410012')).toEqual(sukari());
    });

    it('gives a database upgraded from version 1 the same structure as a new one', async () => {
      const name = uniqueDbName();
      (await openVersion1(name)).close();

      const upgraded = await open(name);
      const fresh = await open();

      expect(describeSchema(upgraded)).toEqual(describeSchema(fresh));
    });
  });

  describe('another tab upgrading', () => {
    it('closes this connection and reports it, so the next use reopens', async () => {
      const name = uniqueDbName();
      const onClose = vi.fn();
      await open(name, onClose);

      // Would stay blocked (and time out) if this connection did not give way.
      const newer = await openDB(name, DB_VERSION + 1);
      newer.close();

      expect(onClose).toHaveBeenCalledOnce();
    });
  });
});
