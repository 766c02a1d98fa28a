import '../support/db';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteDB } from 'idb';
import { DB_NAME, getDb, settle } from '../../src/db';
import {
  SALES_FILE_FORMAT,
  SalesFileError,
  exportUnsyncedSales,
  importSalesFile,
  readSalesFile,
} from '../../src/shop/sales-file';
import { FakeShop } from '../support/fake-shop';
import { NOW, ringUpMany } from '../support/fixtures';
import { json, stubCookieStore, stubFetch } from '../support/http';

// These functions use the app's database (getDb()), deleted after each test.
describe('sales file', () => {
  afterEach(async () => {
    vi.unstubAllGlobals();
    await deleteDB(DB_NAME);
  });

  describe('exportUnsyncedSales', () => {
    it('holds every unconfirmed sale exactly as the outbox would send it', async () => {
      const db = await getDb();
      const sales = await ringUpMany(db, 3);
      await settle(
        db,
        [
          { seq: 1, state: 'SYNCED' },
          { seq: 2, state: 'FAILED' },
        ],
        NOW,
      );

      const file = await exportUnsyncedSales(NOW);

      expect(file.format).toBe(SALES_FILE_FORMAT);
      expect(file.sales.map((sale) => sale['id'])).toEqual([sales[1]?.id, sales[2]?.id]);
      expect(readSalesFile(JSON.stringify(file))).toEqual(file);
    });
  });

  describe('readSalesFile', () => {
    it.each([
      ['not JSON', '{"format":', 'unreadable'],
      ['another file', '{"orders": []}', 'not-a-sales-file'],
      [
        'a newer version',
        JSON.stringify({
          format: SALES_FILE_FORMAT,
          version: 9,
          device: { id: 'd' },
          sales: [{ id: 's' }],
        }),
        'newer-version',
      ],
      [
        'no sales',
        JSON.stringify({ format: SALES_FILE_FORMAT, version: 1, device: { id: 'd' }, sales: [] }),
        'empty',
      ],
    ])('refuses %s', (_name, text, problem) => {
      expect(() => readSalesFile(text)).toThrow(SalesFileError);
      expect(() => readSalesFile(text)).toThrow(problem);
    });
  });

  describe('importSalesFile', () => {
    it('delivers in the exporting device’s name, and a second import only finds duplicates', async () => {
      stubCookieStore(new Map([['XSRF-TOKEN', 'csrf-5e1d']]));
      const shop = new FakeShop();
      const devices: unknown[] = [];
      stubFetch((request) => {
        devices.push((request.body as { device_id: unknown }).device_id);
        return json(shop.record((request.body as { sales: Record<string, unknown>[] }).sales));
      });
      await ringUpMany(await getDb(), 2);
      const file = await exportUnsyncedSales(NOW);

      const first = await importSalesFile(file);
      const second = await importSalesFile(file);

      expect(first).toEqual({ created: 2, duplicates: 0, rejected: [] });
      expect(second).toEqual({ created: 0, duplicates: 2, rejected: [] });
      expect(devices).toEqual([file.device.id, file.device.id]);
      expect([...shop.creations.values()]).toEqual([1, 1]);
    });
  });
});
