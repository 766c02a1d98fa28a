import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi, type Product } from './support/api';
import {
  goOffline,
  goOnline,
  launchBrowser,
  newDevice,
  PHONE,
  screenshot,
  SMALL_TABLET,
  type Browser,
  type Device,
  type Page,
} from './support/browser';
import { routePushes } from './support/faults';
import {
  barSoap800g,
  cookingOil1l,
  freshMilk500ml,
  maizeFlour2kg,
  paraffin1l,
  rice5kg,
  seedCashier,
  seedStockedProduct,
  sugar1kg,
  tea100g,
} from './support/fixtures';
import {
  completeSale,
  openCart,
  openTill,
  pay,
  ringUpSale,
  startNewSale,
  statusBar,
  tapProduct,
  waitForFailed,
  waitForWaiting,
} from './support/pos';

/** The tablet's screens scroll inside their panes, so a full-page shot shows no more than the screen. */
const VIEWPORT = { fullPage: false };

/**
 * The screens a cashier sees most, on a phone and on a tablet, saved to
 * `$BIDHAA_E2E_OUT/screenshots/` for a person to look at (`<screen>-<phone|tablet>.png`).
 */
describe('Screenshots of the till', () => {
  let browser: Browser;
  let shelf: Record<
    'sugar' | 'rice' | 'oil' | 'flour' | 'milk' | 'soap' | 'tea' | 'paraffin',
    Product
  >;

  beforeAll(async () => {
    browser = await launchBrowser();
    const admin = await adminApi();
    shelf = {
      sugar: await seedStockedProduct(admin, sugar1kg(), 24),
      rice: await seedStockedProduct(admin, rice5kg(), 8),
      oil: await seedStockedProduct(admin, cookingOil1l(), 12),
      flour: await seedStockedProduct(admin, maizeFlour2kg(), 30),
      milk: await seedStockedProduct(admin, freshMilk500ml(), 18),
      soap: await seedStockedProduct(admin, barSoap800g(), 15),
      tea: await seedStockedProduct(admin, tea100g(), 20),
      paraffin: await seedStockedProduct(admin, paraffin1l(), 0),
    };
  });

  afterAll(async () => {
    await browser.close();
  });

  /** A signed-in device of the given size, with the catalogue downloaded. */
  async function till(name: string, viewport: { width: number; height: number }): Promise<Device> {
    const cashier = await seedCashier(await adminApi(), 'Amina Wanjiru');
    const device = await newDevice(browser, { name, viewport });
    await openTill(
      device.page,
      cashier,
      Object.values(shelf).map((product) => product.sku),
    );
    return device;
  }

  /** Waits until the receipt on screen says the server has the sale (the steady state). */
  async function recorded(page: Page): Promise<void> {
    await expect
      .poll(() => page.getByTestId('receipt-sync').innerText(), { timeout: 60_000 })
      .toBe('Recorded on the server.');
  }

  /** Waits until the status bar says Offline (not the moment's "Syncing…" after a sale). */
  async function offline(page: Page): Promise<void> {
    await expect.poll(() => statusBar(page).pill.innerText(), { timeout: 30_000 }).toBe('Offline');
  }

  /**
   * Sells one sale offline, then lets it reach the server with an unknown product so the server
   * refuses it: it ends up under "Needs attention".
   */
  async function refusedSale(device: Device): Promise<void> {
    const { page, context } = device;
    await goOffline(context);
    const sale = await ringUpSale(page, {
      lines: [{ sku: shelf.tea.sku, quantity: 1 }],
      payment: { method: 'mobile_money', reference: 'RT55ZB0QKW' },
    });
    await startNewSale(page);
    const pushes = await routePushes(context, [], (sales) =>
      sales.map((pushed) =>
        pushed.id === sale.id
          ? {
              ...pushed,
              items: pushed.items.map((item) => ({ ...item, product_id: randomUUID() })),
            }
          : pushed,
      ),
    );
    await goOnline(context);
    await waitForFailed(page, 1);
    await pushes.stop();
  }

  it('shows the sell screen, cart, receipt, offline state and needs attention on a phone', async () => {
    const phone = await till('phone', PHONE);
    const { page, context } = phone;
    await screenshot(page, 'sell-phone');

    await tapProduct(page, shelf.sugar.sku, 2);
    await tapProduct(page, shelf.rice.sku);
    await tapProduct(page, shelf.milk.sku, 3);
    await screenshot(page, 'sell-cart-bar-phone', { fullPage: false });
    await openCart(page);
    await pay(page, { method: 'cash', tendered: 30_000 });
    await screenshot(page, 'cart-phone');
    await screenshot(page, 'cart-screen-phone', { fullPage: false });
    await completeSale(page);
    await recorded(page);
    await screenshot(page, 'receipt-phone');
    await startNewSale(page);

    await goOffline(context);
    await offline(page);
    await ringUpSale(page, {
      lines: [{ sku: shelf.flour.sku, quantity: 2 }],
      payment: { method: 'cash', tendered: 'exact' },
    });
    await offline(page);
    await screenshot(page, 'receipt-offline-phone');
    await startNewSale(page);
    await screenshot(page, 'offline-phone');
    await goOnline(context);
    await waitForWaiting(page, 0);

    await refusedSale(phone);
    await screenshot(page, 'status-attention-phone');
    await statusBar(page).attention.click();
    await page.getByTestId('attention').waitFor({ state: 'visible' });
    await screenshot(page, 'attention-phone');
    await page.locator('a[data-route="account"]').click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('main [role="alert"]').filter({ hasText: 'not on the server' }).waitFor();
    await screenshot(page, 'account-sign-out-refused-phone');
  });

  it('shows the sell screen with its cart, receipt, offline state and needs attention on a tablet', async () => {
    const tablet = await till('tablet', SMALL_TABLET);
    const { page, context } = tablet;
    await screenshot(page, 'sell-empty-tablet', VIEWPORT);

    await tapProduct(page, shelf.oil.sku);
    await tapProduct(page, shelf.soap.sku, 2);
    await tapProduct(page, shelf.flour.sku);
    await pay(page, { method: 'mobile_money', reference: 'QK72HX9LMP' });
    await screenshot(page, 'sell-tablet', VIEWPORT);
    await completeSale(page);
    await recorded(page);
    await screenshot(page, 'receipt-tablet', VIEWPORT);
    await startNewSale(page);

    await goOffline(context);
    await offline(page);
    await tapProduct(page, shelf.sugar.sku);
    await pay(page, { method: 'cash', tendered: 5_000 });
    await completeSale(page);
    await startNewSale(page);
    await tapProduct(page, shelf.milk.sku, 2);
    await offline(page);
    await screenshot(page, 'offline-tablet', VIEWPORT);
    await page.locator('section.cart-pane').getByRole('button', { name: 'Clear cart' }).click();
    await goOnline(context);
    await waitForWaiting(page, 0);

    await refusedSale(tablet);
    await statusBar(page).attention.click();
    await page.getByTestId('attention').waitFor({ state: 'visible' });
    await screenshot(page, 'attention-tablet', VIEWPORT);
  });
});
