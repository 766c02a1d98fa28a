import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from './support/api';
import {
  goOffline,
  goOnline,
  launchBrowser,
  newDevice,
  SMALL_TABLET,
  type Browser,
  type Device,
} from './support/browser';
import { freshMilk500ml, seedCashier, seedStockedProduct } from './support/fixtures';
import { movementsOfSale, salesOfDevice, stockOnHand } from './support/ledger';
import {
  deviceIdentity,
  openTill,
  outbox,
  productTile,
  ringUpSale,
  startNewSale,
  syncNowAndSettle,
  waitForWaiting,
} from './support/pos';

describe('Two tablets selling the same stock offline', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('records both sales, counts stock down to −2 and reports the second as oversold', async () => {
    const admin = await adminApi();
    const milk = await seedStockedProduct(admin, freshMilk500ml(), 2);
    const cashiers = [await seedCashier(admin), await seedCashier(admin, 'Juma Mwakyusa')];

    // Both tablets sign in and download the catalogue: each sees 2 in stock.
    const tablets: Device[] = [];
    for (const [index, cashier] of cashiers.entries()) {
      const tablet = await newDevice(browser, {
        name: `tablet-${index + 1}`,
        viewport: SMALL_TABLET,
      });
      await openTill(tablet.page, cashier, [milk.sku]);
      expect(await productTile(tablet.page, milk.sku).innerText()).toContain('2 in stock');
      tablets.push(tablet);
    }

    // The shop's connection drops; each tablet sells the 2 bottles it thinks are there.
    await Promise.all(tablets.map((tablet) => goOffline(tablet.context)));
    const sold = [];
    for (const tablet of tablets) {
      sold.push(
        await ringUpSale(tablet.page, {
          lines: [{ sku: milk.sku, quantity: 2 }],
          payment: { method: 'cash', tendered: 'exact' },
        }),
      );
      await startNewSale(tablet.page);
      await waitForWaiting(tablet.page, 1, 10_000);
      await expect
        .poll(() => productTile(tablet.page, milk.sku).innerText())
        .toContain('Out of stock');
    }
    const devices = await Promise.all(tablets.map((tablet) => deviceIdentity(tablet.page)));

    // The connection returns for both at once.
    await Promise.all(tablets.map((tablet) => goOnline(tablet.context)));
    await Promise.all(tablets.map((tablet) => waitForWaiting(tablet.page, 0)));

    // Both sales count: stock is exactly 2 − 4, one movement each.
    const onServer = [];
    for (const [index, device] of devices.entries()) {
      const sales = await salesOfDevice(admin, device.id);
      expect(sales.map((sale) => [sale.id, sale.total_amount])).toEqual([[sold[index]?.id, 3_000]]);
      expect(await movementsOfSale(sold[index]?.id ?? '')).toBe(1);
      onServer.push(sales[0]);
    }
    expect(await stockOnHand(admin, [milk])).toEqual({ [milk.id]: -2 });

    // The sale that arrived second took stock below zero: one oversold conflict, recorded for it.
    const oversold = (await admin.conflicts({ type: 'oversold' })).filter(
      (conflict) => conflict.product_id === milk.id,
    );
    expect(oversold).toHaveLength(1);
    const conflict = oversold[0];
    const second = sold.findIndex((sale) => sale.id === conflict?.sale_id);
    expect(second).toBeGreaterThanOrEqual(0);
    expect(conflict).toMatchObject({
      device_id: devices[second]?.id,
      values: { stock_after: -2 },
      resolved_at: null,
    });
    // (a sale's version follows commit order)
    expect(onServer[second]?.version).toBeGreaterThan(onServer[1 - second]?.version ?? Infinity);
    // ... and the tablet that sent it was told; the other was not.
    for (const [index, tablet] of tablets.entries()) {
      const [entry] = await outbox(tablet.page);
      expect(entry).toMatchObject({
        recordId: sold[index]?.id,
        state: 'SYNCED',
        conflicts: index === second ? ['oversold'] : [],
      });
    }

    // After their next sync both tablets show the milk as sold out, and nothing waits.
    for (const tablet of tablets) {
      await syncNowAndSettle(tablet.page);
      await waitForWaiting(tablet.page, 0, 5_000);
      await expect
        .poll(() => productTile(tablet.page, milk.sku).innerText())
        .toContain('Out of stock');
    }
  });
});
