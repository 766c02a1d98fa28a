import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkScreen } from './support/a11y';
import { adminApi } from './support/api';
import { factsOf, goTo, openScreen } from './support/back-office';
import {
  goOffline,
  goOnline,
  launchBrowser,
  newDevice,
  PHONE,
  screenshot,
  SMALL_TABLET,
  type Browser,
  type Page,
} from './support/browser';
import { db } from './support/db';
import { freshMilk500ml, seedManager, seedStockedProduct, unique } from './support/fixtures';
import {
  openTill,
  readStore,
  ringUpSale,
  startNewSale,
  syncNowAndSettle,
  waitForWaiting,
} from './support/pos';

/** The shop's zone (the server's default `pos.shop.time-zone`). */
const SHOP_ZONE = 'Africa/Dar_es_Salaam';
/** The devices' own zone: eight hours behind the shop, so every hour and most dates differ. */
const DEVICE_ZONE = 'America/Lima';

/** Date and time as the app shows them in English, on `timeZone`'s clock. */
const shown = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    new Date(iso),
  );

/** The hour (`00`–`23`) of `iso` on `timeZone`'s clock. */
const hourIn = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en', { hour: '2-digit', hourCycle: 'h23', timeZone }).format(
    new Date(iso),
  );

/**
 * A till's day as issue 13 found it, on devices whose clock is set to another zone than the shop's: a
 * new product with its opening stock in one step, sales shown on the shop's clock, and a shift closed
 * offline that says only what the device knows. Screenshots at phone and tablet size go to
 * `screenshots/till-day-*.png`.
 */
