import { deleteTestDb, openTestDb } from '../support/db';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wrap } from 'idb';
import {
  getSale,
  recordSaleWithOutbox,
  salesSince,
  saveCustomerWithOutbox,
} from '../../src/db/sales-store';
import { loadDevice } from '../../src/db/meta-store';
import type { Customer, DeviceIdentity, PosDb } from '../../src/db';
import { buildSale } from '../../src/shop/sale-builder';
import { mutation } from '../../src/sync/mutations';
import { cashSale, juma, NOW, ringUp, sukari, unga } from '../support/fixtures';

describe('recordSaleWithOutbox', () => {
  let db: PosDb;

  beforeEach(async () => {
    db = await openTestDb();
  });

  afterEach(async () => {
    await deleteTestDb(db);
  });

  it('numbers the sales of a new device 1, 2, 3', async () => {
    const sales = [await ringUp(db), await ringUp(db), await ringUp(db)];

    const device = await loadDevice(db);
    expect(sales.map((sale) => sale.deviceSeq)).toEqual([1, 2, 3]);
    expect(sales.map((sale) => sale.saleNumber)).toEqual([
      `${device.salePrefix}-000001`,
      `${device.salePrefix}-000002`,
      `${device.salePrefix}-000003`,
    ]);
    expect(device.lastSaleSeq).toBe(3);
  });

  it('gives 20 sales rung up at once the numbers 1 to 20, each once', async () => {
    const sales = await Promise.all(Array.from({ length: 20 }, () => ringUp(db)));

    const numbers = sales.map((sale) => sale.deviceSeq as number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    const stored = await db.getAll('sales');
    expect(new Set(stored.map((sale) => sale.saleNumber)).size).toBe(20);
    expect((await loadDevice(db)).lastSaleSeq).toBe(20);
  });

  it('writes the outbox in the order the numbers were given', async () => {
    await Promise.all(Array.from({ length: 20 }, () => ringUp(db)));

    const entries = await db.getAll('outbox');

    expect(entries.map((entry) => entry.deviceSeq)).toEqual(
      Array.from({ length: 20 }, (_, index) => index + 1),
    );
  });

  it('passes the device to the builder', async () => {
    let seen: DeviceIdentity | undefined;

    await recordSaleWithOutbox(db, (deviceSeq, device) => {
      seen = device;
      return buildSale(cashSale(), deviceSeq, device, NOW);
    });

    const device = await loadDevice(db);
    expect(seen).toEqual({ ...device, lastSaleSeq: 0 });
    expect(device.salePrefix).toMatch(/^[0-9A-F]{4}$/);
  });

  it('writes the sale and its outbox entry together', async () => {
    const sale = await ringUp(
      db,
      cashSale(
        [
          [sukari(), 2_000],
          [unga(), 1_000],
        ],
        1_200_000,
      ),
    );

    expect(await getSale(db, sale.id)).toEqual(sale);
    const entries = await db.getAll('outbox');
    expect(entries).toEqual([
      {
        seq: 1,
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'sale.record',
        deviceSeq: 1,
        recordId: sale.id,
        args: expect.objectContaining({ id: sale.id, device_seq: 1, total_amount: 11_200 }),
        state: 'PENDING',
        attempts: 0,
        createdAt: NOW.toISOString(),
        lastAttemptAt: null,
        syncedAt: null,
        lastError: null,
        conflicts: [],
      },
    ]);
  });

  it('does not use up a number when the sale cannot be built', async () => {
    await ringUp(db);

    await expect(
      recordSaleWithOutbox(db, () => {
        throw new Error('printer says no');
      }),
    ).rejects.toThrow('printer says no');
    const next = await ringUp(db);

    expect(next.deviceSeq).toBe(2);
    expect(await db.count('sales')).toBe(2);
    expect(await db.count('outbox')).toBe(2);
  });

  it('stores neither the sale nor its number when the outbox entry cannot be written', async () => {
    await ringUp(db);
    // The outbox add is the second write of the transaction: abort the transaction right there.
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      if (this.name === 'outbox') {
        wrap(this.transaction).done.catch(() => undefined);
        this.transaction.abort();
      }
      return add.apply(this, args);
    });

    await expect(ringUp(db)).rejects.toThrow();
    vi.restoreAllMocks();

    expect(await db.count('sales')).toBe(1);
    expect(await db.count('outbox')).toBe(1);
    expect((await loadDevice(db)).lastSaleSeq).toBe(1);
    expect((await ringUp(db)).deviceSeq).toBe(2);
  });

  it('keeps the device identity across sales', async () => {
    await ringUp(db);
    const before = await loadDevice(db);

    await ringUp(db);

    expect(await loadDevice(db)).toEqual({ ...before, lastSaleSeq: 2 });
  });
});

/** The mutation the customer form queues for an edit from `before` to `after`. */
function upsert(before: Customer | undefined, after: Customer) {
  return mutation('customer.upsert', { before, after }, NOW);
}

describe('saveCustomerWithOutbox', () => {
  let db: PosDb;

  beforeEach(async () => {
    db = await openTestDb();
  });

  afterEach(async () => {
    await deleteTestDb(db);
  });

  it('stores the customer and queues it', async () => {
    const entry = upsert(undefined, juma());

    await saveCustomerWithOutbox(db, juma(), entry);

    expect(await db.get('customers', juma().id)).toEqual(juma());
    expect(await db.getAll('outbox')).toEqual([
      {
        ...entry,
        seq: 1,
        name: 'customer.upsert',
        recordId: juma().id,
        state: 'PENDING',
        attempts: 0,
      },
    ]);
  });

  it('queues every edit, in order', async () => {
    await saveCustomerWithOutbox(db, juma(), upsert(undefined, juma()));
    const edited = juma({ phone: '+255713000999' });

    await saveCustomerWithOutbox(db, edited, upsert(juma(), edited));

    expect(await db.get('customers', juma().id)).toEqual(edited);
    const entries = await db.getAll('outbox');
    expect(entries.map((entry) => ('phone' in entry.args ? entry.args.phone : undefined))).toEqual([
      '+255712345678',
      '+255713000999',
    ]);
  });
});

describe('salesSince', () => {
  let db: PosDb;

  beforeEach(async () => {
    db = await openTestDb();
  });

  afterEach(async () => {
    await deleteTestDb(db);
  });

  it('returns the sales from a moment on, oldest first', async () => {
    const yesterday = await ringUp(db, cashSale(), new Date('2026-11-20T15:00:00.000Z'));
    const evening = await ringUp(db, cashSale(), new Date('2026-11-21T16:45:00.000Z'));
    const morning = await ringUp(db, cashSale(), new Date('2026-11-21T05:10:00.000Z'));

    const today = await salesSince(db, '2026-11-20T21:00:00.000Z');

    expect(today.map((sale) => sale.id)).toEqual([morning.id, evening.id]);
    expect(today).not.toContainEqual(yesterday);
  });
});
