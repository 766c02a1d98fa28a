import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from './support/api';
import {
  goOffline,
  goOnline,
  launchBrowser,
  newDevice,
  PHONE,
  type Browser,
} from './support/browser';
import {
  cookingOil1l,
  maizeFlour2kg,
  rice5kg,
  seedCashier,
  seedStockedProduct,
  sugar1kg,
} from './support/fixtures';
import {
  expectSale,
  movementsOfSale,
  salesOfDevice,
  soldByProduct,
  stockOnHand,
} from './support/ledger';
import {
  deviceIdentity,
  openReceipt,
  openTill,
  ringUpSale,
  saleNumberOf,
  startNewSale,
  statusBar,
  syncNowAndSettle,
  waitForProducts,
  waitForWaiting,
} from './support/pos';

describe('Selling offline on a phone', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('keeps three offline sales through a reload and a reopen, then delivers each exactly once', async () => {
    const admin = await adminApi();
    const sugar = await seedStockedProduct(admin, sugar1kg(), 24);
    const rice = await seedStockedProduct(admin, rice5kg(), 10);
    const oil = await seedStockedProduct(admin, cookingOil1l(), 12);
    const flour = await seedStockedProduct(admin, maizeFlour2kg(), 30);
    const products = [sugar, rice, oil, flour];
    const skus = products.map((product) => product.sku);
    const amina = await seedCashier(admin);

    // Online: sign in, download the catalogue, get the app installed.
    const phone = await newDevice(browser, { name: 'phone', viewport: PHONE });
    let page = phone.page;
    await openTill(page, amina, skus);

    // Offline: the app reloads from the service worker, with the catalogue from IndexedDB.
    await goOffline(phone.context);
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await waitForProducts(page, skus);
    await expect.poll(() => statusBar(page).pill.innerText(), { timeout: 30_000 }).toBe('Offline');

    const cash = await ringUpSale(page, {
      lines: [
        { sku: sugar.sku, quantity: 2 },
        { sku: rice.sku, quantity: 1 },
      ],
      payment: { method: 'cash', tendered: 25_000 },
    });
    expect(cash.receipt).toContain('23,000'); // 2 × 3,500 + 16,000
    expect(cash.receipt).toMatch(/Change\s+\D*2,000/);
    expect(await page.getByTestId('receipt-sync').innerText()).toMatch(/^Saved on this device/);
    await startNewSale(page);

    const mobile = await ringUpSale(page, {
      lines: [{ sku: oil.sku, quantity: 2 }],
      payment: { method: 'mobile_money', reference: 'QK72HX9LMP' },
    });
    expect(mobile.receipt).toContain('13,000');
    expect(mobile.receipt).toContain('QK72HX9LMP');
    await startNewSale(page);

    const card = await ringUpSale(page, {
      lines: [
        { sku: flour.sku, quantity: 1, scan: flour.barcode ?? flour.sku },
        { sku: sugar.sku, quantity: 1 },
      ],
      payment: { method: 'card', reference: '004512' },
    });
    expect(card.receipt).toContain('7,700');
    await startNewSale(page);
    await waitForWaiting(page, 3, 10_000);

    const rung = [cash, mobile, card];
    const device = await deviceIdentity(page);
    expect(rung.map((sale) => sale.saleNumber)).toEqual(
      [1, 2, 3].map((seq) => saleNumberOf(device, seq)),
    );

    // Close the app and open it again, still offline: the queue and the receipts are there.
    page = await phone.reopen();
    await page.goto('/');
    await waitForWaiting(page, 3, 30_000);
    for (const sale of rung) {
      const receipt = await openReceipt(page, sale.id);
      expect(await receipt.innerText()).toContain(sale.saleNumber);
      expect(await page.getByTestId('receipt-sync').innerText()).toMatch(/^Saved on this device/);
    }

    // Online again: everything is delivered, and the receipt on screen says so.
    await goOnline(phone.context);
    await waitForWaiting(page, 0);
    await expect
      .poll(() => page.getByTestId('receipt-sync').innerText(), { timeout: 60_000 })
      .toBe('Recorded on the server.');

    const expectDeliveredOnce = async () => {
      const sales = await salesOfDevice(admin, device.id);
      expect(sales.map((sale) => [sale.device_seq, sale.id, sale.sale_number])).toEqual(
        rung.map((sale, index) => [index + 1, sale.id, sale.saleNumber]),
      );
      expectSale(sales[0], {
        payment_method: 'cash',
        total_amount: 23_000,
        amount_tendered: 25_000,
        change_due: 2_000,
        items: [
          { product_id: sugar.id, quantity: 2, unit_price: 3_500 },
          { product_id: rice.id, quantity: 1, unit_price: 16_000 },
        ],
      });
      expectSale(sales[1], {
        payment_method: 'mobile_money',
        payment_reference: 'QK72HX9LMP',
        total_amount: 13_000,
        items: [{ product_id: oil.id, quantity: 2, unit_price: 6_500 }],
      });
      expectSale(sales[2], {
        payment_method: 'card',
        payment_reference: '004512',
        total_amount: 7_700,
        items: [
          { product_id: flour.id, quantity: 1, unit_price: 4_200 },
          { product_id: sugar.id, quantity: 1, unit_price: 3_500 },
        ],
      });
      expect(await stockOnHand(admin, products)).toEqual({
        [sugar.id]: 24 - 3,
        [rice.id]: 10 - 1,
        [oil.id]: 12 - 2,
        [flour.id]: 30 - 1,
      });
      expect(await soldByProduct(products.map((product) => product.id))).toEqual({
        [sugar.id]: { lines: 2, quantity: 3 },
        [rice.id]: { lines: 1, quantity: 1 },
        [oil.id]: { lines: 1, quantity: 2 },
        [flour.id]: { lines: 1, quantity: 1 },
      });
      expect(await Promise.all(rung.map((sale) => movementsOfSale(sale.id)))).toEqual([2, 1, 2]);
    };
    await expectDeliveredOnce();

    // Syncing again changes nothing on the server.
    await syncNowAndSettle(page);
    await waitForWaiting(page, 0, 5_000);
    await expectDeliveredOnce();
  });
});
