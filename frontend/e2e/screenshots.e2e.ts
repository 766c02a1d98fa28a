import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkScreen } from './support/a11y';
import { adminApi, type Product } from './support/api';
import { factsOf, tableRows, tapNav } from './support/back-office';
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
import { signInForm, signInThroughForm } from './support/ui';
import {
  barSoap800g,
  cookingOil1l,
  freshMilk500ml,
  maizeFlour2kg,
  paraffin1l,
  rice5kg,
  seedCashier,
  seedManager,
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
/** The tablet's sell screen: shot as the screen shows it, and the page itself must not scroll. */
const FIXED = { fullPage: false, pageScrolls: false };

/**
 * Shoots the screen for a person to look at and adds what the checks of contrast, labels and overflow
 * find to `problems`, so a test reports the faults of all its screens together.
 */
async function shoot(
  page: Page,
  name: string,
  problems: string[],
  options: { fullPage?: boolean; pageScrolls?: boolean } = {},
): Promise<void> {
  await screenshot(page, name, { fullPage: options.fullPage ?? true });
  problems.push(...(await checkScreen(page, name, { pageScrolls: options.pageScrolls ?? true })));
}

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
  async function till(
    name: string,
    viewport: { width: number; height: number },
    locale = 'en-US',
    cashierName = 'Amina Wanjiru',
  ): Promise<Device> {
    const cashier = await seedCashier(await adminApi(), cashierName);
    const device = await newDevice(browser, { name, viewport, context: { locale } });
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
    const problems: string[] = [];
    const phone = await till('phone', PHONE);
    const { page, context } = phone;
    await shoot(page, 'sell-phone', problems);

    await tapProduct(page, shelf.sugar.sku, 2);
    await tapProduct(page, shelf.rice.sku);
    await tapProduct(page, shelf.milk.sku, 3);
    await shoot(page, 'sell-cart-bar-phone', problems, { fullPage: false });
    await openCart(page);
    await pay(page, { method: 'cash', tendered: 30_000 });
    // Cash received is grouped as money is everywhere else once the cashier leaves the field.
    const tendered = page.locator('input[name="tendered"]');
    await tendered.blur();
    expect(await tendered.inputValue()).toBe('30,000');
    await shoot(page, 'cart-phone', problems);
    await shoot(page, 'cart-screen-phone', problems, { fullPage: false });
    await completeSale(page);
    await recorded(page);
    await shoot(page, 'receipt-phone', problems);
    await startNewSale(page);

    await goOffline(context);
    await offline(page);
    await ringUpSale(page, {
      lines: [{ sku: shelf.flour.sku, quantity: 2 }],
      payment: { method: 'cash', tendered: 'exact' },
    });
    await offline(page);
    await shoot(page, 'receipt-offline-phone', problems);
    await startNewSale(page);
    await shoot(page, 'offline-phone', problems);
    await goOnline(context);
    await waitForWaiting(page, 0);

    await refusedSale(phone);
    await shoot(page, 'status-attention-phone', problems);
    await statusBar(page).attention.click();
    await page.getByTestId('attention').waitFor({ state: 'visible' });
    await shoot(page, 'attention-phone', problems);
    await tapNav(page, 'account');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('main [role="alert"]').filter({ hasText: 'not on the server' }).waitFor();
    await shoot(page, 'account-sign-out-refused-phone', problems);

    // Closing the shift asks first, then sums up what was closed: three sales, one refused.
    await tapNav(page, 'shift');
    await page.getByTestId('close-shift').click();
    const question = page.locator('.confirm-panel');
    await question.waitFor({ state: 'visible' });
    expect(await question.innerText()).toContain('3 sales');
    expect(await question.innerText()).toContain('Some sales have not reached the server.');
    await shoot(page, 'shift-confirm-phone', problems);
    await page.getByTestId('confirm-close-shift').click();
    const summary = page.getByTestId('shift-summary');
    await summary.waitFor({ state: 'visible' });
    const closed = await factsOf(summary.locator('dl.facts'));
    expect(closed['Sales']).toBe('3');
    expect(closed['Cash']).toMatch(/\(2 sales\)$/);
    expect(await summary.innerText()).toContain('1 sale has not reached the server yet.');
    await shoot(page, 'shift-closed-phone', problems);
    await summary.getByRole('button', { name: 'Start the next shift' }).click();
    await expect
      .poll(async () => (await tableRows(page.getByTestId('shift-figures')))[0]?.[1])
      .toBe('0');
    expect(problems).toEqual([]);
  });

  it('shows the sell screen with its cart, receipt, offline state and needs attention on a tablet', async () => {
    const problems: string[] = [];
    const tablet = await till('tablet', SMALL_TABLET);
    const { page, context } = tablet;
    await shoot(page, 'sell-empty-tablet', problems, FIXED);

    await tapProduct(page, shelf.oil.sku);
    await tapProduct(page, shelf.soap.sku, 2);
    await tapProduct(page, shelf.flour.sku);
    await pay(page, { method: 'mobile_money', reference: 'QK72HX9LMP' });
    await shoot(page, 'sell-tablet', problems, FIXED);
    await completeSale(page);
    await recorded(page);
    await shoot(page, 'receipt-tablet', problems, VIEWPORT);
    await startNewSale(page);

    await goOffline(context);
    await offline(page);
    await tapProduct(page, shelf.sugar.sku);
    await pay(page, { method: 'cash', tendered: 5_000 });
    await completeSale(page);
    await startNewSale(page);
    await tapProduct(page, shelf.milk.sku, 2);
    await offline(page);
    await shoot(page, 'offline-tablet', problems, FIXED);
    await page.locator('section.cart-pane').getByRole('button', { name: 'Clear cart' }).click();
    await goOnline(context);
    await waitForWaiting(page, 0);

    await refusedSale(tablet);
    await statusBar(page).attention.click();
    await page.getByTestId('attention').waitFor({ state: 'visible' });
    await shoot(page, 'attention-tablet', problems, VIEWPORT);
    expect(problems).toEqual([]);
  });

  it('tells whoever signs in after a browser restart how many sales wait on the device', async () => {
    const problems: string[] = [];
    const device = await till('restart', PHONE, 'en-US', 'Rehema Juma');
    const { page, context } = device;
    await goOffline(context);
    for (const sku of [shelf.tea.sku, shelf.sugar.sku]) {
      await ringUpSale(page, {
        lines: [{ sku, quantity: 1 }],
        payment: { method: 'cash', tendered: 'exact' },
      });
      await startNewSale(page);
    }
    await waitForWaiting(page, 2);
    // A browser restart: the page is gone, and so is the session cookie (it is not persistent).
    const restarted = await device.reopen();
    await context.clearCookies();
    await goOnline(context);
    await restarted.goto('/');
    await signInForm(restarted).username.waitFor({ state: 'visible' });
    await expect
      .poll(() => restarted.locator('form .warn-banner').innerText())
      .toBe('2 sales are waiting on this device. Sign in to send them to the server.');
    await shoot(restarted, 'sign-in-waiting-phone', problems);
    expect(problems).toEqual([]);
  });

  it('tells a manager of a new shop that it has no products yet, and leads to adding one', async () => {
    const problems: string[] = [];
    const manager = await seedManager(await adminApi());
    const device = await newDevice(browser, { name: 'new-shop', viewport: PHONE });
    const { page, context } = device;
    // The device sees the catalogue of a shop with no products, as a new shop's first sync does.
    await context.route('**/api/products/sync**', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as Record<string, unknown>;
      await route.fulfill({ response, json: { ...body, data: [], has_more: false } });
    });
    await page.goto('/');
    await signInThroughForm(page, manager);
    const notice = page.locator('.products-pane .notice');
    await expect
      .poll(() => notice.innerText(), { timeout: 90_000 })
      .toContain('The shop has no products yet. Add the first one to start selling.');
    await shoot(page, 'sell-new-shop-phone', problems);
    await notice.getByRole('link', { name: 'Add a product' }).click();
    await page.getByTestId('product-new').waitFor({ state: 'visible' });
    expect(problems).toEqual([]);
  });

  it('shows the till in Swahili on a phone and a tablet, cash received grouped', async () => {
    const problems: string[] = [];
    for (const [size, viewport] of [
      ['phone', PHONE],
      ['tablet', SMALL_TABLET],
    ] as const) {
      const device = await till(`sw-${size}`, viewport, 'sw-TZ', 'Zawadi Mrisho');
      const { page } = device;
      const shown = size === 'tablet' ? FIXED : {};
      expect(await page.locator('html').getAttribute('lang')).toBe('sw');
      await shoot(page, `sw-sell-${size}`, problems, shown);
      await tapProduct(page, shelf.rice.sku);
      await tapProduct(page, shelf.oil.sku, 2);
      await openCart(page);
      await pay(page, { method: 'cash', tendered: 50_000 });
      const tendered = page.locator('input[name="tendered"]');
      await tendered.blur();
      expect(await tendered.inputValue()).toBe('50,000');
      expect(await page.locator('.change').innerText()).toMatch(/^TSh\s21,000$/);
      await shoot(page, `sw-cart-${size}`, problems, shown);
      await page.getByTestId('complete-sale').click();
      await page.getByTestId('receipt').waitFor({ state: 'visible' });
      await shoot(page, `sw-receipt-${size}`, problems, size === 'tablet' ? VIEWPORT : {});
      await device.close();
    }
    expect(problems).toEqual([]);
  });
});
