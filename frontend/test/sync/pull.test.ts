import { deleteTestDb, openTestDb } from '../support/db';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listOutbox, loadPullState, settle } from '../../src/db';
import type { Collection, PosDb, PullState } from '../../src/db';
import { ApiClient } from '../../src/sync/api-client';
import { pullCollection, PULL_LIMIT } from '../../src/sync/pull';
import { SyncError } from '../../src/sync/sync-error';
import {
  customerJson,
  juma,
  mafuta,
  mchele,
  neema,
  NOW,
  productJson,
  queueCustomer,
  ringUp,
  serverSaleJson,
  sukari,
  tombstoneJson,
  unga,
} from '../support/fixtures';
import { cutOff, json, networkError, problem, stubFetch, type SentRequest } from '../support/http';

type Json = Record<string, unknown>;

/** What the server answers for one `last_sync` value ('' for none): a page, or any response. */
type Script = Record<
  string,
  { data: Json[]; cursor: string; has_more: boolean } | (() => Response)
>;

const expired = () => problem(410, 'cursor-expired', 'The server can no longer serve this cursor');

describe('pullCollection', () => {
  let db: PosDb;
  let requests: SentRequest[];

  beforeEach(async () => {
    db = await openTestDb();
  });

  afterEach(async () => {
    vi.unstubAllGlobals();
    await deleteTestDb(db);
  });

  /** Serves `GET /api/{collection}/sync` from a script keyed by `last_sync`. */
  function serve(collection: Collection, script: Script): void {
    requests = stubFetch((request) => {
      if (request.path !== `/api/${collection}/sync`) {
        return problem(404, 'not-found', request.path);
      }
      const answer = script[request.query.get('last_sync') ?? ''];
      if (answer === undefined) {
        return problem(400, 'invalid-cursor', 'Malformed cursor');
      }
      return typeof answer === 'function' ? answer() : json({ ...answer, timestamp: NOW });
    });
  }

  function pull<C extends Collection>(
    collection: C,
    onPage?: (state: PullState) => void,
  ): Promise<PullState> {
    return pullCollection(db, new ApiClient(), collection, onPage, () => NOW);
  }

  function sentCursors(): (string | null)[] {
    return requests.map((request) => request.query.get('last_sync'));
  }

  async function productNames(): Promise<string[]> {
    return (await db.getAll('products')).map((row) => row.name).sort();
  }

  /** The device after its first full download of sukari, unga and mafuta (cursor `p1`). */
  async function downloaded(): Promise<void> {
    serve('products', {
      '': {
        data: [sukari(), unga(), mafuta()].map((row) => productJson(row)),
        cursor: 'p1',
        has_more: false,
      },
    });
    await pull('products');
  }

  describe('a full download', () => {
    it('follows the cursor until has_more is false', async () => {
      serve('products', {
        '': { data: [productJson(sukari()), productJson(unga())], cursor: 'p1', has_more: true },
        p1: { data: [productJson(mafuta())], cursor: 'p2', has_more: true },
        p2: { data: [productJson(mchele())], cursor: 'p3', has_more: false },
      });

      const state = await pull('products');

      expect(sentCursors()).toEqual([null, 'p1', 'p2']);
      expect(requests.map((request) => request.query.get('limit'))).toEqual([
        '1000',
        '1000',
        '1000',
      ]);
      expect(PULL_LIMIT).toBe(1000);
      expect(await db.getAll('products')).toEqual(
        [sukari(), unga(), mafuta(), mchele()].sort((a, b) => a.id.localeCompare(b.id)),
      );
      expect(state).toEqual({
        collection: 'products',
        cursor: 'p3',
        snapshot: 1,
        full: false,
        received: 4,
        lastPulledAt: NOW.toISOString(),
      });
    });

    it('converts the API’s decimals to cents and thousandths', async () => {
      serve('products', {
        '': {
          data: [productJson(mchele(), { unit_price: 2999.99, stock_on_hand: 75.125 })],
          cursor: 'p1',
          has_more: false,
        },
      });

      await pull('products');

      expect(await db.get('products', mchele().id)).toMatchObject({
        unitPrice: 299_999,
        stockOnHand: 75_125,
      });
    });

    it('reports each page once it is stored', async () => {
      serve('products', {
        '': { data: [productJson(sukari()), productJson(unga())], cursor: 'p1', has_more: true },
        p1: { data: [productJson(mafuta())], cursor: 'p2', has_more: false },
      });
      const pages: PullState[] = [];

      await pull('products', (state) => pages.push(state));

      expect(pages.map((state) => [state.cursor, state.full, state.received])).toEqual([
        ['p1', true, 2],
        ['p2', false, 3],
      ]);
    });
  });

  describe('an incremental pull', () => {
    it('sends the stored cursor back verbatim', async () => {
      const opaque = 'djE6ODgxMg==/7+ä&x=1';
      serve('products', { '': { data: [], cursor: opaque, has_more: false } });
      await pull('products');
      serve('products', { [opaque]: { data: [], cursor: 'next', has_more: false } });

      await pull('products');

      expect(sentCursors()).toEqual([opaque]);
      expect(await loadPullState(db, 'products')).toMatchObject({ cursor: 'next' });
    });

    it('applies updates and removes what the server deleted', async () => {
      await downloaded();
      serve('products', {
        p1: {
          data: [
            productJson(sukari({ version: 11, unitPrice: 380_000 })),
            tombstoneJson(unga().id, 9),
          ],
          cursor: 'p2',
          has_more: false,
        },
      });

      await pull('products');

      expect(await productNames()).toEqual(['Mafuta ya Kupikia 1L', 'Sukari 1kg']);
      expect(await db.get('products', sukari().id)).toMatchObject({
        version: 11,
        unitPrice: 380_000,
      });
    });

    it('removes customers the server deleted but keeps those made here', async () => {
      serve('customers', { '': { data: [customerJson(neema())], cursor: 'k1', has_more: false } });
      await pull('customers');
      await queueCustomer(db, juma());
      serve('customers', {
        k1: { data: [tombstoneJson(neema().id, 5)], cursor: 'k2', has_more: false },
      });

      await pull('customers');

      expect((await db.getAll('customers')).map((row) => row.name)).toEqual(['Juma Mwangi']);
    });
  });

  describe('after 410 cursor-expired', () => {
    it('downloads everything again and then drops what the new snapshot lacks', async () => {
      await downloaded();
      serve('products', {
        p1: expired,
        '': { data: [productJson(sukari({ version: 12 }))], cursor: 'r1', has_more: true },
        r1: { data: [productJson(unga())], cursor: 'r2', has_more: false },
      });

      const state = await pull('products');

      expect(sentCursors()).toEqual(['p1', null, 'r1']);
      expect(await productNames()).toEqual(['Sukari 1kg', 'Unga wa Mahindi 2kg']);
      expect(state).toMatchObject({ cursor: 'r2', snapshot: 2, full: false, received: 2 });
    });

    it('leaves the outbox and the sales made here alone', async () => {
      await downloaded();
      await ringUp(db);
      await ringUp(db);
      await queueCustomer(db, juma());
      await settle(db, [{ seq: 1, state: 'SYNCED' }], NOW);
      const outbox = await listOutbox(db);
      const sales = await db.getAll('sales');
      serve('products', {
        p1: expired,
        '': { data: [productJson(sukari())], cursor: 'r1', has_more: false },
      });

      await pull('products');

      expect(await listOutbox(db)).toEqual(outbox);
      expect(await db.getAll('sales')).toEqual(sales);
      expect(await db.getAll('customers')).toEqual([juma()]);
    });

    it('keeps the old rows until an interrupted download is finished', async () => {
      await downloaded();
      serve('products', {
        p1: expired,
        '': { data: [productJson(sukari())], cursor: 'r1', has_more: true },
        r1: () => {
          throw networkError();
        },
      });

      await expect(pull('products')).rejects.toMatchObject({ code: 'offline' });

      expect(await productNames()).toEqual([
        'Mafuta ya Kupikia 1L',
        'Sukari 1kg',
        'Unga wa Mahindi 2kg',
      ]);
      expect(await loadPullState(db, 'products')).toMatchObject({ cursor: 'r1', full: true });

      serve('products', { r1: { data: [productJson(unga())], cursor: 'r2', has_more: false } });
      await pull('products');

      expect(sentCursors()).toEqual(['r1']);
      expect(await productNames()).toEqual(['Sukari 1kg', 'Unga wa Mahindi 2kg']);
    });

    it('downloads everything again when the server no longer reads the cursor (400 invalid-cursor)', async () => {
      await downloaded();
      serve('products', {
        p1: () => problem(400, 'invalid-cursor', 'This cursor cannot be read'),
        '': { data: [productJson(sukari({ version: 12 }))], cursor: 'r1', has_more: false },
      });

      const state = await pull('products');

      expect(sentCursors()).toEqual(['p1', null]);
      expect(await productNames()).toEqual(['Sukari 1kg']);
      expect(state).toMatchObject({ cursor: 'r1', full: false });
    });

    it('gives up when the server keeps answering 410', async () => {
      await downloaded();
      serve('products', { p1: expired, '': expired });

      const failure = await pull('products').catch((error: unknown) => error);

      expect(failure).toBeInstanceOf(SyncError);
      expect(failure).toMatchObject({ status: 410, code: 'rejected' });
      expect(sentCursors()).toEqual(['p1', null, null]);
      expect(await db.count('products')).toBe(3);
    });
  });

  describe('when interrupted', () => {
    it('resumes after the last page stored', async () => {
      serve('products', {
        '': { data: [productJson(sukari())], cursor: 'p1', has_more: true },
        p1: { data: [productJson(unga())], cursor: 'p2', has_more: true },
        p2: () => {
          throw networkError();
        },
      });

      await expect(pull('products')).rejects.toMatchObject({ code: 'offline' });

      expect(await productNames()).toEqual(['Sukari 1kg', 'Unga wa Mahindi 2kg']);
      expect(await loadPullState(db, 'products')).toMatchObject({
        cursor: 'p2',
        full: true,
        received: 2,
      });

      serve('products', {
        p2: { data: [productJson(mafuta())], cursor: 'p3', has_more: false },
      });
      const state = await pull('products');

      expect(sentCursors()).toEqual(['p2']);
      expect(state).toMatchObject({ cursor: 'p3', full: false, received: 3 });
      expect(await db.count('products')).toBe(3);
    });

    it('stores nothing of a page with a record it cannot read', async () => {
      const noSku = productJson(mafuta(), { sku: null });
      serve('products', {
        '': { data: [productJson(sukari())], cursor: 'p1', has_more: true },
        p1: { data: [productJson(unga()), noSku], cursor: 'p2', has_more: false },
      });

      const failure = await pull('products').catch((error: unknown) => error);

      expect(failure).toBeInstanceOf(SyncError);
      expect(failure).toMatchObject({ code: 'retryable', status: 200 });
      expect(await productNames()).toEqual(['Sukari 1kg']);
      expect(await loadPullState(db, 'products')).toMatchObject({ cursor: 'p1', full: true });
    });

    it.each([
      ['a 200 without a cursor', () => json({ data: [], has_more: false })],
      ['a 200 cut off mid-way', () => cutOff({ data: [productJson(sukari())], cursor: 'p1' })],
      ['a 503', () => problem(503, 'unavailable', 'Maintenance')],
    ])('keeps the stored cursor after %s', async (_name, answer) => {
      await downloaded();
      serve('products', { p1: answer });

      await expect(pull('products')).rejects.toMatchObject({ code: 'retryable' });

      expect(await loadPullState(db, 'products')).toMatchObject({ cursor: 'p1' });
      expect(await db.count('products')).toBe(3);
    });
  });

  describe('sales', () => {
    it('keep the cashier name of sales made here when the server’s copy arrives', async () => {
      const sale = await ringUp(db);
      const [entry] = await listOutbox(db);
      serve('sales', {
        '': {
          data: [serverSaleJson(entry?.args as Json, 1042)],
          cursor: 's1',
          has_more: false,
        },
      });

      await pull('sales');

      expect(await db.get('sales', sale.id)).toEqual({
        ...sale,
        version: 1042,
        snapshot: 1,
      });
      expect(await listOutbox(db)).toEqual([entry]);
    });

    it('keep sales the server has not confirmed through a full download', async () => {
      const sale = await ringUp(db);
      serve('sales', { '': { data: [], cursor: 's1', has_more: false } });

      await pull('sales');

      expect(await db.get('sales', sale.id)).toEqual(sale);
    });
  });
});
