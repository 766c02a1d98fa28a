import { deleteTestDb, uniqueDbName } from '../support/db';
import { afterEach, describe, expect, it } from 'vitest';
import { openDB, type IDBPDatabase } from 'idb';
import { openPosDb, type PosDb } from '../../src/db/schema';
import type { OutboxEntry, OutboxState } from '../../src/db';
import type { OutboxEntryV1 } from '../../src/db/outbox-v1';
import { NOW, ringUp, sukari, unga } from '../support/fixtures';

/** Version 1's stores, frozen as it shipped (as in schema.test.ts). */
function openVersion1(name: string): Promise<IDBPDatabase> {
  return openDB(name, 1, {
    upgrade(db) {
      db.createObjectStore('products', { keyPath: 'id' });
      db.createObjectStore('customers', { keyPath: 'id' });
      db.createObjectStore('sales', { keyPath: 'id' });
      const outbox = db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
      outbox.createIndex('by-state', 'state');
      outbox.createIndex('by-record', 'recordId');
      db.createObjectStore('meta');
    },
  });
}

const STATES: readonly OutboxState[] = ['PENDING', 'SYNCING', 'SYNCED', 'FAILED'];

const saleId = (seq: number) => `a1b2c3d4-0000-4000-8000-${String(seq).padStart(12, '0')}`;
const customerId = '7d2e9c41-8a5b-4f60-b3d2-5e8f9a0b1c21';
const adjustmentId = '5a1d0000-0000-4000-8000-000000000001';

/** A sale body as version 1's `saleBody` wrote it. */
function saleBody(seq: number): Record<string, unknown> {
  return {
    id: saleId(seq),
    sale_number: `7F3A-${String(seq).padStart(6, '0')}`,
    device_id: '7f3a9e10-1111-4222-8333-444455556666',
    device_seq: seq,
    sold_at: NOW.toISOString(),
    customer_id: null,
    customer_name: null,
    customer_phone: null,
    payment_method: 'cash',
    payment_reference: null,
    amount_tendered: 3500,
    discount: 0,
    total_amount: 3500,
    items: [{ product_id: sukari().id, quantity: 1, unit_price: 3500 }],
  };
}

const productBody = {
  sku: 'UNGA-2KG',
  barcode: null,
  name: 'Unga wa Mahindi 2kg',
  category: 'Vyakula',
  unit_price: 4300,
  low_stock_threshold: null,
};

/** An entry of every version 1 kind, in every state, in the order a till could have written them. */
function version1Outbox(): Omit<OutboxEntryV1, 'state'>[] {
  const base = {
    attempts: 2,
    createdAt: NOW.toISOString(),
    lastAttemptAt: NOW.toISOString(),
    syncedAt: null,
    error: null,
    conflicts: [],
  };
  return [
    { ...base, kind: 'sale', recordId: saleId(1), body: saleBody(1) },
    {
      ...base,
      kind: 'customer',
      recordId: customerId,
      body: {
        name: 'Juma Mwangi',
        phone: '+255712345678',
        email: null,
        notes: null,
        edited_at: NOW.toISOString(),
      },
    },
    {
      ...base,
      kind: 'product',
      recordId: unga().id,
      body: { id: unga().id, ...productBody },
      request: { method: 'POST', path: '/api/products' },
    },
    {
      ...base,
      kind: 'product',
      recordId: unga().id,
      body: productBody,
      request: { method: 'PUT', path: `/api/products/${unga().id}`, ifMatch: 7 },
    },
    {
      ...base,
      kind: 'product-archive',
      recordId: unga().id,
      body: {},
      request: { method: 'POST', path: `/api/products/${unga().id}/archive` },
    },
    {
      ...base,
      kind: 'product-restore',
      recordId: unga().id,
      body: {},
      request: { method: 'POST', path: `/api/products/${unga().id}/restore` },
    },
    {
      ...base,
      kind: 'stock-adjustment',
      recordId: adjustmentId,
      body: { id: adjustmentId, delta: 24, reason: 'received', note: 'Delivery from Azam' },
      request: { method: 'POST', path: `/api/products/${sukari().id}/stock_adjustments` },
    },
    { ...base, kind: 'sale', recordId: saleId(2), body: saleBody(2) },
  ];
}

