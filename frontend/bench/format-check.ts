/**
 * Proves that sales written by `support/offline-sales.ts` are what the app itself writes, before
 * the backlog benchmark relies on it: a wrong format would make its figure a lie. Three sales are
 * rung up through the sell screen offline; the same sales built by `offlineSale` must equal the
 * stored sales and outbox entries field for field; the same sales injected into the device must
 * read back unchanged, be counted as waiting by the app after a reload, and be pushed by the app's
 * sync manager and stored by the server exactly like the ones rung up.
 *
 * @packageDocumentation
 */
import { expect } from 'vitest';
import { DB_VERSION, type OutboxEntry, type Sale } from '../src/db';
import type { SaleInput } from '../src/shop/sale-builder';
import { adminApi, type Product as ApiProduct, type Sale as ApiSale } from '../e2e/support/api';
import { goOffline, goOnline, newDevice, TABLET, type Browser } from '../e2e/support/browser';
import { db } from '../e2e/support/db';
import { seedCashier } from '../e2e/support/fixtures';
import { openTill, readStore, sellAll, waitForWaiting, type SaleToRing } from '../e2e/support/pos';
import { deviceRecords, waitInPage } from './support/device-state';
import { injectSales, offlineSale, type OfflineSale } from './support/offline-sales';

const TIMEOUT_MS = 120_000;

