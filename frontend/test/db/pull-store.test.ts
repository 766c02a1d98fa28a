import { deleteTestDb, openTestDb } from '../support/db';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wrap } from 'idb';
import { applyPullPage, restartFullPull } from '../../src/db/pull-store';
import type { PulledPage } from '../../src/db/pull-store';
import type { Incoming, Tombstone } from '../../src/db/server-copy';
import { initialPullState, loadPullState } from '../../src/db/meta-store';
import { settle } from '../../src/db/outbox-store';
import type { Collection, PosDb, Product, Sale } from '../../src/db';
import { juma, mafuta, neema, NOW, ringUp, sukari, unga } from '../support/fixtures';

const LATER = new Date('2026-11-21T08:00:00.000Z');

/** What the server sends for a row (the device adds `snapshot`). */
function incoming<T extends { snapshot: number }>(row: T): Omit<T, 'snapshot'> {
  const { snapshot: _snapshot, ...rest } = row;
  return rest;
}

function tombstone(id: string, version: number): Tombstone {
  return { id, version, deleted: true };
}

function page<C extends Collection>(
  records: readonly (Incoming<C> | Tombstone)[],
  cursor: string,
  hasMore = false,
): PulledPage<C> {
  return { records, cursor, hasMore };
}

describe('applyPullPage', () => {
  let db: PosDb;

  beforeEach(async () => {
    db = await openTestDb();
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    await deleteTestDb(db);
  });

  /** Finishes the first full download with these products, so later pages are incremental. */
  async function downloaded(...products: Product[]): Promise<void> {
    await applyPullPage(db, 'products', page(products.map(incoming), 'c0'), NOW);
  }

  describe('upserts', () => {
    it('stores new records marked with the download they came in', async () => {
      await applyPullPage(db, 'products', page([incoming(sukari()), incoming(unga())], 'c1'), NOW);

      expect(await db.getAll('products')).toEqual(
        [sukari({ snapshot: 1 }), unga({ snapshot: 1 })].sort((a, b) => a.id.localeCompare(b.id)),
      );
    });

    it('replaces a record with a higher version', async () => {
      await downloaded(sukari({ version: 3 }));

      await applyPullPage(
        db,
        'products',
        page([incoming(sukari({ version: 4, unitPrice: 380_000 }))], 'c1'),
        NOW,
      );

      expect(await db.get('products', sukari().id)).toMatchObject({
        version: 4,
        unitPrice: 380_000,
      });
    });

    it('ignores a record older than the stored one', async () => {
      await downloaded(sukari({ version: 9, unitPrice: 400_000 }));

      await applyPullPage(
        db,
        'products',
        page([incoming(sukari({ version: 4, unitPrice: 380_000 }))], 'c1'),
        NOW,
      );

      expect(await db.get('products', sukari().id)).toMatchObject({
        version: 9,
        unitPrice: 400_000,
      });
    });

    it('gives the same result when a page arrives twice', async () => {
      const twice = page([incoming(sukari()), tombstone(unga().id, 8)], 'c1');
      await downloaded(unga());

      await applyPullPage(db, 'products', twice, NOW);
      const once = await db.getAll('products');
      await applyPullPage(db, 'products', twice, NOW);

      expect(await db.getAll('products')).toEqual(once);
    });
  });

  describe('tombstones', () => {
    it('delete a record at the same or a lower version', async () => {
      await downloaded(sukari({ version: 3 }), unga({ version: 7 }));

      await applyPullPage(
        db,
        'products',
        page([tombstone(sukari().id, 3), tombstone(unga().id, 8)], 'c1'),
        NOW,
      );

      expect(await db.count('products')).toBe(0);
    });

    it('leave a record newer than the delete', async () => {
      await downloaded(sukari({ version: 12 }));

      await applyPullPage(db, 'products', page([tombstone(sukari().id, 11)], 'c1'), NOW);

      expect(await db.get('products', sukari().id)).toMatchObject({ version: 12 });
    });

    it('are ignored for records the device never had', async () => {
      await downloaded(sukari());

      await applyPullPage(db, 'products', page([tombstone(mafuta().id, 4)], 'c1'), NOW);

      expect(await db.getAll('products')).toEqual([sukari()]);
    });
  });

  describe('pull state', () => {
    it('records the cursor and progress of each page of a full download', async () => {
      const first = await applyPullPage(
        db,
        'products',
        page([incoming(sukari()), incoming(unga())], 'c1', true),
        NOW,
      );
      expect(first).toEqual({
        collection: 'products',
        cursor: 'c1',
        snapshot: 1,
        full: true,
        received: 2,
        lastPulledAt: null,
      });
      expect(await loadPullState(db, 'products')).toEqual(first);

      const last = await applyPullPage(db, 'products', page([incoming(mafuta())], 'c2'), LATER);

      expect(last).toEqual({
        collection: 'products',
        cursor: 'c2',
        snapshot: 1,
        full: false,
        received: 3,
        lastPulledAt: LATER.toISOString(),
      });
      expect(await loadPullState(db, 'products')).toEqual(last);
    });

    it('counts nothing as received on incremental pages', async () => {
      await downloaded(sukari());

      const state = await applyPullPage(db, 'products', page([incoming(unga())], 'c1'), LATER);

      expect(state).toMatchObject({ full: false, received: 0, cursor: 'c1' });
    });

    it('keeps one state per collection', async () => {
      await applyPullPage(db, 'products', page([incoming(sukari())], 'p1'), NOW);
      await applyPullPage(db, 'customers', page([incoming(neema())], 'k1', true), NOW);

      expect(await loadPullState(db, 'products')).toMatchObject({ cursor: 'p1', full: false });
      expect(await loadPullState(db, 'customers')).toMatchObject({ cursor: 'k1', full: true });
      expect(await loadPullState(db, 'sales')).toEqual(initialPullState('sales'));
    });

    it('rolls the page back when its cursor cannot be stored', async () => {
      // The meta put is the last write of the transaction: abort the transaction right there.
      const put = IDBObjectStore.prototype.put;
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['put']>
      ) {
        if (this.name === 'meta') {
          wrap(this.transaction).done.catch(() => undefined);
          this.transaction.abort();
        }
        return put.apply(this, args);
      });

      await expect(
        applyPullPage(db, 'products', page([incoming(sukari()), incoming(unga())], 'c1'), NOW),
      ).rejects.toThrow();
      vi.restoreAllMocks();

      expect(await db.count('products')).toBe(0);
      expect(await loadPullState(db, 'products')).toEqual(initialPullState('products'));
    });
  });

  describe('end of a full download', () => {
    it('removes rows the download did not deliver', async () => {
      await downloaded(sukari(), unga(), mafuta());
      await restartFullPull(db, 'products');

      await applyPullPage(db, 'products', page([incoming(sukari())], 'c9'), LATER);

      expect(await db.getAll('products')).toEqual([sukari({ snapshot: 2 })]);
    });

    it('keeps rows delivered on earlier pages', async () => {
      await downloaded(sukari(), unga(), mafuta());
      await restartFullPull(db, 'products');

      await applyPullPage(db, 'products', page([incoming(sukari())], 'c8', true), LATER);
      await applyPullPage(db, 'products', page([incoming(unga())], 'c9'), LATER);

      expect((await db.getAll('products')).map((row) => row.name).sort()).toEqual([
        'Sukari 1kg',
        'Unga wa Mahindi 2kg',
      ]);
    });

    it('keeps a stored row newer than the copy the download delivered', async () => {
      await downloaded(sukari({ version: 9 }));
      await restartFullPull(db, 'products');

      await applyPullPage(db, 'products', page([incoming(sukari({ version: 8 }))], 'c9'), LATER);

      expect(await db.get('products', sukari().id)).toEqual(sukari({ version: 9, snapshot: 2 }));
    });

    it('keeps customers created here that the server has not confirmed', async () => {
      await db.put('customers', juma());
      await applyPullPage(db, 'customers', page([incoming(neema())], 'k1', true), NOW);

      await applyPullPage(db, 'customers', page([], 'k2'), NOW);

      expect((await db.getAll('customers')).map((row) => row.name).sort()).toEqual([
        'Juma Mwangi',
        'Neema Kimaro',
      ]);
    });

    it('keeps sales made here that the server has not confirmed', async () => {
      const unconfirmed = await ringUp(db);

      await applyPullPage(db, 'sales', page([], 's1'), NOW);

      expect(await db.get('sales', unconfirmed.id)).toEqual(unconfirmed);
    });

    it('leaves sales confirmed by a push alone after an incremental page', async () => {
      await applyPullPage(db, 'sales', page([], 's1'), NOW); // the first download is done
      const sale = await ringUp(db);
      await settle(
        db,
        [
          {
            seq: 1,
            state: 'SYNCED',
            record: { collection: 'sales', value: { ...incoming(sale), version: 1042 } },
          },
        ],
        NOW,
      );

      await applyPullPage(db, 'sales', page([], 's2'), LATER);

      expect(await db.get('sales', sale.id)).toMatchObject({ version: 1042 });
    });

    it('leaves rows alone after an incremental page', async () => {
      await downloaded(sukari(), unga());

      await applyPullPage(db, 'products', page([incoming(mafuta())], 'c1'), LATER);

      expect(await db.count('products')).toBe(3);
    });
  });

  describe('sales', () => {
    it('keep the cashier name this device printed', async () => {
      const local = await ringUp(db);
      const { cashierName: _name, ...server } = incoming({ ...local, version: 1042 });

      await applyPullPage(db, 'sales', page([{ ...server, cashierName: null }], 's1'), NOW);

      expect(await db.get('sales', local.id)).toEqual<Sale>({
        ...local,
        version: 1042,
        cashierName: 'Amina Wanjiru',
        snapshot: 1,
      });
    });

    it('take the cashier name the server sends', async () => {
      const local = await ringUp(db);

      await applyPullPage(
        db,
        'sales',
        page([{ ...incoming(local), version: 1042, cashierName: 'Amina W.' }], 's1'),
        NOW,
      );

      expect(await db.get('sales', local.id)).toMatchObject({ cashierName: 'Amina W.' });
    });
  });
});

