import '../support/db';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteDB } from 'idb';
import { DB_NAME, getDb, listOutbox, loadPullState } from '../../src/db';
import { ApiClient } from '../../src/sync/api-client';
import {
  discardChange,
  loadCatalogueChanges,
  queueProductCreate,
  queueProductEdit,
  queueStockAdjustment,
  resolveStaleEdit,
  serverVersionOf,
} from '../../src/shop/catalogue';
import { loadProducts } from '../../src/shop/local-data';
import { pushOutbox } from '../../src/sync/push';
import { NOW, productJson, sukari } from '../support/fixtures';
import { json, problem, stubCookieStore, stubFetch, type SentRequest } from '../support/http';

type Json = Record<string, unknown>;

const edit = {
  sku: 'SUK-1KG',
  barcode: '6161100410012',
  name: 'Sukari 1kg',
  category: 'Vyakula',
  unitPrice: 380_000,
  lowStockThreshold: 10_000,
};

// These functions use the app's database (getDb()), deleted after each test.
describe('catalogue changes', () => {
  let requests: SentRequest[];
  /** The product as the server holds it; another manager may change it meanwhile. */
  let server: Json;
  /** Products the server created from this device's pushes, by id. */
  let created: Map<string, Json>;

  beforeEach(async () => {
    stubCookieStore(new Map([['XSRF-TOKEN', 'csrf-5e1d']]));
    server = productJson(sukari(), { version: 3 });
    created = new Map();
    await (await getDb()).put('products', sukari());
    requests = stubFetch((request) => {
      if (request.method !== 'POST' || request.path !== '/api/sync/push') {
        return problem(404, 'not-found', 'No route');
      }
      const results = (request.body as { mutations: Json[] }).mutations.map((mutation) => {
        const args = mutation['args'] as Json;
        const answer = { id: mutation['id'], name: mutation['name'], collection: 'products' };
        if (args['id'] !== sukari().id && args['sku'] === server['sku']) {
          return {
            ...answer,
            status: 'rejected',
            problem: {
              type: 'https://pos.example/problems/duplicate-sku',
              title: 'Duplicate SKU',
              status: 409,
              detail: 'SKU SUK-1KG is taken',
              code: 'duplicate-sku',
            },
          };
        }
        if (mutation['name'] === 'product.create') {
          const { id, ...fields } = args;
          const record = {
            id,
            ...fields,
            stock_on_hand: 0,
            version: 1,
            updated_at: NOW.toISOString(),
          };
          created.set(String(id), record);
          return { ...answer, status: 'applied', record, conflicts: [] };
        }
        const other = created.get(String(args['product_id']));
        if (mutation['name'] === 'stock.adjust' && args['product_id'] !== sukari().id) {
          if (other === undefined) {
            return {
              ...answer,
              status: 'rejected',
              problem: {
                type: 'https://pos.example/problems/not-found',
                title: 'Not found',
                status: 404,
                detail: 'No such product',
                code: 'not-found',
              },
            };
          }
          const record = {
            ...other,
            stock_on_hand: Number(other['stock_on_hand']) + Number(args['delta']),
            version: Number(other['version']) + 1,
          };
          created.set(String(args['product_id']), record);
          return { ...answer, status: 'applied', record, conflicts: [] };
        }
        if (mutation['name'] === 'product.update') {
          if (args['base_version'] !== server['version']) {
            return {
              ...answer,
              status: 'rejected',
              problem: {
                type: 'https://pos.example/problems/precondition-failed',
                title: 'Stale',
                status: 412,
                detail: 'Stale',
                code: 'precondition-failed',
                current: server,
              },
            };
          }
          const { id: _id, base_version: _base, ...fields } = args;
          server = { ...server, ...fields, version: Number(server['version']) + 1 };
        } else if (mutation['name'] === 'stock.adjust') {
          server = {
            ...server,
            stock_on_hand: Number(server['stock_on_hand']) + Number(args['delta']),
            version: Number(server['version']) + 1,
          };
        }
        return { ...answer, status: 'applied', record: server, conflicts: [] };
      });
      return json({ applied: results.length, duplicates: 0, rejected: 0, results });
    });
  });

  /** The arguments of every mutation sent, in order. */
  function sent(): Json[] {
    return requests.flatMap((request) =>
      (request.body as { mutations: Json[] }).mutations.map((mutation) => mutation['args'] as Json),
    );
  }

  afterEach(async () => {
    vi.unstubAllGlobals();
    await deleteDB(DB_NAME);
  });

  async function push() {
    return pushOutbox({ db: await getDb(), api: new ApiClient(), deviceId: 'd-1', now: () => NOW });
  }

  it('shows an edit on the device at once and sends it with the version it was made on', async () => {
    await queueProductEdit(sukari(), edit, NOW);
    expect((await loadProducts())[0]?.unitPrice).toBe(380_000);

    await push();

    expect(sent()).toEqual([
      {
        id: sukari().id,
        base_version: 3,
        sku: 'SUK-1KG',
        barcode: '6161100410012',
        name: 'Sukari 1kg',
        category: 'Vyakula',
        unit_price: 3800,
        low_stock_threshold: 10,
      },
    ]);
    expect((await (await getDb()).get('products', sukari().id))?.version).toBe(4);
    expect(await loadCatalogueChanges()).toEqual([]);
  });

  it('keeps a stale edit with the server’s version, for a person to settle', async () => {
    server = { ...server, version: 5, unit_price: 3600 };
    await queueProductEdit(sukari(), edit, NOW);

    const result = await push();

    expect(result.failed).toBe(1);
    const [clash] = await loadCatalogueChanges();
    expect(clash?.lastError?.code).toBe('precondition-failed');
    expect(serverVersionOf(clash!)).toMatchObject({ version: 5, unitPrice: 360_000 });
  });

  it('sends a kept edit again on top of the server’s version', async () => {
    server = { ...server, version: 5, unit_price: 3600 };
    await queueProductEdit(sukari(), edit, NOW);
    await push();
    const [clash] = await loadCatalogueChanges();

    await resolveStaleEdit(clash!, 'mine', NOW);
    await push();

    expect(sent().map((args) => args['base_version'])).toEqual([3, 5]);
    expect(server['unit_price']).toBe(3800);
    const outbox = await listOutbox(await getDb());
    expect(outbox.map((entry) => [entry.state, entry.resolution ?? null])).toEqual([
      ['SYNCED', 'sent-again-on-server-version'],
      ['SYNCED', null],
    ]);
  });

  it('drops an edit when the manager keeps theirs, and shows the server’s version', async () => {
    server = { ...server, version: 5, unit_price: 3600 };
    await queueProductEdit(sukari(), edit, NOW);
    await push();
    const [clash] = await loadCatalogueChanges();

    await resolveStaleEdit(clash!, 'theirs', NOW);

    expect(await loadCatalogueChanges()).toEqual([]);
    expect((await (await getDb()).get('products', sukari().id))?.unitPrice).toBe(360_000);
    await push();
    expect(requests).toHaveLength(1);
  });

  it('counts a waiting stock adjustment in what the device shows on hand', async () => {
    await queueStockAdjustment(sukari().id, 24_000, 'received', 'Delivery from Bakhresa', NOW);

    expect((await loadProducts())[0]?.available).toBe(48_000 + 24_000);
    await push();
    expect(sent()).toEqual([
      {
        id: expect.any(String),
        product_id: sukari().id,
        delta: 24,
        reason: 'received',
        note: 'Delivery from Bakhresa',
      },
    ]);
    expect((await listOutbox(await getDb()))[0]?.state).toBe('SYNCED');
    // The server's copy, with the stock it now counts, replaces the device's.
    expect(await loadProducts()).toMatchObject([{ stockOnHand: 72_000, available: 72_000 }]);
  });

  describe('a new product with opening stock (issue 13)', () => {
    const maharage = {
      sku: 'MAH-1KG',
      barcode: null,
      name: 'Maharage 1kg',
      category: 'Vyakula',
      unitPrice: 420_000,
      lowStockThreshold: null,
    };
    const counted = { quantity: 36_000, note: 'Opening stock' };

    it('queues the product and then its counted stock, and shows the stock at once', async () => {
      const product = await queueProductCreate({ ...maharage, openingStock: counted }, NOW);

      expect(
        (await listOutbox(await getDb())).map((entry) => [entry.name, entry.recordId, entry.state]),
      ).toEqual([
        ['product.create', product.id, 'PENDING'],
        ['stock.adjust', product.id, 'PENDING'],
      ]);
      const shown = (await loadProducts()).find((row) => row.id === product.id);
      expect(shown).toMatchObject({ stockOnHand: 0, available: 36_000 });

      await push();
      expect(sent().map((args) => [args['id'] === product.id, args['reason'] ?? null])).toEqual([
        [true, null],
        [false, 'count'],
      ]);
      expect(sent()[1]).toMatchObject({ product_id: product.id, delta: 36, note: 'Opening stock' });
      expect((await listOutbox(await getDb())).map((entry) => entry.state)).toEqual([
        'SYNCED',
        'SYNCED',
      ]);
      expect((await loadProducts()).find((row) => row.id === product.id)).toMatchObject({
        stockOnHand: 36_000,
        available: 36_000,
      });
      await push();
      expect(sent()).toHaveLength(2);
    });

    it('queues no stock change without opening stock', async () => {
      await queueProductCreate(maharage, NOW);
      expect((await listOutbox(await getDb())).map((entry) => entry.name)).toEqual([
        'product.create',
      ]);
    });

    it('sends the stock again after the product once a refused product is corrected', async () => {
      const taken = { ...maharage, sku: 'SUK-1KG', openingStock: counted };
      const product = await queueProductCreate(taken, NOW);
      await push();
      expect((await loadCatalogueChanges()).map((entry) => entry.lastError?.code)).toEqual([
        'duplicate-sku',
        'not-found',
      ]);

      await queueProductEdit(product, { ...maharage }, NOW);
      const result = await push();

      expect(result).toMatchObject({ delivered: 2, failed: 0 });
      expect(await loadCatalogueChanges()).toEqual([]);
      expect(created.get(product.id)).toMatchObject({ sku: 'MAH-1KG', stock_on_hand: 36 });
    });
  });

  describe('a change the server refused (issue 13)', () => {
    const twoKilos = { ...edit, sku: 'SUK-1KG', name: 'Sukari 2kg', barcode: null };

    it('is created again with the corrected details once the manager edits it', async () => {
      const product = await queueProductCreate(twoKilos, NOW);
      await push();
      const [refused] = await loadCatalogueChanges();
      expect(refused?.lastError?.code).toBe('duplicate-sku');

      await queueProductEdit(product, { ...twoKilos, sku: 'SUK-2KG' }, NOW);
      const result = await push();

      expect(result).toMatchObject({ delivered: 1, failed: 0 });
      expect(sent().map((args) => [args['id'], args['sku']])).toEqual([
        [product.id, 'SUK-1KG'],
        [product.id, 'SUK-2KG'],
      ]);
      expect(
        (await listOutbox(await getDb())).map((entry) => [
          entry.name,
          entry.state,
          entry.resolution ?? null,
        ]),
      ).toEqual([
        ['product.create', 'SYNCED', 'replaced-by-edit'],
        ['product.create', 'SYNCED', null],
      ]);
      expect(await loadCatalogueChanges()).toEqual([]);
      expect((await (await getDb()).get('products', product.id))?.version).toBe(1);
    });

    it('is forgotten on this device when the manager discards a new product', async () => {
      const product = await queueProductCreate(twoKilos, NOW);
      await push();
      const [refused] = await loadCatalogueChanges();

      await discardChange(refused!, NOW);

      expect(await loadCatalogueChanges()).toEqual([]);
      expect(await (await getDb()).get('products', product.id)).toBeUndefined();
      expect((await loadProducts()).map((row) => row.id)).toEqual([sukari().id]);
      await push();
      expect(requests).toHaveLength(1);
    });

    it('gives way to the server’s copy when the manager discards an edit', async () => {
      const other = { ...sukari(), id: '0b8f6f1e-3c2a-4d5b-9e7f-1a2b3c4d5e09', sku: 'SUK-5KG' };
      await (await getDb()).put('products', other);
      await queueProductEdit(other, { ...edit, sku: 'SUK-1KG' }, NOW);
      await push();
      const [refused] = await loadCatalogueChanges();

      await discardChange(refused!, NOW);

      expect(await loadCatalogueChanges()).toEqual([]);
      // The refusal carried no copy: the next sync downloads the catalogue again.
      expect(await loadPullState(await getDb(), 'products')).toMatchObject({
        full: true,
        cursor: null,
      });
    });
  });
});