/** What each version 1 entry above must become (mutation ids are new, so not compared). */
function expectedMutations(): Pick<OutboxEntry, 'name' | 'args' | 'recordId'>[] {
  return [
    { name: 'sale.record', recordId: saleId(1), args: saleBody(1) as never },
    {
      name: 'customer.upsert',
      recordId: customerId,
      args: {
        id: customerId,
        name: 'Juma Mwangi',
        phone: '+255712345678',
        email: null,
        notes: null,
        edited_at: NOW.toISOString(),
      },
    },
    { name: 'product.create', recordId: unga().id, args: { id: unga().id, ...productBody } },
    {
      name: 'product.update',
      recordId: unga().id,
      args: { id: unga().id, base_version: 7, ...productBody },
    },
    { name: 'product.archive', recordId: unga().id, args: { id: unga().id } },
    { name: 'product.restore', recordId: unga().id, args: { id: unga().id } },
    {
      name: 'stock.adjust',
      recordId: sukari().id,
      args: {
        id: adjustmentId,
        product_id: sukari().id,
        delta: 24,
        reason: 'received',
        note: 'Delivery from Azam',
      },
    },
    { name: 'sale.record', recordId: saleId(2), args: saleBody(2) as never },
  ];
}

describe('upgrading the outbox from version 1', () => {
  const opened: PosDb[] = [];

  afterEach(async () => {
    await Promise.all(opened.splice(0).map(deleteTestDb));
  });

  async function upgradeFrom(entries: readonly OutboxEntryV1[]): Promise<PosDb> {
    const name = uniqueDbName();
    const old = await openVersion1(name);
    for (const entry of entries) {
      await old.add('outbox', entry);
    }
    await old.put(
      'meta',
      {
        id: '7f3a9e10-1111-4222-8333-444455556666',
        salePrefix: '7F3A',
        name: 'Kaunta 1',
        lastSaleSeq: 2,
        storagePersisted: true,
      },
      'device',
    );
    old.close();
    const db = await openPosDb(name);
    opened.push(db);
    return db;
  }

  it.each(STATES)(
    'turns every kind of %s entry into its mutation, in written order',
    async (state) => {
      const error =
        state === 'FAILED'
          ? {
              code: 'precondition-failed',
              message: 'Stale',
              status: 412,
              current: { id: unga().id, version: 8 },
            }
          : null;
      const old = version1Outbox().map((entry) => ({
        ...entry,
        state,
        error,
        syncedAt: state === 'SYNCED' ? NOW.toISOString() : null,
        conflicts: state === 'SYNCED' ? ['oversold'] : [],
      }));

      const db = await upgradeFrom(old);

      const entries = await db.getAll('outbox');
      expect(entries.map((entry) => entry.seq)).toEqual(old.map((_, index) => index + 1));
      expect(entries).toEqual(
        expectedMutations().map((expected, index) => ({
          ...expected,
          id: expect.stringMatching(/^[0-9a-f-]{36}$/),
          ...(expected.name === 'sale.record' && { deviceSeq: index === 0 ? 1 : 2 }),
          seq: index + 1,
          state,
          attempts: 2,
          createdAt: NOW.toISOString(),
          lastAttemptAt: NOW.toISOString(),
          syncedAt: state === 'SYNCED' ? NOW.toISOString() : null,
          lastError: error,
          conflicts: state === 'SYNCED' ? ['oversold'] : [],
        })),
      );
      expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
      expect(await db.countFromIndex('outbox', 'by-state', state)).toBe(old.length);
    },
  );

  it('keeps a settled entry’s resolution', async () => {
    const [, , , edit] = version1Outbox();
    const db = await upgradeFrom([
      { ...(edit as OutboxEntryV1), state: 'SYNCED', resolution: 'kept-server-version' },
    ]);

    expect(await db.get('outbox', 1)).toMatchObject({
      name: 'product.update',
      resolution: 'kept-server-version',
    });
  });

  it('leaves the sale sequence where it was, so the next sale follows without a gap', async () => {
    const db = await upgradeFrom(version1Outbox().map((entry) => ({ ...entry, state: 'PENDING' })));

    const next = await ringUp(db);

    expect(next.deviceSeq).toBe(3);
    expect((await db.getAll('outbox')).map((entry) => entry.deviceSeq ?? null)).toEqual([
      1,
      null,
      null,
      null,
      null,
      null,
      null,
      2,
      3,
    ]);
  });
});
