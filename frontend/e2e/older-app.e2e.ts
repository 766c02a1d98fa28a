import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  adminApi,
  type ApiClient,
  type NewProduct,
  type Product,
  type SyncStatusDevice,
} from './support/api';
import { openScreen } from './support/back-office';
import {
  goOffline,
  goOnline,
  launchBrowser,
  newDevice,
  screenshot,
  TABLET,
  type Browser,
  type BrowserContext,
  type Device,
  type Page,
} from './support/browser';
import {
  addCustomerOnTheSpot,
  addProduct,
  archive,
  editCustomer,
  editPrice,
  receiveStock,
  RESTORE_CALLS,
  restoreAsTheNetworkGoes,
} from './support/changes';
import { server } from './support/context';
import { db } from './support/db';
import {
  barSoap800g,
  freshMilk500ml,
  maizeFlour2kg,
  paraffin1l,
  seedCashier,
  seedManager,
  seedStockedProduct,
  tea100g,
  water1500ml,
  type SeededUser,
} from './support/fixtures';
import { expectSale, movementsOfSale, salesOfDevice, soldByProduct } from './support/ledger';
import {
  completeSale,
  deviceIdentity,
  openCart,
  openTill,
  pay,
  readStore,
  ringUpSale,
  saleNumberOf,
  startNewSale,
  SYNC_TIMEOUT_MS,
  tapProduct,
  waitForProducts,
  type RungUpSale,
} from './support/pos';
import { readOutbox, waitForOutbox, waitUntilAllSynced, type StoredEntry } from './support/outbox';
import {
  controllerRelease,
  CURRENT_BUILD,
  deployCurrentBuild,
  serveRelease,
  updateApp,
} from './support/release';

/** The last release before typed mutations (issue 12): its outbox holds v1 entries. */
const RELEASE = '0.1.0';

/** The shop both tablets work in. */
interface Shop {
  readonly cashier: SeededUser;
  readonly manager: SeededUser;
  readonly flour: Product;
  readonly milk: Product;
  readonly soap: Product;
  /** Archived on the server; the manager restores it offline. */
  readonly paraffin: Product;
  /** The manager archives it offline. */
  readonly water: Product;
  /** The manager adds it offline. */
  readonly tea: NewProduct;
  /** A regular customer the server and the tablets know. */
  readonly regular: { readonly id: string; readonly name: string };
}

/** What the old app holds after a shift offline, on the cashier's and the manager's tablets. */
interface OldOutboxes {
  readonly till: Device;
  readonly office: Device;
  readonly tillDevice: { readonly id: string; readonly salePrefix: string };
  readonly sales: readonly RungUpSale[];
  readonly newCustomerId: string;
  readonly newProductId: string;
  readonly adjustmentId: string;
  /** Every entry of each tablet's outbox, as release 0.1.0 wrote them. */
  readonly tillEntries: readonly StoredEntry[];
  readonly officeEntries: readonly StoredEntry[];
}

/** Two tablets through a whole shift, on a loaded machine: more than the default 2 minutes. */
const SHIFT_TEST_TIMEOUT_MS = 360_000;

const NEW_PRICE = 3000;
const RECEIVED = 12;
const SOAP_STOCK = 20;
const NEW_CUSTOMER = { name: 'Halima Nyerere', phone: '+255 715 400 500' } as const;
const REGULAR_EDIT = { phone: '+255 754 111 222', notes: 'Pays on Fridays' } as const;