describe('restartFullPull', () => {
  let db: PosDb;

  beforeEach(async () => {
    db = await openTestDb();
  });

  afterEach(async () => {
    await deleteTestDb(db);
  });

  it('forgets the cursor and starts a new download', async () => {
    await applyPullPage(db, 'products', page([incoming(sukari())], 'c7'), NOW);

    const state = await restartFullPull(db, 'products');

    expect(state).toEqual({
      collection: 'products',
      cursor: null,
      snapshot: 2,
      full: true,
      received: 0,
      lastPulledAt: NOW.toISOString(),
    });
    expect(await loadPullState(db, 'products')).toEqual(state);
  });

  it('keeps the rows until the new download has finished', async () => {
    await applyPullPage(db, 'products', page([incoming(sukari()), incoming(unga())], 'c7'), NOW);

    await restartFullPull(db, 'products');
    await applyPullPage(db, 'products', page([incoming(mafuta())], 'c8', true), LATER);

    expect(await db.count('products')).toBe(3);
  });

  it('leaves the outbox and the other collections alone', async () => {
    const sale = await ringUp(db);
    await applyPullPage(db, 'customers', page([incoming(neema())], 'k1'), NOW);
    const outbox = await db.getAll('outbox');

    await restartFullPull(db, 'products');

    expect(await db.getAll('outbox')).toEqual(outbox);
    expect(await db.get('sales', sale.id)).toEqual(sale);
    expect(await loadPullState(db, 'customers')).toMatchObject({ cursor: 'k1' });
  });
});