/** Rings up three sales through the UI and checks injected copies against them (see above). */
export async function checkInjectedSalesFormat(
  browser: Browser,
  [first, second, third]: readonly [ApiProduct, ApiProduct, ApiProduct],
): Promise<void> {
  const admin = await adminApi();
  const cashier = await seedCashier(admin, 'Neema Mollel');
  const till = await newDevice(browser, { name: 'format-check', viewport: TABLET });
  const page = till.page;
  await openTill(page, cashier, []);
  await waitInPage(page, 'synced-once', TIMEOUT_MS);
  // The outbox format below is that of the app's current schema; an older one would not compare.
  expect(await page.evaluate(databaseVersion)).toBe(DB_VERSION);
  await goOffline(till.context);

  // One sale of each payment method, the products scanned as a cashier would.
  const scan = (product: ApiProduct, quantity: number) => ({
    sku: product.sku,
    quantity,
    scan: product.barcode ?? product.sku,
  });
  const rings: SaleToRing[] = [
    { lines: [scan(first, 2), scan(second, 1)], payment: { method: 'cash', tendered: 50_000 } },
    { lines: [scan(third, 3)], payment: { method: 'mobile_money', reference: 'MP40123987' } },
    { lines: [scan(second, 1), scan(first, 1)], payment: { method: 'card' } },
  ];
  await sellAll(page, rings);
  // Leave the app for a static page of its origin, so nothing runs against the database meanwhile.
  await page.goto('/favicon.svg');

  const { device, user, products } = await deviceRecords(page);
  const uiSales = (await readStore<Sale[]>(page, 'sales')).sort(byDeviceSeq);
  const uiEntries = await readStore<OutboxEntry[]>(page, 'outbox');
  expect(uiSales).toHaveLength(3);
  expect(uiEntries).toHaveLength(3);

  // The same three sales as offlineSale builds them from what the sell screen passes recordSale.
  const inputOf = (ring: SaleToRing): SaleInput => ({
    lines: ring.lines.map((line) => {
      const product = products.find((candidate) => candidate.sku === line.sku);
      if (product === undefined) {
        throw new Error(`${line.sku} is not on the device`);
      }
      return { product, quantity: line.quantity * 1000 };
    }),
    discount: 0,
    paymentMethod: ring.payment.method,
    amountTendered:
      ring.payment.method === 'cash' && typeof ring.payment.tendered === 'number'
        ? ring.payment.tendered * 100
        : null,
    paymentReference:
      ring.payment.method === 'cash'
        ? null
        : ring.payment.method === 'mobile_money'
          ? ring.payment.reference
          : '',
    customer: null,
    cashier: { id: user.id, displayName: user.displayName },
  });
  rings.forEach((ring, index) => {
    const ui = uiSales[index] as Sale;
    const entry = uiEntries.find((candidate) => candidate.recordId === ui.id);
    const built = withIds(
      offlineSale(inputOf(ring), ui.deviceSeq as number, device, new Date(ui.soldAt)),
      ui.id,
      (entry as OutboxEntry).id,
    );
    expect(ui).toStrictEqual(built.sale);
    // The app's failed offline push attempts moved `state`, `attempts` and `lastAttemptAt`, and
    // IndexedDB gave `seq`; everything else is as recordSaleWithOutbox wrote it.
    const { seq, state, attempts, lastAttemptAt, ...stored } = entry as OutboxEntry;
    const { state: pending, attempts: zero, lastAttemptAt: never, ...expected } = built.entry;
    expect(stored).toStrictEqual(expected);
    // The outbox of IndexedDB version 2: a typed `sale.record` mutation whose args are the sale.
    expect([stored.name, stored.recordId, stored.deviceSeq]).toStrictEqual([
      'sale.record',
      ui.id,
      ui.deviceSeq,
    ]);
    expect(stored.args).toMatchObject({ id: ui.id, device_seq: ui.deviceSeq });
    expect([pending, zero, never]).toStrictEqual(['PENDING', 0, null]);
    expect(['PENDING', 'SYNCING']).toContain(state);
    expect([typeof seq, typeof attempts]).toStrictEqual(['number', 'number']);
    expect(lastAttemptAt === null || typeof lastAttemptAt === 'string').toBe(true);
  });

  // Injected copies (the next three sale numbers) read back exactly as written...
  const injected = rings.map((ring, index) =>
    offlineSale(inputOf(ring), device.lastSaleSeq + 1 + index, device, new Date()),
  );
  await injectSales(page, injected);
  const allSales = await readStore<Sale[]>(page, 'sales');
  const allEntries = await readStore<OutboxEntry[]>(page, 'outbox');
  for (const { sale, entry } of injected) {
    expect(allSales.find((stored) => stored.id === sale.id)).toStrictEqual(sale);
    const { seq, ...stored } = allEntries.find((found) => found.recordId === sale.id) ?? {};
    expect(typeof seq).toBe('number');
    expect(stored).toStrictEqual(entry);
  }
  const counter = await readStore<{ lastSaleSeq: number }>(page, 'meta', 'device');
  expect(counter.lastSaleSeq).toBe(device.lastSaleSeq + 3);

  // ...the app counts them as waiting once started, and its sync manager delivers all six.
  await page.goto('/');
  await waitForWaiting(page, 6, TIMEOUT_MS);
  await goOnline(till.context);
  const outbox = await waitInPage(page, 'outbox-delivered', TIMEOUT_MS);
  expect(outbox).toMatchObject({ synced: 6, failed: 0 });
  expect(await db.count('sales', 'device_id = $1', [device.id])).toBe(6);
  expect(await db.count('sync_conflicts', 'device_id = $1', [device.id])).toBe(0);

  // The server stored each injected sale as it stored the same sale rung up.
  const onServer = await admin.listSales({ device_id: device.id });
  const bySeq = (seq: number) => onServer.find((sale) => sale.device_seq === seq) as ApiSale;
  uiSales.forEach((ui, index) => {
    const rungUp = bySeq(ui.deviceSeq as number);
    const copy = bySeq(device.lastSaleSeq + 1 + index);
    expect(comparable(copy)).toStrictEqual(comparable(rungUp));
  });
  await till.close();
}

/** Runs in the page: the version of the app's IndexedDB database. */
async function databaseVersion(): Promise<number> {
  const databases = await indexedDB.databases();
  return databases.find((database) => database.name === 'bidhaa-pos')?.version ?? 0;
}

function byDeviceSeq(a: Sale, b: Sale): number {
  return (a.deviceSeq ?? 0) - (b.deviceSeq ?? 0);
}

/** The sale and its mutation under the ids the app gave the ones rung up. */
function withIds({ sale, entry }: OfflineSale, id: string, mutationId: string): OfflineSale {
  return {
    sale: { ...sale, id },
    entry: { ...entry, id: mutationId, recordId: id, args: { ...entry.args, id } },
  };
}

/** A stored sale without what differs between two sales of the same content. */
function comparable(sale: ApiSale): Partial<ApiSale> {
  const { id, sale_number, device_seq, sold_at, received_at, version, ...content } = sale;
  return content;
}