describe('Older app versions against this server', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterEach(() => {
    server.clearStaticOverrides();
  });

  afterAll(async () => {
    await browser.close();
  });

  it(`release ${RELEASE} still records a plain online sale`, async () => {
    serveRelease(RELEASE);
    const admin = await adminApi();
    const flour = await seedStockedProduct(admin, maizeFlour2kg(), 10);
    const cashier = await seedCashier(admin, 'Zuhura Shabani');
    const till = await newDevice(browser, { name: 'old-till', viewport: TABLET });
    await openTill(till.page, cashier, [flour.sku]);
    expect(await controllerRelease(till.page)).toBe(RELEASE);

    const sale = await ringUpSale(till.page, {
      lines: [{ sku: flour.sku, quantity: 2 }],
      payment: { method: 'cash', tendered: 10_000 },
    });
    await waitUntilAllSynced(till.page);

    const device = await deviceIdentity(till.page);
    const sales = await salesOfDevice(admin, device.id);
    expect(sales.map((onServer) => onServer.id)).toEqual([sale.id]);
    expectSale(sales[0], {
      sale_number: sale.saleNumber,
      device_seq: 1,
      total_amount: 8400,
      items: [{ product_id: flour.id, quantity: 2, unit_price: 4200 }],
    });
    expect(await movementsOfSale(sale.id)).toBe(1);
    expect((await admin.getProduct(flour.id)).stock_on_hand).toBe(8);
  });

  it(
    `release ${RELEASE} delivers a shift of offline changes exactly once through the v1 endpoints`,
    async () => {
      serveRelease(RELEASE);
      const admin = await adminApi();
      const shop = await seedShop(admin);
      const old = await fillOldOutboxes(browser, shop);

      // Back online, still release 0.1.0: its sync manager drains both outboxes.
      const tillCalls = answeredWrites(old.till.context);
      const officeCalls = answeredWrites(old.office.context);
      await goOnline(old.till.context);
      await goOnline(old.office.context);
      await waitUntilAllSynced(old.till.page);
      await waitUntilAllSynced(old.office.page);
      expect(await controllerRelease(old.till.page)).toBe(RELEASE);

      await expectArrivedOnce(admin, shop, old);
      // ... through the endpoints of its time.
      expect(new Set(tillCalls)).toEqual(
        new Set([
          'POST /api/sales/bulk_create',
          `PUT /api/customers/${old.newCustomerId}`,
          `PUT /api/customers/${shop.regular.id}`,
        ]),
      );
      expect(officeCalls).toEqual([
        `POST /api/products/${shop.paraffin.id}/restore`,
        `PUT /api/products/${shop.soap.id}`,
        `POST /api/products/${shop.soap.id}/stock_adjustments`,
        'POST /api/products',
        `POST /api/products/${shop.water.id}/archive`,
      ]);
    },
    SHIFT_TEST_TIMEOUT_MS,
  );

  it(
    `an update from release ${RELEASE} mid-shift keeps every pending change, and sends each once`,
    async () => {
      serveRelease(RELEASE);
      const admin = await adminApi();
      const shop = await seedShop(admin);
      const old = await fillOldOutboxes(browser, shop);
      const before = {
        till: await readOutbox(old.till.page),
        office: await readOutbox(old.office.page),
      };

      // The new app is deployed while the tablets are offline. When they reach the shop's server
      // again, the update check and the sync race; the API is held back until the cashier has
      // updated, so every entry is still pending when the new app opens (the case the upgrade must
      // handle) while sw.js and the app's files load.
      await deployCurrentBuild();
      for (const tablet of [old.till, old.office]) {
        await holdBackApi(tablet.context);
        await goOnline(tablet.context);
        await updateApp(tablet.page);
        expect(await controllerRelease(tablet.page)).toBe(CURRENT_BUILD);
      }
      // The new app has opened its database (upgrading it) once its sell screen shows the catalogue.
      await openSellScreen(old.till.page, [shop.flour.sku, shop.milk.sku, shop.soap.sku]);
      await openSellScreen(old.office.page, [shop.soap.sku]);
      const after = {
        till: await readOutbox(old.till.page),
        office: await readOutbox(old.office.page),
      };
      await screenshot(old.till.page, 'older-app-after-update-till-tablet', { fullPage: false });
      await screenshot(old.office.page, 'older-app-after-update-office-tablet', {
        fullPage: false,
      });
      expectSamePending(before.till, after.till);
      expectSamePending(before.office, after.office);

      // The network comes back for real: the new app sends what the old one left, once, and only
      // through the one push endpoint.
      const tillCalls = answeredWrites(old.till.context);
      const officeCalls = answeredWrites(old.office.context);
      for (const tablet of [old.till, old.office]) {
        await goOffline(tablet.context);
        await tablet.context.unroute('**/api/**');
        await goOnline(tablet.context);
      }
      await waitUntilAllSynced(old.till.page);
      await waitUntilAllSynced(old.office.page);
      await expectArrivedOnce(admin, shop, old);
      expect(new Set(tillCalls)).toEqual(new Set(['POST /api/sync/push']));
      expect(new Set(officeCalls)).toEqual(new Set(['POST /api/sync/push']));

      // The cashier goes on selling on the new app: the numbering goes on where the old one stopped.
      await openSellScreen(old.till.page, [shop.flour.sku]);
      const next = await ringUpSale(old.till.page, {
        lines: [{ sku: shop.flour.sku, quantity: 1 }],
        payment: { method: 'cash', tendered: 'exact' },
      });
      // The new app took the code the server gave the till (T1, T2, …) for the sales it rings up from
      // now on; the old app's numbers keep their prefix.
      const updated = await deviceIdentity(old.till.page);
      expect(updated.salePrefix).toMatch(/^T[1-9][0-9]*$/);
      expect(next.saleNumber).toBe(saleNumberOf(updated, old.sales.length + 1));
      await waitUntilAllSynced(old.till.page);
      const sales = await salesOfDevice(admin, old.tillDevice.id);
      expect(sales.map((sale) => sale.id)).toEqual([...old.sales, next].map((sale) => sale.id));
      expectSale(sales.at(-1), {
        sale_number: next.saleNumber,
        device_seq: old.sales.length + 1,
        items: [{ product_id: shop.flour.id, quantity: 1, unit_price: 4200 }],
      });
      expect(await movementsOfSale(next.id)).toBe(1);
      await expectGapless(admin, old.tillDevice.id, old.sales.length + 1);
    },
    SHIFT_TEST_TIMEOUT_MS,
  );
});

