import { randomUUID } from 'node:crypto';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkScreen } from './support/a11y';
import { adminApi, ApiClient, type Product } from './support/api';
import { SCREEN_IDS, goTo, hiddenNavLinks, openScreen, tapNav } from './support/back-office';
import {
  launchBrowser,
  newDevice,
  PHONE,
  screenshot,
  SMALL_TABLET,
  type Browser,
  type Page,
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
    // An account whose name and username are as long as the server allows wraps, never overflows.
    await admin.createUser(
      'CASHIER',
      `mwanaidi.abdallah-mohamedi.kassimu-${randomUUID().slice(0, 8)}`,
      'kahawa-1234-long',
      'Bi. Mwanaidi Abdallah Mohamedi Kassimu Salehe wa Kariakoo Sokoni, Msimamizi wa Zamu ya Usiku',
    );
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
        // Every screen is shot for a person and checked for contrast, labels and overflow; the
        // faults of all of them are reported together.
        const problems: string[] = [];
        const shoot = async (screen: string) => {
          await screenshot(page, name(screen));
          problems.push(...(await checkScreen(page, name(screen))));
        };
        for (const screen of SCREENS) {
          await openScreen(page, screen);
          await page.waitForLoadState('networkidle');
          await shoot(screen);
        }
        await openScreen(page, 'history');
        await page.locator('.sale-row').first().click();
        await page.getByTestId('sale-detail').waitFor({ state: 'visible' });
        await shoot('sale-detail');
        await goTo(page, `products/${shelf[1]?.id}`, 'product');
        await shoot('product-detail');
        await goTo(page, `products/${shelf[1]?.id}/edit`, 'product-edit');
        await shoot('product-edit');
        await openScreen(page, 'customers');
        await page.locator('.plain-list .list-button').first().click();
        await page.getByTestId('customer').waitFor({ state: 'visible' });
        await shoot('customer-detail');
        await tapNav(page, 'account');
        await page.getByRole('heading', { level: 1 }).waitFor();
        await shoot('account');
        // Every screen is in sight: in the navigation's row, or in the menu "More" opens.
        expect(await hiddenNavLinks(page)).toEqual([]);
        await shoot('menu');

        // Reports: the hour labels read at the page's size, whatever the chart's width.
        await openScreen(page, 'reports');
        const labelHeights = await page
          .locator('[data-testid="reports"] .tick')
          .evaluateAll((labels) =>
            labels
              .filter((label) => label.textContent !== '')
              .map((label) => label.getBoundingClientRect().height),
          );
        expect(labelHeights.length).toBeGreaterThan(0);
        expect(Math.max(...labelHeights)).toBeLessThanOrEqual(24);

        // History: every row puts its number, time and amount in the same place.
        await openScreen(page, 'history');
        const places = await page.locator('.sale-row').evaluateAll((rows) =>
          rows.map((row) =>
            [
              ['.sale-number', 'left'],
              ['.sale-meta > span', 'left'],
              ['.amount', 'right'],
            ]
              .map(([cell, edge]) => {
                const box = row.querySelector(cell as string)?.getBoundingClientRect();
                return box === undefined ? `${cell} missing` : box[edge as 'left' | 'right'];
              })
              .join(' '),
          ),
        );
        expect(places.length).toBeGreaterThan(1);
        expect(new Set(places).size, places.join('\n')).toBe(1);

        await usersForm(page, language, shoot);
        await closeShiftAsked(page, shoot);
        expect(problems).toEqual([]);
      });
    }
  }
});

/**
 * The new-user form refuses a 500-character name with a message (the field keeps every character),
 * and a taken username is an error that looks like one: red, marked and announced.
 */
async function usersForm(
  page: Page,
  language: 'en' | 'sw',
  shoot: (screen: string) => Promise<void>,
): Promise<void> {
  await openScreen(page, 'users');
  const form = page.getByTestId('new-user');
  const [username, displayName, password] = [0, 1, 2].map((index) =>
    form.locator('input').nth(index),
  ) as [Locator, Locator, Locator];
  const message = form.locator('.message');
  await username.fill(`neema-${randomUUID().slice(0, 8)}`);
  await displayName.fill('N'.repeat(500));
  await password.fill('kahawa-1234');
  await form.locator('button.primary').click();
  await expect.poll(() => message.innerText()).toContain('500');
  expect(await displayName.inputValue()).toHaveLength(500);
  expect(await looksLikeAnError(message)).toBe(true);
  await shoot('users-name-too-long');

  await username.fill('admin');
  await displayName.fill('Another Admin');
  await form.locator('button.primary').click();
  await expect
    .poll(() => message.innerText())
    .toBe(
      language === 'en' ? 'This username is taken.' : 'Jina hili la mtumiaji limeshachukuliwa.',
    );
  expect(await looksLikeAnError(message)).toBe(true);
  await shoot('users-taken');
}

/** Red text on a red-edged box, announced as an alert: the one error style of every form. */
async function looksLikeAnError(message: Locator): Promise<boolean> {
  return message.evaluate((element) => {
    const style = getComputedStyle(element);
    const danger = getComputedStyle(document.documentElement).getPropertyValue('--danger').trim();
    const probe = document.createElement('span');
    probe.style.color = danger;
    document.body.append(probe);
    const red = getComputedStyle(probe).color;
    probe.remove();
    return (
      element.getAttribute('role') === 'alert' &&
      style.color === red &&
      style.borderLeftColor === red &&
      Number.parseInt(style.fontWeight, 10) >= 600
    );
  });
}

/** "Close shift" asks first and closes nothing until told yes; then it shows what was closed. */
async function closeShiftAsked(
  page: Page,
  shoot: (screen: string) => Promise<void>,
): Promise<void> {
  await openScreen(page, 'shift');
  const closedAt = () => page.evaluate(() => localStorage.getItem('bidhaa.shiftClosedAt'));
  const before = await closedAt();
  await page.getByTestId('close-shift').click();
  await page.getByTestId('confirm-close-shift').waitFor({ state: 'visible' });
  expect(await closedAt()).toBe(before);
  await shoot('shift-confirm');
  await page.getByTestId('confirm-close-shift').click();
  await page.getByTestId('shift-summary').waitFor({ state: 'visible' });
  expect(await closedAt()).not.toBe(before);
  await shoot('shift-closed');
}
