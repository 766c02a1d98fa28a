import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi, ApiClient, type Product } from './support/api';
import { factsOf, goTo, navRoutes, openScreen, tableRows } from './support/back-office';
import { goOffline, goOnline, launchBrowser, newDevice, type Browser } from './support/browser';
import { routePushes } from './support/faults';
import {
  freshMilk500ml,
  maizeFlour2kg,
  seedCashier,
  seedManager,
  seedStockedProduct,
  sugar1kg,
} from './support/fixtures';
import { movementsOfSale, salesOfDevice } from './support/ledger';
import {
  deviceIdentity,
  openTill,
  ringUpSale,
  startNewSale,
  syncNowAndSettle,
  waitForWaiting,
} from './support/pos';

/** Money as the app shows it in English. */
const tzs = (amount: number) =>
  new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'TZS',
    trailingZeroDisplay: 'stripIfInteger',
  }).format(amount);

describe('Back office', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('shows both versions of a price edited offline and online, and the one chosen wins', async () => {
    const admin = await adminApi();
    const sugar = await seedStockedProduct(admin, sugar1kg(), 40);
    const manager = await seedManager(admin);
    const phone = await newDevice(browser, { name: 'manager-phone' });
    const page = phone.page;
    await openTill(page, manager, [sugar.sku]);

    // Offline, the manager raises the price to 3,800.
    await goOffline(phone.context);
    const form = await goTo(page, `products/${sugar.id}/edit`, 'product-form');
    await form.getByLabel('Price').fill('3800');
    await form.getByRole('button', { name: 'Save product' }).click();
    const detail = page.getByTestId('product');
    await detail.waitFor({ state: 'visible' });
    expect((await factsOf(detail.locator('dl.facts')))['Price']).toBe(tzs(3800));

    // Meanwhile the owner sets 3,600 from another device that is online.
    const current = await admin.getProduct(sugar.id);
    const owner = await admin.fetch(
      'PUT',
      `/api/products/${sugar.id}`,
      { sku: sugar.sku, name: sugar.name, category: 'Groceries', unit_price: 3600 },
      { 'If-Match': `"${current.version}"` },
    );
    expect(owner.status).toBe(200);

    // Back online the edit is refused as stale; the products screen shows both versions.
    await goOnline(phone.context);
    await syncNowAndSettle(page);
    const products = await openScreen(page, 'products');
    const clash = products.locator('.stale-edit');
    await clash.waitFor({ state: 'visible' });
    const priceRow = (await tableRows(clash.getByTestId('stale-edit-table'))).find(
      ([field]) => field === 'Price',
    );
    expect(priceRow).toEqual(['Price', tzs(3800), tzs(3600)]);

    // The manager keeps theirs: 3,800 goes out on top of the owner's version.
    await clash.getByRole('button', { name: 'Keep mine' }).click();
    await syncNowAndSettle(page);
    await expect.poll(async () => (await admin.getProduct(sugar.id)).unit_price).toBe(3800);
    await openScreen(page, 'products');
    await expect.poll(() => page.locator('.stale-edit').count()).toBe(0);
  });

  it('computes the same takings offline as the server holds for the same sales', async () => {
    const admin = await adminApi();
    const flour = await seedStockedProduct(admin, maizeFlour2kg(), 200);
    const milk = await seedStockedProduct(admin, freshMilk500ml(), 200);
    // Names no other test gives a cashier: the report's rows are found by name, and other files
    // (run before this one in any order) sell today as Amina Wanjiru and Juma Said.
    const cashiers = [
      await seedCashier(admin, 'Halima Ally'),
      await seedCashier(admin, 'Bakari Mussa'),
    ];
    for (const [index, cashier] of cashiers.entries()) {
      const till = await ApiClient.signIn(cashier.username, cashier.password);
      await sell(till, flour, 2, 'cash');
      await sell(till, milk, 3 + index, 'mobile_money');
      await sell(till, flour, 1, 'card');
    }
    const manager = await seedManager(admin);
    const phone = await newDevice(browser, { name: 'manager-reports' });
    await openTill(phone.page, manager, [flour.sku, milk.sku]);
    await syncNowAndSettle(phone.page);

    await goOffline(phone.context);
    const reports = await openScreen(phone.page, 'reports');
    const summary = await factsOf(reports.getByTestId('report-summary'));
    const byMethod = await tableRows(reports.getByTestId('report-by-method'));
    const byCashier = await tableRows(reports.getByTestId('report-by-cashier'));

    // The server's figures for the same period (today in the browser's time zone, UTC here).
    const from = new Date();
    from.setHours(0, 0, 0, 0);
    const to = new Date(from.getTime() + 24 * 3600_000);
    const sales = await admin.listSales({ from: from.toISOString(), to: to.toISOString() });
    const total = (list: typeof sales) => list.reduce((sum, sale) => sum + sale.total_amount, 0);
    expect(summary['Sales']).toBe(String(sales.length));
    expect(summary['Takings']).toBe(tzs(total(sales)));
    for (const [label, method] of [
      ['Cash', 'cash'],
      ['Mobile money', 'mobile_money'],
      ['Card', 'card'],
    ] as const) {
      const ofMethod = sales.filter((sale) => sale.payment_method === method);
      expect(byMethod.find(([name]) => name === label)).toEqual([
        label,
        String(ofMethod.length),
        tzs(total(ofMethod)),
      ]);
    }
    for (const cashier of cashiers) {
      const theirs = sales.filter((sale) => sale.cashier_id === cashier.user.id);
      expect(theirs).toHaveLength(3);
      expect(byCashier.find(([name]) => name === cashier.displayName)).toEqual([
        cashier.displayName,
        '3',
        tzs(total(theirs)),
      ]);
    }
  });

  it('names a sale the server never received at shift close, until it arrives', async () => {
    const admin = await adminApi();
    const milk = await seedStockedProduct(admin, freshMilk500ml(), 50);
    const cashier = await seedCashier(admin);
    const phone = await newDevice(browser, { name: 'cashier-shift' });
    const page = phone.page;
    await openTill(page, cashier, [milk.sku]);
    const sale = {
      lines: [{ sku: milk.sku, quantity: 1 }],
      payment: { method: 'cash', tendered: 'exact' },
    } as const;
    await ringUpSale(page, sale);
    await startNewSale(page);
    await waitForWaiting(page, 0);

    // The second sale is held back on its way: the server never sees it.
    const pushes = await routePushes(phone.context, [], (sales) =>
      sales.filter((pushed) => pushed.device_seq !== 2),
    );
    const withheld = await ringUpSale(page, sale);
    await startNewSale(page);
    await expect.poll(() => pushes.log.length).toBeGreaterThan(0);

    const shift = await openScreen(page, 'shift');
    await expect
      .poll(() => shift.getByTestId('shift-verdict').innerText())
      .toBe('1 sale has not reached the server yet.');
    const missing = shift.getByTestId('shift-missing').locator('li');
    expect(await missing.count()).toBe(1);
    expect(await missing.first().getAttribute('data-sale-number')).toBe(withheld.saleNumber);
    const figures = await tableRows(shift.getByTestId('shift-figures'));
    expect(figures.find(([label]) => label === 'Last sale number')).toEqual([
      'Last sale number',
      '2',
      '1',
    ]);

    // Let it through: the shift is complete.
    await pushes.stop();
    await shift.getByRole('button', { name: 'Sync now' }).click();
    await expect
      .poll(() => page.getByTestId('shift-verdict').innerText(), { timeout: 30_000 })
      .toBe('Every sale has reached the server.');
  });

  it('exports unsent sales, imports them on another device, and a double import adds nothing', async () => {
    const admin = await adminApi();
    const flour = await seedStockedProduct(admin, maizeFlour2kg(), 30);
    const cashier = await seedCashier(admin);
    const stranded = await newDevice(browser, { name: 'stranded-phone' });
    await openTill(stranded.page, cashier, [flour.sku]);
    await goOffline(stranded.context);
    const sale = {
      lines: [{ sku: flour.sku, quantity: 1 }],
      payment: { method: 'cash', tendered: 'exact' },
    } as const;
    const rung = [await ringUpSale(stranded.page, sale)];
    await startNewSale(stranded.page);
    rung.push(await ringUpSale(stranded.page, sale));
    await startNewSale(stranded.page);
    const device = await deviceIdentity(stranded.page);

    const sync = await openScreen(stranded.page, 'sync');
    const [download] = await Promise.all([
      stranded.page.waitForEvent('download'),
      sync.getByRole('button', { name: 'Export unsent sales' }).click(),
    ]);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { sales: { id: string }[] };
    expect(exported.sales.map((entry) => entry.id)).toEqual(rung.map((entry) => entry.id));

    // A manager's phone that is online imports the file, twice.
    const manager = await seedManager(admin);
    const office = await newDevice(browser, { name: 'office-phone' });
    await openTill(office.page, manager, [flour.sku]);
    const officeSync = await openScreen(office.page, 'sync');
    const message = officeSync.locator('p.message').last();
    for (const expected of [
      'Imported. New on the server: 2. Already there: 0. Refused: 0.',
      'Imported. New on the server: 0. Already there: 2. Refused: 0.',
    ]) {
      await officeSync.locator('input[type="file"]').setInputFiles(file);
      await expect.poll(() => message.innerText()).toBe(expected);
    }

    // The stranded phone comes back: its own pushes are duplicates, nothing is counted twice.
    await goOnline(stranded.context);
    await waitForWaiting(stranded.page, 0);
    const onServer = await salesOfDevice(admin, device.id);
    expect(onServer.map((entry) => entry.id).sort()).toEqual(rung.map((entry) => entry.id).sort());
    for (const entry of rung) {
      expect(await movementsOfSale(entry.id)).toBe(1);
    }
  });

  it('shows each role only its screens, and the API refuses the rest', async () => {
    const admin = await adminApi();
    const milk = await seedStockedProduct(admin, freshMilk500ml(), 5);
    const cashier = await seedCashier(admin);
    const manager = await seedManager(admin);
    const phone = await newDevice(browser, { name: 'roles' });
    const page = phone.page;
    await openTill(page, cashier, [milk.sku]);

    expect(await navRoutes(page)).toEqual([
      'sell',
      'history',
      'sync',
      'shift',
      'customers',
      'settings',
      'account',
    ]);
    // A back-office address opens the sell screen instead.
    await page.evaluate(() => (location.hash = '#/products'));
    await page.locator('input[name="search"]').waitFor({ state: 'visible' });
    expect(await page.getByTestId('products').count()).toBe(0);
    const statuses = await page.evaluate(async () =>
      Promise.all(
        ['/api/sync/status', '/api/sync/conflicts', '/api/users'].map(
          async (path) => (await fetch(path, { headers: { Accept: 'application/json' } })).status,
        ),
      ),
    );
    expect(statuses).toEqual([403, 403, 403]);

    const managerPhone = await newDevice(browser, { name: 'roles-manager' });
    await openTill(managerPhone.page, manager, [milk.sku]);
    expect(await navRoutes(managerPhone.page)).toEqual([
      'sell',
      'history',
      'sync',
      'shift',
      'customers',
      'products',
      'reports',
      'conflicts',
      'devices',
      'settings',
      'account',
    ]);
  });
});

/** A sale of `quantity` of `product` through `POST /api/sales`, as a till with no PWA would. */
async function sell(
  till: ApiClient,
  product: Product,
  quantity: number,
  method: 'cash' | 'mobile_money' | 'card',
): Promise<void> {
  const id = randomUUID();
  await till.request('POST', '/api/sales', {
    id,
    sale_number: `API-${id.slice(0, 8)}`,
    sold_at: new Date().toISOString(),
    payment_method: method,
    ...(method === 'cash' ? { amount_tendered: product.unit_price * quantity } : {}),
    ...(method === 'mobile_money' ? { payment_reference: 'QK7H2M3' } : {}),
    items: [{ product_id: product.id, quantity, unit_price: product.unit_price }],
  });
}