/** Products, a cashier, a manager and a regular customer, made through the API. */
async function seedShop(admin: ApiClient): Promise<Shop> {
  const regular = { id: randomUUID(), name: 'Neema Mushi' };
  await admin.request('PUT', `/api/customers/${regular.id}`, {
    name: regular.name,
    phone: '+255 713 222 333',
  });
  const paraffin = await seedStockedProduct(admin, paraffin1l(), 4);
  await admin.request('POST', `/api/products/${paraffin.id}/archive`);
  // Names no other test file uses: the reports screen of another test finds its cashiers by name.
  return {
    cashier: await seedCashier(admin, 'Mwanaisha Kombo'),
    manager: await seedManager(admin, 'Elia Mrema'),
    flour: await seedStockedProduct(admin, maizeFlour2kg(), 50),
    milk: await seedStockedProduct(admin, freshMilk500ml(), 50),
    soap: await seedStockedProduct(admin, barSoap800g(), SOAP_STOCK),
    paraffin,
    water: await seedStockedProduct(admin, water1500ml(), 6),
    tea: tea100g(),
    regular,
  };
}

/**
 * Release 0.1.0 on two tablets, offline for a shift: the cashier rings up three sales (the second
 * names a customer added on the spot) and edits the regular customer; the manager restores
 * paraffin, changes the soap's price, receives soap, adds tea and archives water. Every kind of v1
 * entry is then pending. Answers what each outbox holds.
 */