describe('A till day', () => {
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  /** Screenshots of the screen at both sizes, its faults collected; back to a phone after. */
  async function shootBoth(page: Page, name: string): Promise<void> {
    for (const [size, viewport] of [
      ['phone', PHONE],
      ['tablet', SMALL_TABLET],
    ] as const) {
      await resize(page, viewport);
      await screenshot(page, `till-day-${name}-${size}`);
      problems.push(...(await checkScreen(page, `${name}-${size}`)));
    }
    await resize(page, PHONE);
  }

  it('creates a product with the stock on the shelf in one step, offline, sent once', async () => {
    const admin = await adminApi();
    const milk = await seedStockedProduct(admin, freshMilk500ml(), 10);
    const manager = await seedManager(admin);
    const phone = await newDevice(browser, {
      name: 'manager-opening-stock',
      context: { timezoneId: DEVICE_ZONE },
    });
    const page = phone.page;
    await openTill(page, manager, [milk.sku]);

    await goOffline(phone.context);
    const form = await goTo(page, 'products/new', 'product-form');
    const sku = unique('MAHARAGE');
    await form.getByLabel('Name').fill('Maharage 1kg');
    await form.getByLabel('SKU').fill(sku);
    await form.getByLabel('Category').fill('Groceries');
    await form.getByLabel('Price').fill('4200');
    await form.getByLabel('Stock on the shelf now (optional)').fill('24');
    await shootBoth(page, 'new-product');
    await form.getByRole('button', { name: 'Save product' }).click();

    const detail = page.getByTestId('product');
    await detail.waitFor({ state: 'visible' });
    expect((await factsOf(detail.locator('dl.facts')))['In stock']).toBe('24');
    await shootBoth(page, 'new-product-saved');
    const id = /#\/products\/([0-9a-f-]+)/.exec(page.url())?.[1] as string;

    await goOnline(phone.context);
    await syncNowAndSettle(page);
    await waitForWaiting(page, 0);
    expect((await admin.getProduct(id)).stock_on_hand).toBe(24);
    expect(await db.count('stock_movements', "product_id = $1 AND kind = 'ADJUSTMENT'", [id])).toBe(
      1,
    );
    expect(problems).toEqual([]);
  });

  it('shows sales on the shop’s clock and closes a shift offline with what the device knows', async () => {
    const admin = await adminApi();
    const milk = await seedStockedProduct(admin, freshMilk500ml(), 50);
    // A manager, who sells and reads reports on the same till.
    const seller = await seedManager(admin, 'Neema Juma');
    const phone = await newDevice(browser, {
      name: 'manager-shop-clock',
      context: { timezoneId: DEVICE_ZONE },
    });
    const page = phone.page;
    await openTill(page, seller, [milk.sku]);
    const sale = {
      lines: [{ sku: milk.sku, quantity: 2 }],
      payment: { method: 'cash', tendered: 'exact' },
    } as const;
    const first = await ringUpSale(page, sale);
    await startNewSale(page);
    await ringUpSale(page, sale);
    await startNewSale(page);
    await waitForWaiting(page, 0);
    const soldAt = (await readStore<{ soldAt: string }>(page, 'sales', first.id)).soldAt;

    // History and reports read the shop's clock, not the device's.
    const history = await openScreen(page, 'history');
    const row = history.locator(`li[data-sale-number="${first.saleNumber}"]`);
    await expect
      .poll(() => row.locator('.sale-meta').innerText())
      .toContain(shown(soldAt, SHOP_ZONE));
    expect(await row.locator('.sale-state').innerText()).toBe('On the server');
    await shootBoth(page, 'history');
    const reports = await openScreen(page, 'reports');
    const chart = reports.locator('figure.bar-chart');
    await expect
      .poll(() => chart.getAttribute('aria-label'))
      .toContain(`the busiest hour starts at ${hourIn(soldAt, SHOP_ZONE)}:00`);
    await shootBoth(page, 'reports');

    // Offline, the shift close names no sale the server confirmed, and never says it lacks one.
    await goOffline(phone.context);
    const shift = await openScreen(page, 'shift');
    const verdict = shift.getByTestId('shift-verdict');
    await expect
      .poll(() => verdict.innerText())
      .toBe(
        'The server cannot be asked right now. As far as this device knows, the server has every sale of this shift.',
      );
    expect(await shift.getByTestId('shift-missing').count()).toBe(0);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: SHOP_ZONE }).format(new Date());
    // Dar es Salaam keeps UTC+3 all year: its midnight is a fixed instant.
    const shopMidnight = new Date(`${today}T00:00:00+03:00`).toISOString();
    expect(await shift.innerText()).toContain(`since ${shown(shopMidnight, SHOP_ZONE)}`);
    await shootBoth(page, 'shift-offline');

    // A sale rung up offline is named as waiting, the confirmed ones still are not.
    await tapSell(page);
    const offline = await ringUpSale(page, sale);
    await startNewSale(page);
    await openScreen(page, 'shift');
    const missing = page.getByTestId('shift-missing').locator('li');
    await expect.poll(() => missing.count()).toBe(1);
    expect(await missing.first().getAttribute('data-sale-number')).toBe(offline.saleNumber);
    expect(await missing.first().getAttribute('data-reason')).toBe('waiting');
    expect(await page.getByTestId('shift-verdict').innerText()).toBe(
      'The server cannot be asked right now. 1 sale of this shift has no confirmation from the server yet; it stays safe on this device.',
    );
    await shootBoth(page, 'shift-offline-waiting');
    await goOnline(phone.context);
    await syncNowAndSettle(page);
    expect(problems).toEqual([]);
  });

  it('says the same in Swahili', async () => {
    const admin = await adminApi();
    const milk = await seedStockedProduct(admin, freshMilk500ml(), 5);
    const manager = await seedManager(admin, 'Baraka Mushi');
    const tablet = await newDevice(browser, {
      name: 'manager-swahili',
      context: { timezoneId: DEVICE_ZONE, locale: 'sw-TZ' },
    });
    const page = tablet.page;
    await openTill(page, manager, [milk.sku]);
    await goOffline(tablet.context);

    const form = await goTo(page, 'products/new', 'product-form');
    await form.getByLabel('Stoo iliyopo rafuni sasa (si lazima)').fill('kumi');
    await form.getByRole('button', { name: 'Hifadhi bidhaa' }).click();
    await expect.poll(() => form.innerText()).toContain('Andika idadi kama 12 au 1.5.');
    await shootBoth(page, 'sw-new-product-refused');

    const shift = await openScreen(page, 'shift');
    await expect
      .poll(() => shift.getByTestId('shift-verdict').innerText())
      .toBe(
        'Seva haiwezi kuulizwa sasa hivi. Kwa kadiri kifaa hiki kinavyojua, seva ina kila mauzo ya zamu hii.',
      );
    await shootBoth(page, 'sw-shift-offline');
    expect(problems).toEqual([]);
  });
});

async function tapSell(page: Page): Promise<void> {
  await page.evaluate(() => (location.hash = '#/sell'));
  await page.locator('input[name="search"]').waitFor({ state: 'visible' });
}

/**
 * Resizes the page and waits two frames, so the navigation has refitted its row and "More" menu (a
 * ResizeObserver, run before the next paint) before anything is tapped or shot.
 */
async function resize(page: Page, viewport: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(viewport);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}
