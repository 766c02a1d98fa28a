import '../support/db';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteDB } from 'idb';
import { DB_NAME, getDb, listOutbox, loadDevice, settle } from '../../src/db';
import {
  createCustomerRecord,
  findProductByCode,
  loadAttentionItems,
  loadCustomers,
  loadDeviceInfo,
  loadProducts,
  requestPersistentStorage,
  SaleInputError,
  storeSale,
  updateCustomerRecord,
} from '../../src/shop/local-data';
import { cashSale, juma, mafuta, neema, sukari, unga } from '../support/fixtures';

// These functions use the app's database (getDb()); deleting it makes the open connection give way
// (the `blocking` handler closes it and getDb() opens a fresh one next time).
describe('local data', () => {
  afterEach(async () => {
    vi.unstubAllGlobals();
    await deleteDB(DB_NAME);
  });

  async function stock(...products: ReturnType<typeof sukari>[]): Promise<void> {
    const db = await getDb();
    for (const product of products) {
      await db.put('products', product);
    }
  }

  describe('storeSale', () => {
    it('stores the sale with the device’s next number and queues it', async () => {
      const sale = await storeSale(cashSale([[sukari(), 2_000]], 1_000_000));

      const device = await loadDevice(await getDb());
      expect(sale.saleNumber).toBe(`${device.salePrefix}-000001`);
      expect(sale.changeDue).toBe(300_000);
      expect(await listOutbox(await getDb())).toEqual([
        expect.objectContaining({
          name: 'sale.record',
          recordId: sale.id,
          deviceSeq: 1,
          state: 'PENDING',
        }),
      ]);
    });

    it('refuses an incomplete sale without using a number', async () => {
      const failure = await storeSale(cashSale([[sukari(), 2_000]], 500_000)).catch(
        (error: unknown) => error,
      );

      expect(failure).toBeInstanceOf(SaleInputError);
      expect(failure).toMatchObject({ code: 'tendered-too-little' });
      expect(await listOutbox(await getDb())).toEqual([]);
      expect((await storeSale(cashSale())).deviceSeq).toBe(1);
    });
  });

  describe('loadProducts', () => {
    it('lists products by name with stock net of sales the server has not counted', async () => {
      await stock(sukari({ stockOnHand: 48_000 }), unga({ stockOnHand: 30_000 }), mafuta());
      await storeSale(cashSale([[sukari(), 2_000]])); // confirmed below: the server counts it
      await storeSale(
        cashSale([
          [sukari(), 3_000],
          [unga(), 1_500],
        ]),
      );
      await settle(await getDb(), [{ seq: 1, state: 'SYNCED' }], new Date());

      const products = await loadProducts();

      expect(products.map((product) => [product.name, product.available])).toEqual([
        ['Mafuta ya Kupikia 1L', 12_000],
        ['Sukari 1kg', 45_000],
        ['Unga wa Mahindi 2kg', 28_500],
      ]);
    });

    it('does not lower stock for a sale the server refused (issue 13)', async () => {
      await stock(unga({ stockOnHand: 30_000 }));
      await storeSale(cashSale([[unga(), 1_000]])); // waiting: counted
      await storeSale(cashSale([[unga(), 4_000]])); // refused: the goods never left the shelf
      const error = { code: 'unknown-product', message: '', status: 422 };
      await settle(await getDb(), [{ seq: 2, state: 'FAILED', error }], new Date());

      expect((await loadProducts()).map((product) => product.available)).toEqual([29_000]);
    });
  });

  describe('findProductByCode', () => {
    it('finds a product by barcode or SKU, ignoring spaces a scanner adds', async () => {
      await stock(sukari(), mafuta());

      expect((await findProductByCode(' 6161100410012\n'))?.name).toBe('Sukari 1kg');
      expect((await findProductByCode('MAFUTA-1L'))?.name).toBe('Mafuta ya Kupikia 1L');
      expect(await findProductByCode('0000')).toBeUndefined();
    });
  });

  describe('createCustomerRecord', () => {
    it('creates an unconfirmed customer and queues it', async () => {
      const customer = await createCustomerRecord({ name: '  Juma Mwangi ', phone: ' ' });

      expect(customer).toMatchObject({ name: 'Juma Mwangi', phone: null, version: 0 });
      expect(await loadCustomers()).toEqual([customer]);
      expect(await listOutbox(await getDb())).toEqual([
        expect.objectContaining({
          name: 'customer.upsert',
          recordId: customer.id,
          args: {
            id: customer.id,
            name: 'Juma Mwangi',
            phone: null,
            email: null,
            notes: null,
            edited_at: customer.updatedAt,
          },
        }),
      ]);
    });

    it('sends only the fields an edit changed (issue 13)', async () => {
      await (await getDb()).put('customers', neema());

      const edited = await updateCustomerRecord(neema().id, {
        name: 'Neema Kimaro',
        phone: '+255754999000',
        email: 'neema@example.co.tz',
        notes: '',
      });

      expect((await listOutbox(await getDb())).map((entry) => entry.args)).toEqual([
        { id: neema().id, phone: '+255754999000', notes: null, edited_at: edited.updatedAt },
      ]);
    });

    it('lists customers by name', async () => {
      const db = await getDb();
      await db.put('customers', neema());
      await db.put('customers', juma());

      expect((await loadCustomers()).map((customer) => customer.name)).toEqual([
        'Juma Mwangi',
        'Neema Kimaro',
      ]);
    });
  });

  describe('loadAttentionItems', () => {
    it('lists what the server refused with the sale it carries', async () => {
      const sale = await storeSale(cashSale());
      await storeSale(cashSale());
      const error = { code: 'unknown-product', message: 'Unknown product', status: null };
      await settle(await getDb(), [{ seq: 1, state: 'FAILED', error }], new Date());

      const items = await loadAttentionItems();

      expect(items).toEqual([
        { entry: expect.objectContaining({ seq: 1, lastError: error }), sale },
      ]);
    });
  });

  describe('loadDeviceInfo', () => {
    it('describes this device, the same on every call', async () => {
      const first = await loadDeviceInfo();

      expect(first).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        salePrefix: first.id.slice(0, 4).toUpperCase(),
        codeFromServer: false,
        name: '',
        storagePersisted: null,
      });
      expect(await loadDeviceInfo()).toEqual(first);
    });
  });

  describe('requestPersistentStorage', () => {
    it('asks the browser to keep the data and remembers the answer', async () => {
      const persist = vi.fn(async () => true);
      vi.stubGlobal('navigator', { storage: { persisted: async () => false, persist } });

      expect(await requestPersistentStorage()).toBe(true);

      expect(persist).toHaveBeenCalledOnce();
      expect((await loadDevice(await getDb())).storagePersisted).toBe(true);
    });

    it('remembers false where the browser has no storage API', async () => {
      vi.stubGlobal('navigator', {});

      expect(await requestPersistentStorage()).toBe(false);
      expect((await loadDevice(await getDb())).storagePersisted).toBe(false);
    });
  });
});