async function fillOldOutboxes(browser: Browser, shop: Shop): Promise<OldOutboxes> {
  const { flour, milk, soap } = shop;
  const till = await newDevice(browser, { name: 'till-tablet', viewport: TABLET });
  await openTill(till.page, shop.cashier, [flour.sku, milk.sku, soap.sku]);
  expect(await controllerRelease(till.page)).toBe(RELEASE);
  await expect
    .poll(() => readStore(till.page, 'customers', shop.regular.id), { timeout: SYNC_TIMEOUT_MS })
    .toBeDefined();
  const office = await newDevice(browser, { name: 'office-tablet', viewport: TABLET });
  await openTill(office.page, shop.manager, [soap.sku, shop.water.sku]);
  expect(await controllerRelease(office.page)).toBe(RELEASE);
  // Archived products are listed from the server only: the manager restores paraffin from the
  // list just as the connection drops, so the request never reaches the server.
  await restoreAsTheNetworkGoes(office, shop.paraffin.sku);
  await waitForOutbox(office.page, 1);
  await goOffline(office.context);
  await office.context.unroute(RESTORE_CALLS);
  const tillDevice = await deviceIdentity(till.page);
  await goOffline(till.context);

  const page = till.page;
  const sales = [
    await ringUpSale(page, {
      lines: [
        { sku: flour.sku, quantity: 2 },
        { sku: milk.sku, quantity: 1 },
      ],
      payment: { method: 'cash', tendered: 'exact' },
    }),
  ];
  await startNewSale(page);
  await tapProduct(page, milk.sku, 3);
  await openCart(page);
  await addCustomerOnTheSpot(page, NEW_CUSTOMER);
  await pay(page, { method: 'mobile_money', reference: 'QK7H2M3' });
  sales.push(await completeSale(page));
  await startNewSale(page);
  sales.push(
    await ringUpSale(page, {
      lines: [{ sku: soap.sku, quantity: 1 }],
      payment: { method: 'card' },
    }),
  );
  await startNewSale(page);
  await editCustomer(page, shop.regular.id, REGULAR_EDIT);
  await waitForOutbox(page, 5);

  await editPrice(office.page, soap.id, NEW_PRICE);
  await waitForOutbox(office.page, 2);
  await receiveStock(office.page, soap.id, RECEIVED);
  await waitForOutbox(office.page, 3);
  await addProduct(office.page, shop.tea);
  await waitForOutbox(office.page, 4);
  await archive(office.page, shop.water.id);
  await waitForOutbox(office.page, 5);

  const tillEntries = (await readOutbox(page)).entries;
  const officeEntries = (await readOutbox(office.page)).entries;
  const newCustomerId = tillEntries[1]?.recordId ?? '';
  // Pending: PENDING, or SYNCING when the app tried to send it at once and found no network.
  const pending = (state: StoredEntry['state']) => state === 'PENDING' || state === 'SYNCING';
  expect(
    tillEntries.map(({ kind, recordId, state }) => ({ kind, recordId, pending: pending(state) })),
  ).toEqual([
    { kind: 'sale', recordId: sales[0]?.id, pending: true },
    { kind: 'customer', recordId: newCustomerId, pending: true },
    { kind: 'sale', recordId: sales[1]?.id, pending: true },
    { kind: 'sale', recordId: sales[2]?.id, pending: true },
    { kind: 'customer', recordId: shop.regular.id, pending: true },
  ]);
  expect(tillEntries[2]?.body?.['customer_id']).toBe(newCustomerId);
  const adjustmentId = officeEntries[2]?.recordId ?? '';
  const newProductId = officeEntries[3]?.recordId ?? '';
  expect(officeEntries[2]?.body).toMatchObject({ id: adjustmentId, delta: RECEIVED });
  expect(officeEntries[3]?.body).toMatchObject({ id: newProductId, sku: shop.tea.sku });
  expect(
    officeEntries.map(({ kind, recordId, request, state }) => ({
      kind,
      recordId,
      method: request?.method,
      pending: pending(state),
    })),
  ).toEqual([
    { kind: 'product-restore', recordId: shop.paraffin.id, method: 'POST', pending: true },
    { kind: 'product', recordId: soap.id, method: 'PUT', pending: true },
    { kind: 'stock-adjustment', recordId: adjustmentId, method: 'POST', pending: true },
    { kind: 'product', recordId: newProductId, method: 'POST', pending: true },
    { kind: 'product-archive', recordId: shop.water.id, method: 'POST', pending: true },
  ]);

  await openScreen(page, 'sync');
  await screenshot(page, `older-app-${RELEASE}-pending-till-tablet`, { fullPage: false });
  await openScreen(office.page, 'products');
  await office.page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(office.page, `older-app-${RELEASE}-pending-office-tablet`, {
    fullPage: false,
  });
  return {
    till,
    office,
    tillDevice,
    sales,
    newCustomerId,
    newProductId,
    adjustmentId,
    tillEntries,
    officeEntries,
  };
}

