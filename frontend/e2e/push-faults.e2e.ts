import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi, type Product } from './support/api';
import { tapNav } from './support/back-office';
import {
  goOffline,
  goOnline,
  launchBrowser,
  newDevice,
  PHONE,
  type Browser,
  type Device,
} from './support/browser';
import { routePushes, type PushedSale } from './support/faults';
import {
  barSoap800g,
  paraffin1l,
  seedCashier,
  seedStockedProduct,
  tea100g,
  water1500ml,
} from './support/fixtures';
import { movementsOfSale, salesOfDevice, soldByProduct, stockOnHand } from './support/ledger';
import {
  deviceIdentity,
  failedCount,
  openTill,
  outbox,
  sellAll,
  statusBar,
  waitForFailed,
  waitForWaiting,
  waitingCount,
  type RungUpSale,
} from './support/pos';
import { sessionUser, signInForm } from './support/ui';

describe('Pushing sales through a bad connection', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  /** A phone signed in as a new cashier, ready to sell `products`. */
  async function phoneFor(products: readonly Product[]): Promise<Device> {
    const cashier = await seedCashier(await adminApi(), 'Neema Kimaro');
    const phone = await newDevice(browser, { name: 'phone', viewport: PHONE });
    await openTill(
      phone.page,
      cashier,
      products.map((product) => product.sku),
    );
    return phone;
  }

  it('delivers every sale exactly once through 500s, a lost request and a lost answer', async () => {
    const admin = await adminApi();
    const tea = await seedStockedProduct(admin, tea100g(), 20);
    const soap = await seedStockedProduct(admin, barSoap800g(), 15);
    const water = await seedStockedProduct(admin, water1500ml(), 40);
    const phone = await phoneFor([tea, soap, water]);
    const { page } = phone;

    const pushes = await routePushes(phone.context, [
      'server-error',
      'server-error',
      'lost-request',
      'lost-answer',
    ]);
    const rung = await sellAll(page, [
      {
        lines: [
          { sku: tea.sku, quantity: 1 },
          { sku: soap.sku, quantity: 1 },
        ],
        payment: { method: 'cash', tendered: 5_000 },
      },
      {
        lines: [{ sku: water.sku, quantity: 3 }],
        payment: { method: 'mobile_money', reference: 'PX81KD3QZA' },
      },
      { lines: [{ sku: soap.sku, quantity: 2 }], payment: { method: 'card' } },
    ]);

    // Keep pressing "Sync now" (the backoff timer may fire as well) until every fault has been met
    // and nothing waits.
    await expect
      .poll(
        async () => {
          const syncNow = statusBar(page).syncNow;
          if (await syncNow.isEnabled()) {
            await syncNow.click({ timeout: 2_000 }).catch(() => undefined);
          }
          return { faultsLeft: pushes.faultsLeft, waiting: await waitingCount(page) };
        },
        { timeout: 90_000, interval: 2_000 },
      )
      .toEqual({ faultsLeft: 0, waiting: 0 });
    expect(await failedCount(page)).toBe(0);
    await pushes.stop();

    // Each sale exactly once, stock moved once.
    const device = await deviceIdentity(page);
    const sales = await salesOfDevice(admin, device.id);
    expect(sales.map((sale) => [sale.device_seq, sale.id, sale.total_amount])).toEqual([
      [1, rung[0]?.id, 4_800],
      [2, rung[1]?.id, 3_000],
      [3, rung[2]?.id, 5_600],
    ]);
    expect(await Promise.all(rung.map((sale) => movementsOfSale(sale.id)))).toEqual([2, 1, 1]);
    expect(await soldByProduct([tea.id, soap.id, water.id])).toEqual({
      [tea.id]: { lines: 1, quantity: 1 },
      [soap.id]: { lines: 2, quantity: 3 },
      [water.id]: { lines: 1, quantity: 3 },
    });
    expect(await stockOnHand(admin, [tea, soap, water])).toEqual({
      [tea.id]: 19,
      [soap.id]: 12,
      [water.id]: 37,
    });

    // The server recorded what it saw of the lost answer, and recognised it when it came again.
    const lost = pushes.log.find((push) => push.fault === 'lost-answer');
    expect(lost?.saleIds.length).toBeGreaterThan(0);
    expect(lost?.results?.map((result) => result.status)).toEqual(
      lost?.saleIds.map(() => 'created'),
    );
    const replies = pushes.log
      .filter((push) => push.fault === 'through')
      .flatMap((push) => push.results ?? []);
    for (const id of lost?.saleIds ?? []) {
      expect(replies).toContainEqual(expect.objectContaining({ id, status: 'duplicate' }));
    }
    // The first sale went out with every push: four faults, then the one that settled it.
    const entries = await outbox(page);
    expect(entries.map((entry) => entry.state)).toEqual(['SYNCED', 'SYNCED', 'SYNCED']);
    expect(entries[0]?.attempts).toBeGreaterThanOrEqual(5);
  });

  it('keeps a refused sale under "Needs attention" and delivers the rest of the batch', async () => {
    const admin = await adminApi();
    const paraffin = await seedStockedProduct(admin, paraffin1l(), 10);
    const water = await seedStockedProduct(admin, water1500ml(), 40);
    const phone = await phoneFor([paraffin, water]);
    const { page } = phone;

    await goOffline(phone.context);
    const rung = await sellAll(page, [
      {
        lines: [{ sku: paraffin.sku, quantity: 1 }],
        payment: { method: 'cash', tendered: 'exact' },
      },
      { lines: [{ sku: water.sku, quantity: 2 }], payment: { method: 'cash', tendered: 'exact' } },
      {
        lines: [{ sku: paraffin.sku, quantity: 2 }],
        payment: { method: 'cash', tendered: 'exact' },
      },
    ]);
    await waitForWaiting(page, 3, 10_000);
    const refused = rung[1] as RungUpSale;

    // On its way, the second sale's product becomes one the server has never heard of.
    let rewritten = false;
    const pushes = await routePushes(phone.context, [], (sales) =>
      sales.map((sale): PushedSale => {
        if (rewritten || sale.id !== refused.id) {
          return sale;
        }
        rewritten = true;
        return {
          ...sale,
          items: sale.items.map((item) => ({ ...item, product_id: randomUUID() })),
        };
      }),
    );
    await goOnline(phone.context);
    await waitForFailed(page, 1);
    await waitForWaiting(page, 0);
    await pushes.stop();

    const [batch] = pushes.log;
    expect(batch?.saleIds).toEqual(rung.map((sale) => sale.id));
    expect(batch?.results?.map((result) => result.status)).toEqual([
      'created',
      'rejected',
      'created',
    ]);
    const code = batch?.results?.[1]?.error?.code ?? '';
    expect(code).toBe('unknown-product');

    // The other two are on the server; the refused one is not.
    const device = await deviceIdentity(page);
    const onServer = async () =>
      (await salesOfDevice(admin, device.id)).map((sale) => [sale.device_seq, sale.id]);
    expect(await onServer()).toEqual([
      [1, rung[0]?.id],
      [3, rung[2]?.id],
    ]);

    // It is kept and shown with its reason.
    const attentionButton = statusBar(page).attention;
    expect(await attentionButton.innerText()).toBe('1 needs attention');
    await attentionButton.click();
    const attention = page.getByTestId('attention');
    await attention.waitFor({ state: 'visible' });
    const items = attention.locator('li.attention-item');
    expect(await items.count()).toBe(1);
    expect(await items.first().getAttribute('data-code')).toBe(code);
    expect(await items.first().innerText()).toContain(refused.saleNumber);

    // Signing out is refused while it is not on the server.
    await tapNav(page, 'account');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect
      .poll(() => page.locator('main [role="alert"]').innerText())
      .toContain('1 sale is not on the server yet');
    expect(await sessionUser(page)).not.toBeNull();

    // "Retry all" sends it as it was rung up, and the server takes it.
    await tapNav(page, 'sync');
    await attention.getByRole('button', { name: 'Retry all' }).click();
    await waitForFailed(page, 0);
    await waitForWaiting(page, 0);
    expect(await onServer()).toEqual(rung.map((sale, index) => [index + 1, sale.id]));
    expect(await Promise.all(rung.map((sale) => movementsOfSale(sale.id)))).toEqual([1, 1, 1]);
    expect(await stockOnHand(admin, [paraffin, water])).toEqual({
      [paraffin.id]: 7,
      [water.id]: 38,
    });

    // Now nothing is stranded, so signing out works.
    await tapNav(page, 'account');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInForm(page).password.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await sessionUser(page)).toBeNull();
  });
});
