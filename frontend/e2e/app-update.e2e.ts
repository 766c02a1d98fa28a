import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from './support/api';
import {
  launchBrowser,
  newDevice,
  PHONE,
  screenshot,
  waitForServiceWorker,
  type Browser,
  type Page,
} from './support/browser';
import { server } from './support/context';
import { cookingOil1l, seedCashier, seedStockedProduct, sugar1kg } from './support/fixtures';
import { cartLines, openTill, tapProduct } from './support/pos';

/**
 * Appended to the built sw.js to make "release 2": a changed file, as a deploy makes, which also
 * says which release it is when asked over a MessageChannel, so a test can tell who controls a page.
 */
const RELEASE_2 = `
// release 2
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'E2E_RELEASE') {
    event.ports[0].postMessage('release 2');
  }
});
`;

/** What the worker controlling `page` says its release is: 'release 2', or null if it does not answer. */
function controllerRelease(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const controller = navigator.serviceWorker.controller;
        if (controller === null) {
          resolve(null);
          return;
        }
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(String(event.data));
        controller.postMessage({ type: 'E2E_RELEASE' }, [channel.port2]);
        setTimeout(() => resolve(null), 3_000);
      }),
  );
}

/** Whether the page still has the marker set before (gone after any reload). */
function hasMarker(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as { __marker?: number }).__marker === 1);
}

describe('A new version of the app while a sale is being rung up', () => {
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

  it('offers the update without reloading, and keeps the cart through the reload it asks for', async () => {
    const admin = await adminApi();
    const sugar = await seedStockedProduct(admin, sugar1kg(), 10);
    const oil = await seedStockedProduct(admin, cookingOil1l(), 10);
    const cashier = await seedCashier(admin, 'Rehema Mollel');
    const phone = await newDevice(browser, { name: 'phone', viewport: PHONE });
    const { page } = phone;
    await openTill(page, cashier, [sugar.sku, oil.sku]);
    await tapProduct(page, sugar.sku, 2);
    await tapProduct(page, oil.sku);
    const cart = [
      { sku: sugar.sku, quantity: '2' },
      { sku: oil.sku, quantity: '1' },
    ];
    expect(await cartLines(page)).toEqual(cart);
    let loads = 0;
    page.on('load', () => loads++);

    // Release 2 is deployed; the app checks for an update.
    const original = await (await fetch(`${server.baseURL}/sw.js`)).text();
    expect(original).not.toContain('release 2');
    server.overrideStatic('sw.js', original + RELEASE_2);
    await page.evaluate(() => {
      (window as { __marker?: number }).__marker = 1;
    });
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });

    // The banner offers it; nothing reloads by itself and the old version still runs the page.
    const banner = page.getByTestId('update-banner');
    const outcome = await Promise.race([
      banner.waitFor({ state: 'visible', timeout: 60_000 }).then(
        () => 'offered',
        () => 'no banner',
      ),
      page.waitForEvent('load', { timeout: 60_000 }).then(
        () => 'reloaded by itself',
        () => 'no banner',
      ),
    ]);
    expect(outcome).toBe('offered');
    expect(await banner.innerText()).toContain('Your cart is kept when you update.');
    await screenshot(page, 'update-banner-phone');
    expect(await controllerRelease(page)).toBeNull(); // also waits 3 s for a reload that must not come
    expect(await hasMarker(page)).toBe(true);
    expect(loads).toBe(0);
    expect(await cartLines(page)).toEqual(cart);
    expect(
      await page.evaluate(
        async () => ((await navigator.serviceWorker.getRegistration())?.waiting ?? null) !== null,
      ),
    ).toBe(true);

    // The cashier accepts: one reload, release 2 in control, the cart as it was.
    const reloaded = page.waitForEvent('load', { timeout: 60_000 });
    await banner.getByRole('button', { name: 'Update' }).click();
    await reloaded;
    await waitForServiceWorker(page);
    expect(await hasMarker(page)).toBe(false);
    await expect.poll(() => cartLines(page), { timeout: 30_000 }).toEqual(cart);
    expect(await controllerRelease(page)).toBe('release 2');
    const worker = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const script = await (await fetch('/sw.js', { cache: 'no-store' })).text();
      return {
        controller: navigator.serviceWorker.controller?.scriptURL,
        active: registration?.active?.scriptURL,
        waiting: (registration?.waiting ?? null) !== null,
        releaseInScript: script.includes('// release 2'),
      };
    });
    expect(worker).toEqual({
      controller: `${server.baseURL}/sw.js`,
      active: `${server.baseURL}/sw.js`,
      waiting: false,
      releaseInScript: true,
    });
    expect(await page.getByTestId('update-banner').count()).toBe(0);
    await page.waitForTimeout(2_000); // room for a second reload, which must not come
    expect(loads).toBe(1);
    expect(await hasMarker(page)).toBe(false);
  });
});