/**
 * Everything the old outboxes held is on the server exactly once: the three sales with one stock
 * movement per line, both customers as edited, the new price, the stock received once, paraffin
 * restored, water archived, tea added once, and the till's sequence without gaps.
 */
async function expectArrivedOnce(admin: ApiClient, shop: Shop, old: OldOutboxes): Promise<void> {
  const { flour, milk, soap } = shop;
  const sales = await salesOfDevice(admin, old.tillDevice.id);
  expect(sales.map((sale) => sale.id)).toEqual(old.sales.map((sale) => sale.id));
  expect(sales.map((sale) => sale.sale_number)).toEqual(old.sales.map((sale) => sale.saleNumber));
  expectSale(sales[0], {
    device_seq: 1,
    customer_id: null,
    total_amount: 9900,
    items: [
      { product_id: flour.id, quantity: 2, unit_price: 4200 },
      { product_id: milk.id, quantity: 1, unit_price: 1500 },
    ],
  });
  expectSale(sales[1], {
    device_seq: 2,
    customer_id: old.newCustomerId,
    payment_method: 'mobile_money',
    total_amount: 4500,
    items: [{ product_id: milk.id, quantity: 3, unit_price: 1500 }],
  });
  expectSale(sales[2], {
    device_seq: 3,
    payment_method: 'card',
    total_amount: 2800,
    items: [{ product_id: soap.id, quantity: 1, unit_price: 2800 }],
  });
  for (const [index, lines] of [2, 1, 1].entries()) {
    expect(await movementsOfSale(old.sales[index]?.id ?? '')).toBe(lines);
  }
  expect(await soldByProduct([flour.id, milk.id, soap.id])).toEqual({
    [flour.id]: { lines: 1, quantity: 2 },
    [milk.id]: { lines: 2, quantity: 4 },
    [soap.id]: { lines: 1, quantity: 1 },
  });

  expect(await db.count('customers', 'id = $1', [old.newCustomerId])).toBe(1);
  expect(await admin.request('GET', `/api/customers/${old.newCustomerId}`)).toMatchObject(
    NEW_CUSTOMER,
  );
  expect(await admin.request('GET', `/api/customers/${shop.regular.id}`)).toMatchObject({
    name: shop.regular.name,
    ...REGULAR_EDIT,
  });

  const product = await admin.getProduct(soap.id);
  expect(product).toMatchObject({ unit_price: NEW_PRICE, name: soap.name, sku: soap.sku });
  expect(product.stock_on_hand).toBe(SOAP_STOCK + RECEIVED - 1);
  expect(
    await db.count('stock_movements', "id = $1 AND kind = 'ADJUSTMENT' AND quantity = $2", [
      old.adjustmentId,
      RECEIVED,
    ]),
  ).toBe(1);
  // The opening stock and the manager's delivery, nothing more.
  expect(
    await db.count('stock_movements', "product_id = $1 AND kind = 'ADJUSTMENT'", [soap.id]),
  ).toBe(2);

  expect(await admin.getProduct(shop.paraffin.id)).toMatchObject({ archived: false });
  expect(await admin.getProduct(shop.water.id)).toMatchObject({ archived: true });
  expect(await db.count('products', 'id = $1', [old.newProductId])).toBe(1);
  expect(await admin.getProduct(old.newProductId)).toMatchObject({
    sku: shop.tea.sku,
    name: shop.tea.name,
    unit_price: shop.tea.unitPrice,
    archived: false,
  });

  await expectGapless(admin, old.tillDevice.id, old.sales.length);
}

