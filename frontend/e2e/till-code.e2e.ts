import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from './support/api';
import { openScreen } from './support/back-office';
import { launchBrowser, newDevice, screenshot, TABLET, type Browser } from './support/browser';
import { seedCashier, seedManager, seedStockedProduct, sugar1kg } from './support/fixtures';
import { deviceIdentity, openTill, ringUpSale, startNewSale } from './support/pos';
import { sessionUser, signInThroughForm } from './support/ui';

/** The code the device keeps as its sale-number prefix, once the server has given it one. */
async function serverCode(page: Parameters<typeof deviceIdentity>[0]): Promise<string> {
  let code = '';
  await expect
    .poll(
      async () => {
        const device = (await deviceIdentity(page)) as {
          salePrefix: string;
          codeFromServer?: boolean;
        };
        code = device.codeFromServer === true ? device.salePrefix : '';
        return code;
      },
      { timeout: 60_000 },
    )
    .toMatch(/^[A-Z0-9]+$/);
  return code;
}

describe('Till codes and staying signed in', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it("numbers a new till's sales with the short code the server gives it", async () => {
    const admin = await adminApi();
    const sugar = await seedStockedProduct(admin, sugar1kg(), 20);
    const amina = await seedCashier(admin);
    const till = await newDevice(browser, { name: 'till-code', viewport: TABLET });

    await openTill(till.page, amina, [sugar.sku]);
    const code = await serverCode(till.page);
    const sale = await ringUpSale(till.page, {
      lines: [{ sku: sugar.sku, quantity: 1 }],
      payment: { method: 'cash', tendered: 'exact' },
    });
    await screenshot(till.page, 'till-code-receipt');

    expect(code).toMatch(/^T[1-9][0-9]*$/);
    expect(sale.saleNumber).toBe(`${code}-000001`);
    const { id } = await deviceIdentity(till.page);
    const onServer = await admin.request<{ code: string }>('GET', `/api/sync/devices/${id}`);
    expect(onServer.code).toBe(code);
    const settings = await openScreen(till.page, 'settings');
    expect(await settings.locator('.device-code').innerText()).toBe(code);
    await screenshot(till.page, 'till-code-settings');
    expect(till.pageErrors).toEqual([]);
  });

  it('lets a manager change a till code on the devices screen; the till uses it from its next sale', async () => {
    const admin = await adminApi();
    const sugar = await seedStockedProduct(admin, sugar1kg(), 20);
    const amina = await seedCashier(admin);
    const baraka = await seedManager(admin);
    const till = await newDevice(browser, { name: 'till-renamed', viewport: TABLET });
    await openTill(till.page, amina, [sugar.sku]);
    const first = await serverCode(till.page);
    const before = await ringUpSale(till.page, {
      lines: [{ sku: sugar.sku, quantity: 1 }],
      payment: { method: 'cash', tendered: 'exact' },
    });
    await startNewSale(till.page);
    const { id } = await deviceIdentity(till.page);
    const chosen = `K${Date.now().toString(36).slice(-5).toUpperCase()}`;

    const office = await newDevice(browser, { name: 'office', viewport: TABLET });
    await office.page.goto('/');
    await signInThroughForm(office.page, baraka);
    const devices = await openScreen(office.page, 'devices');
    const row = devices.locator(`li[data-device-id="${id}"]`);
    await row.locator('input.code-input').fill(chosen.toLowerCase());
    await row.getByRole('button', { name: 'Save' }).click();
    await row.locator('.message.ok').waitFor({ state: 'visible' });
    await screenshot(office.page, 'till-code-devices-screen');

    // The till learns the code when it next registers: at its first sync after the app opens.
    const page = await till.reopen();
    await page.goto('/');
    await expect
      .poll(async () => (await deviceIdentity(page)).salePrefix, { timeout: 60_000 })
      .toBe(chosen);
    const after = await ringUpSale(page, {
      lines: [{ sku: sugar.sku, quantity: 1 }],
      payment: { method: 'cash', tendered: 'exact' },
    });

    expect(before.saleNumber).toBe(`${first}-000001`);
    expect(after.saleNumber).toBe(`${chosen}-000002`);
    expect(await row.locator('input.code-input').inputValue()).toBe(chosen);
  });

  it('stays signed in when the browser is closed and opened again', async () => {
    const admin = await adminApi();
    const amina = await seedCashier(admin);
    const first = await newDevice(browser, { name: 'restart-before', viewport: TABLET });
    await first.page.goto('/');
    await signInThroughForm(first.page, amina);
    const state = await first.context.storageState();
    await first.close();

    const session = state.cookies.find((cookie) => cookie.name === 'BIDHAA_SESSION');
    const reopened = await newDevice(browser, {
      name: 'restart-after',
      viewport: TABLET,
      context: { storageState: state },
    });
    await reopened.page.goto('/');

    // A session cookie (expires -1) would be dropped by a real browser restart.
    expect(session?.expires ?? -1).toBeGreaterThan(Date.now() / 1000 + 11 * 3600);
    expect(await sessionUser(reopened.page)).toMatchObject({ username: amina.username });
    await reopened.page.getByTestId('sync-status').waitFor({ state: 'visible' });
    await screenshot(reopened.page, 'till-code-signed-in-after-restart');
  });
});
