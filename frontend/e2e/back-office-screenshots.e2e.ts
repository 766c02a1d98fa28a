import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi, ApiClient, type Product } from './support/api';
import { SCREEN_IDS, goTo, openScreen } from './support/back-office';
import {
  launchBrowser,
  newDevice,
  PHONE,
  screenshot,
  SMALL_TABLET,
  type Browser,
} from './support/browser';
import {
  cookingOil1l,
  freshMilk500ml,
  maizeFlour2kg,
  rice5kg,
  seedCashier,
  seedStockedProduct,
  sugar1kg,
} from './support/fixtures';
import { ADMIN } from './support/env';
import { openTill } from './support/pos';

/** Every back-office screen, in the navigation's order, then details reached from them. */
const SCREENS = Object.keys(SCREEN_IDS);

/**
 * Every back-office screen in English and Swahili on a phone and a tablet, as an admin sees them with
 * a day of trading behind them, saved to `$BIDHAA_E2E_OUT/screenshots/` as
 * `office-<language>-<phone|tablet>-<screen>.png` for a person to look at.
 */
describe('Screenshots of the back office', () => {
  let browser: Browser;
  let shelf: Product[];

  beforeAll(async () => {
    browser = await launchBrowser();
    const admin = await adminApi();
    await admin.request('PUT', '/api/shop', {
      name: 'Duka la Mama Asha',
      address: 'Mtaa wa Uhuru 12, Kariakoo, Dar es Salaam',
      phone: '+255 754 123 456',
      tin: '123-456-789',
      receipt_footer: 'Asante kwa kununua! Karibu tena.',
    });
    shelf = [
      await seedStockedProduct(admin, sugar1kg(), 40),
      await seedStockedProduct(admin, rice5kg(), 3),
      await seedStockedProduct(admin, cookingOil1l(), 12),
      await seedStockedProduct(admin, maizeFlour2kg(), 60),
      await seedStockedProduct(admin, freshMilk500ml(), 1),
    ];
    await admin.request('PUT', `/api/customers/${randomUUID()}`, {
      name: 'Neema Mushi',
      phone: '+255 713 222 333',
    });
    // Two tills push a day's sales as devices do, so the devices and conflicts screens have content.
    for (const name of ['Amina Wanjiru', 'Juma Said']) {
      const cashier = await seedCashier(admin, name);
      const till = await ApiClient.signIn(cashier.username, cashier.password);
      const deviceId = randomUUID();
      await till.request('PUT', `/api/sync/devices/${deviceId}`, { name: `Till of ${name}` });
      const sales = shelf.map((product, index) => {
        const id = randomUUID();
        return {
          id,
          sale_number: `T-${id.slice(0, 6)}`,
          device_seq: index + 1,
          sold_at: new Date(Date.now() - index * 3_600_000).toISOString(),
          payment_method: index % 3 === 0 ? 'cash' : index % 3 === 1 ? 'mobile_money' : 'card',
          ...(index % 3 === 0 ? { amount_tendered: product.unit_price * 2 } : {}),
          ...(index % 3 === 1 ? { payment_reference: 'QK7H2M3' } : {}),
          items: [{ product_id: product.id, quantity: 2, unit_price: product.unit_price }],
        };
      });
      await till.request('POST', '/api/sales/bulk_create', {
        device_id: deviceId,
        pending: 0,
        sales,
      });
    }
  });

  afterAll(async () => {
    await browser.close();
  });

  for (const language of ['en', 'sw'] as const) {
    for (const [size, viewport] of [
      ['phone', PHONE],
      ['tablet', SMALL_TABLET],
    ] as const) {
      it(`shows every screen in ${language} on a ${size}`, async () => {
        const device = await newDevice(browser, {
          name: `office-${language}-${size}`,
          viewport,
          context: { locale: language === 'sw' ? 'sw-TZ' : 'en-US' },
        });
        const page = device.page;
        await openTill(
          page,
          ADMIN,
          shelf.map((product) => product.sku),
        );
        // Every collection arrives with the first sync: wait for today's sales too.
        await page.evaluate(() => (location.hash = '#/history'));
        await page.locator('.sale-row').first().waitFor({ state: 'visible', timeout: 90_000 });
        expect(await page.locator('html').getAttribute('lang')).toBe(language);
        const name = (screen: string) => `office-${language}-${size}-${screen}`;
        for (const screen of SCREENS) {
          await openScreen(page, screen);
          await page.waitForLoadState('networkidle');
          await screenshot(page, name(screen));
        }
        await openScreen(page, 'history');
        await page.locator('.sale-row').first().click();
        await page.getByTestId('sale-detail').waitFor({ state: 'visible' });
        await screenshot(page, name('sale-detail'));
        await goTo(page, `products/${shelf[1]?.id}`, 'product');
        await screenshot(page, name('product-detail'));
        await goTo(page, `products/${shelf[1]?.id}/edit`, 'product-edit');
        await screenshot(page, name('product-edit'));
        await openScreen(page, 'customers');
        await page.locator('.plain-list .list-button').first().click();
        await page.getByTestId('customer').waitFor({ state: 'visible' });
        await screenshot(page, name('customer-detail'));
        await page.locator('nav a[data-route="account"]').click();
        await page.getByRole('heading', { level: 1 }).waitFor();
        await screenshot(page, name('account'));
      });
    }
  }
});
