import { deleteTestDb, openTestDb } from '../support/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  countOutbox,
  deliverable,
  listOutbox,
  markSyncing,
  pruneSynced,
  retryFailed,
  settle,
  summarizeOutbox,
} from '../../src/db/outbox-store';
import { initialPullState } from '../../src/db/meta-store';
import type { OutboxEntry, PosDb, Sale } from '../../src/db';
import { juma, NOW, queueCustomer, ringUp, ringUpMany } from '../support/fixtures';

const LATER = new Date('2026-11-21T07:31:00.000Z');
const MUCH_LATER = new Date('2026-11-21T09:00:00.000Z');

/** The server's copy of a sale it accepted: its version, and no cashier name. */
function confirmed(sale: Sale, version = 1042): Omit<Sale, 'snapshot'> {
  const { snapshot: _snapshot, ...rest } = sale;
  return { ...rest, version, cashierName: null };
}

const unknownProduct = { code: 'unknown-product', message: 'No product 0b8f…', status: null };

describe('Outbox', () => {
  let db: PosDb;

  beforeEach(async () => {
    db = await openTestDb();
  });

  afterEach(async () => {
    await deleteTestDb(db);
  });

  async function entry(seq: number): Promise<OutboxEntry | undefined> {
    return db.get('outbox', seq);
  }

  describe('deliverable', () => {
    it('lists pending entries in written order', async () => {
      await ringUpMany(db, 2);
      await queueCustomer(db);
      await ringUp(db);

      const entries = await deliverable(db);

      expect(entries.map((item) => [item.seq, item.name])).toEqual([
        [1, 'sale.record'],
        [2, 'sale.record'],
        [3, 'customer.upsert'],
        [4, 'sale.record'],
      ]);
    });

    it('includes entries left SYNCING by a push that never finished', async () => {
      await ringUpMany(db, 3);
      await markSyncing(db, [1, 2], NOW);
      // …and the tab was closed before an answer came.

      expect((await deliverable(db)).map((item) => [item.seq, item.state])).toEqual([
        [1, 'SYNCING'],
        [2, 'SYNCING'],
        [3, 'PENDING'],
      ]);
    });

    it('leaves out what is confirmed or refused', async () => {
      await ringUpMany(db, 3);
      await settle(
        db,
        [
          { seq: 1, state: 'SYNCED' },
          { seq: 2, state: 'FAILED', error: unknownProduct },
        ],
        NOW,
      );

      expect((await deliverable(db)).map((item) => item.seq)).toEqual([3]);
    });
  });

  describe('markSyncing', () => {
    it('counts an attempt each time', async () => {
      await ringUpMany(db, 1);

      await markSyncing(db, [1], NOW);
      await settle(db, [{ seq: 1, state: 'PENDING' }], NOW);
      await markSyncing(db, [1], LATER);

      expect(await entry(1)).toMatchObject({
        state: 'SYNCING',
        attempts: 2,
        lastAttemptAt: LATER.toISOString(),
      });
    });

    it('leaves a SYNCED entry as it is', async () => {
      await ringUpMany(db, 1);
      await settle(db, [{ seq: 1, state: 'SYNCED' }], NOW);
      const synced = await entry(1);

      await markSyncing(db, [1], LATER);

      expect(await entry(1)).toEqual(synced);
    });

    it('ignores numbers it does not have', async () => {
      await ringUpMany(db, 1);

      await markSyncing(db, [1, 99], NOW);

      expect(await db.count('outbox')).toBe(1);
    });
  });

  describe('settle', () => {
    it('marks a delivered entry SYNCED with the time and the conflicts the server recorded', async () => {
      await ringUpMany(db, 1);
      await markSyncing(db, [1], NOW);

      await settle(db, [{ seq: 1, state: 'SYNCED', conflicts: ['oversold'] }], LATER);

      expect(await entry(1)).toMatchObject({
        state: 'SYNCED',
        attempts: 1,
        syncedAt: LATER.toISOString(),
        lastError: null,
        conflicts: ['oversold'],
      });
    });

    it('marks a refused entry FAILED with the server’s reason', async () => {
      await ringUpMany(db, 1);
      await markSyncing(db, [1], NOW);

      await settle(db, [{ seq: 1, state: 'FAILED', error: unknownProduct }], LATER);

      expect(await entry(1)).toMatchObject({
        state: 'FAILED',
        syncedAt: null,
        lastError: unknownProduct,
      });
    });

    it('puts an unanswered entry back to PENDING, keeping its attempts', async () => {
      await ringUpMany(db, 1);
      await markSyncing(db, [1], NOW);

      await settle(db, [{ seq: 1, state: 'PENDING' }], LATER);

      expect(await entry(1)).toMatchObject({
        state: 'PENDING',
        attempts: 1,
        lastAttemptAt: NOW.toISOString(),
        syncedAt: null,
      });
    });

    it('clears the old reason once a retried entry is delivered', async () => {
      await ringUpMany(db, 1);
      await settle(db, [{ seq: 1, state: 'FAILED', error: unknownProduct }], NOW);
      await retryFailed(db);

      await settle(db, [{ seq: 1, state: 'SYNCED' }], LATER);

      expect(await entry(1)).toMatchObject({ state: 'SYNCED', lastError: null });
    });

    it('never touches a SYNCED entry again', async () => {
      const [sale] = (await ringUpMany(db, 1)) as [Sale];
      await settle(
        db,
        [
          {
            seq: 1,
            state: 'SYNCED',
            record: { collection: 'sales', value: confirmed(sale, 1042) },
          },
        ],
        NOW,
      );
      const synced = await entry(1);
      const stored = await db.get('sales', sale.id);

      await settle(
        db,
        [
          {
            seq: 1,
            state: 'FAILED',
            error: unknownProduct,
            record: { collection: 'sales', value: confirmed(sale, 2000) },
          },
        ],
        MUCH_LATER,
      );
      await settle(db, [{ seq: 1, state: 'PENDING' }], MUCH_LATER);

      expect(await entry(1)).toEqual(synced);
      expect(await db.get('sales', sale.id)).toEqual(stored);
    });

    it('stores the server’s copy of the sale, keeping the cashier name printed here', async () => {
      const [sale] = (await ringUpMany(db, 1)) as [Sale];

      await settle(
        db,
        [
          {
            seq: 1,
            state: 'SYNCED',
            record: { collection: 'sales', value: confirmed(sale, 1042) },
          },
        ],
        NOW,
      );

      expect(await db.get('sales', sale.id)).toEqual({
        ...sale,
        version: 1042,
        cashierName: 'Amina Wanjiru',
        snapshot: 0,
      });
    });

    it('marks the server’s copy as part of a sales download under way, so its sweep keeps it', async () => {
      const [sale] = (await ringUpMany(db, 1)) as [Sale];
      await db.put(
        'meta',
        { ...initialPullState('sales'), snapshot: 3, cursor: 's1' },
        'pull:sales',
      );

      await settle(
        db,
        [
          {
            seq: 1,
            state: 'SYNCED',
            record: { collection: 'sales', value: confirmed(sale, 1042) },
          },
        ],
        NOW,
      );

      expect(await db.get('sales', sale.id)).toMatchObject({ version: 1042, snapshot: 3 });
    });

    it('does not replace a sale the device holds at a higher version', async () => {
      const [sale] = (await ringUpMany(db, 1)) as [Sale];
      // A pull brought a later version (a manager's edit) before the push's answer was settled.
      const pulled = { ...sale, version: 1050, customerName: 'Neema Kimaro', snapshot: 1 };
      await db.put('sales', pulled);

      await settle(
        db,
        [
          {
            seq: 1,
            state: 'SYNCED',
            record: { collection: 'sales', value: confirmed(sale, 1042) },
          },
        ],
        NOW,
      );

      expect(await db.get('sales', sale.id)).toEqual(pulled);
      expect(await entry(1)).toMatchObject({ state: 'SYNCED' });
    });

    it('stores the server’s copy of a customer', async () => {
      await queueCustomer(db);
      const server = { ...juma(), version: 1043 };
      const { snapshot: _snapshot, ...customer } = server;

      await settle(
        db,
        [{ seq: 1, state: 'SYNCED', record: { collection: 'customers', value: customer } }],
        NOW,
      );

      expect(await db.get('customers', juma().id)).toEqual({ ...server, snapshot: 0 });
    });

    it('settles each entry of a batch on its own', async () => {
      await ringUpMany(db, 3);
      await markSyncing(db, [1, 2, 3], NOW);

      await settle(
        db,
        [
          { seq: 1, state: 'SYNCED' },
          { seq: 2, state: 'FAILED', error: unknownProduct },
          { seq: 3, state: 'PENDING' },
        ],
        LATER,
      );

      expect((await listOutbox(db)).map((item) => item.state)).toEqual([
        'SYNCED',
        'FAILED',
        'PENDING',
      ]);
    });
  });

  describe('retryFailed', () => {
    it('puts every refused entry back in the queue and says how many', async () => {
      await ringUpMany(db, 4);
      await settle(
        db,
        [
          { seq: 1, state: 'SYNCED' },
          { seq: 2, state: 'FAILED', error: unknownProduct },
          { seq: 4, state: 'FAILED', error: unknownProduct },
        ],
        NOW,
      );

      const count = await retryFailed(db);

      expect(count).toBe(2);
      expect((await listOutbox(db)).map((item) => item.state)).toEqual([
        'SYNCED',
        'PENDING',
        'PENDING',
        'PENDING',
      ]);
    });

    it('returns 0 when nothing failed', async () => {
      await ringUpMany(db, 1);

      expect(await retryFailed(db)).toBe(0);
    });
  });

  describe('summarizeOutbox', () => {
    it('is empty for a new device', async () => {
      expect(await summarizeOutbox(db)).toEqual({
        waitingSales: 0,
        waitingOther: 0,
        failed: 0,
        oldestWaitingAt: null,
      });
    });

    it('counts waiting sales and customers, failed entries and the oldest waiting one', async () => {
      await ringUp(db, undefined, new Date('2026-11-21T06:00:00.000Z'));
      await ringUp(db, undefined, new Date('2026-11-21T06:05:00.000Z'));
      await ringUp(db, undefined, new Date('2026-11-21T06:10:00.000Z'));
      await ringUp(db, undefined, new Date('2026-11-21T06:15:00.000Z'));
      await queueCustomer(db, juma(), new Date('2026-11-21T06:20:00.000Z'));
      await markSyncing(db, [2], NOW);
      await settle(
        db,
        [
          { seq: 1, state: 'SYNCED' },
          { seq: 3, state: 'FAILED', error: unknownProduct },
        ],
        NOW,
      );

      expect(await summarizeOutbox(db)).toEqual({
        waitingSales: 2,
        waitingOther: 1,
        failed: 1,
        oldestWaitingAt: '2026-11-21T06:05:00.000Z',
      });
    });
  });

  describe('countOutbox', () => {
    it('counts entries in each state', async () => {
      await ringUpMany(db, 4);
      await markSyncing(db, [2], NOW);
      await settle(
        db,
        [
          { seq: 1, state: 'SYNCED' },
          { seq: 3, state: 'FAILED', error: unknownProduct },
        ],
        NOW,
      );

      expect(await countOutbox(db)).toEqual({ PENDING: 1, SYNCING: 1, SYNCED: 1, FAILED: 1 });
    });
  });

  describe('listOutbox', () => {
    it('filters by state, in written order', async () => {
      await ringUpMany(db, 3);
      await settle(db, [{ seq: 2, state: 'SYNCED' }], NOW);

      expect((await listOutbox(db, ['PENDING'])).map((item) => item.seq)).toEqual([1, 3]);
    });
  });

  describe('pruneSynced', () => {
    it('forgets confirmed entries older than the limit and keeps everything unconfirmed', async () => {
      await ringUpMany(db, 4);
      await settle(db, [{ seq: 1, state: 'SYNCED' }], NOW);
      await settle(db, [{ seq: 2, state: 'SYNCED' }], MUCH_LATER);
      await settle(db, [{ seq: 3, state: 'FAILED', error: unknownProduct }], NOW);

      const pruned = await pruneSynced(db, LATER);

      expect(pruned).toBe(1);
      expect((await listOutbox(db)).map((item) => [item.seq, item.state])).toEqual([
        [2, 'SYNCED'],
        [3, 'FAILED'],
        [4, 'PENDING'],
      ]);
      expect(await db.count('sales')).toBe(4);
    });
  });
});