/** The server holds `count` sales of the device, numbered 1 to `count` without a gap. */
async function expectGapless(admin: ApiClient, deviceId: string, count: number): Promise<void> {
  const device = await admin.request<SyncStatusDevice & { sales_count: number }>(
    'GET',
    `/api/sync/devices/${deviceId}`,
  );
  expect(device).toMatchObject({
    contiguous_seq: count,
    max_seq: count,
    gap_count: 0,
    sales_count: count,
  });
}

/**
 * The new app kept every unsynced entry of the old one: as many, in the same order, about the same
 * records (a stock adjustment by its adjustment id), a sale with its `device_seq`.
 * Every kept entry is a typed mutation (IndexedDB version 2) with the name docs/sync-protocol.md
 * gives its v1 kind, and no longer carries the v1 request.
 */
function expectSamePending(
  before: { version: number; entries: readonly StoredEntry[] },
  after: { version: number; entries: readonly StoredEntry[] },
): void {
  const pending = (entries: readonly StoredEntry[]) =>
    entries.filter((entry) => entry.state !== 'SYNCED').sort((a, b) => a.seq - b.seq);
  const old = pending(before.entries);
  const kept = pending(after.entries);
  expect(old.length).toBeGreaterThan(0);
  expect(kept.map(aboutWhat)).toEqual(old.map(aboutWhat));
  kept.forEach((entry, index) => {
    const v1 = old[index] as StoredEntry;
    expect(entry.name).toBe(mutationNameOf(v1));
    expect(entry.request).toBeUndefined();
    expect(entry.args).toBeDefined();
  });
  expect(before.version).toBe(1);
  expect(after.version).toBe(2);
}

/** What an entry is about, the same before and after the upgrade. */
function aboutWhat(entry: StoredEntry): Record<string, unknown> {
  const adjustment = entry.kind === 'stock-adjustment' || entry.name === 'stock.adjust';
  const sale = entry.kind === 'sale' || entry.name === 'sale.record';
  return {
    // The contract's recordId of a stock.adjust may name the product; its args keep the adjustment id.
    record: adjustment ? (entry.args?.['id'] ?? entry.body?.['id']) : entry.recordId,
    ...(adjustment && {
      product: entry.args?.['product_id'] ?? entry.request?.path.split('/')[3],
    }),
    ...(sale && {
      deviceSeq: entry.deviceSeq ?? entry.args?.['device_seq'] ?? entry.body?.['device_seq'],
    }),
  };
}

/** The typed mutation a v1 entry becomes (CONTRACT: "v1 → v2 upgrade"). */
function mutationNameOf(entry: StoredEntry): string {
  switch (entry.kind) {
    case 'sale':
      return 'sale.record';
    case 'customer':
      return 'customer.upsert';
    case 'product':
      return entry.request?.method === 'PUT' ? 'product.update' : 'product.create';
    case 'product-archive':
      return 'product.archive';
    case 'product-restore':
      return 'product.restore';
    case 'stock-adjustment':
      return 'stock.adjust';
    default:
      throw new Error(`Not a v1 outbox kind: ${String(entry.kind)}`);
  }
}

/**
 * The changes the device delivers from now on, as `METHOD /path` of each successful write the
 * server answered (sign-in and the device's own registration left out), in order of the answers.
 */
function answeredWrites(context: BrowserContext): string[] {
  const calls: string[] = [];
  context.on('response', (response) => {
    const request = response.request();
    const path = new URL(request.url()).pathname;
    if (
      request.method() !== 'GET' &&
      response.ok() &&
      path.startsWith('/api/') &&
      !path.startsWith('/api/auth/') &&
      !path.startsWith('/api/sync/devices/')
    ) {
      calls.push(`${request.method()} ${path}`);
    }
  });
  return calls;
}

/** Makes every API call of the device fail as if it had no network; files still load. */
async function holdBackApi(context: BrowserContext): Promise<void> {
  await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
}

/** Goes to the sell screen (from wherever the app is) and waits until it shows `skus`. */
async function openSellScreen(page: Page, skus: readonly string[]): Promise<void> {
  await page.evaluate(() => (location.hash = '#/sell'));
  await waitForProducts(page, skus);
}
