/**
 * A cashier's steps on the sell screen, the receipt, the sync status bar and "Needs attention", and
 * reads of what the device keeps in its IndexedDB (`bidhaa-pos`). Elements are found by the names
 * and `data-*` hooks of `src/ui/`; keep them in step.
 *
 * @example
 * ```ts
 * await waitForProducts(page, [sugar.sku]);
 * const sale = await ringUpSale(page, {
 *   lines: [{ sku: sugar.sku, quantity: 2 }],
 *   payment: { method: 'cash', tendered: 10_000 },
 * });
 * await waitForWaiting(page, 0);
 * ```
 *
 * @packageDocumentation
 */
import type { Locator, Page } from 'playwright-core';
import { waitForServiceWorker } from './browser';
import { signInThroughForm } from './ui';

/** How long to wait for something the sync manager does (a push, a pull) on a slow machine. */
export const SYNC_TIMEOUT_MS = 90_000;

/** The always-visible sync status bar and its parts. */
export function statusBar(page: Page): {
  bar: Locator;
  pill: Locator;
  waiting: Locator;
  attention: Locator;
  syncNow: Locator;
} {
  const bar = page.getByTestId('sync-status');
  return {
    bar,
    pill: bar.locator('.pill'),
    waiting: bar.locator('[data-waiting]'),
    attention: bar.locator('[data-failed]'),
    syncNow: bar.getByRole('button', { name: 'Sync now' }),
  };
}

/** Sales waiting for the server, as the status bar says (`data-waiting`). */
export async function waitingCount(page: Page): Promise<number> {
  return Number(await statusBar(page).waiting.getAttribute('data-waiting'));
}

/** Entries the server refused, as the status bar says (`data-failed`). */
export async function failedCount(page: Page): Promise<number> {
  return Number(await statusBar(page).attention.getAttribute('data-failed'));
}

/** Waits until the status bar says `count` sales are waiting; fails saying what it shows instead. */
export async function waitForWaiting(
  page: Page,
  count: number,
  timeoutMs = SYNC_TIMEOUT_MS,
): Promise<void> {
  await waitForStatus(page, `[data-waiting="${count}"]`, `${count} waiting`, timeoutMs);
}

/** Waits until the status bar says `count` entries need attention. */
export async function waitForFailed(
  page: Page,
  count: number,
  timeoutMs = SYNC_TIMEOUT_MS,
): Promise<void> {
  await waitForStatus(page, `[data-failed="${count}"]`, `${count} failed`, timeoutMs);
}

async function waitForStatus(page: Page, selector: string, what: string, timeoutMs: number) {
  const bar = statusBar(page).bar;
  try {
    await bar.locator(selector).waitFor({ state: 'attached', timeout: timeoutMs });
  } catch (error) {
    const shown = await bar.innerText().catch(() => '(no status bar)');
    throw new Error(`The status bar did not say ${what} within ${timeoutMs} ms: "${shown}"`, {
      cause: error,
    });
  }
}

/** Presses "Sync now" (once it is enabled, i.e. no sync is running). */
export async function syncNow(page: Page): Promise<void> {
  await statusBar(page).syncNow.click();
}

/**
 * Presses "Sync now" and waits until that run has pulled the sales (the last step of a sync run)
 * and the button is enabled again. Needs the network.
 */
export async function syncNowAndSettle(page: Page, timeoutMs = SYNC_TIMEOUT_MS): Promise<void> {
  const bar = statusBar(page);
  const pulledSales = page.waitForResponse(
    (response) => new URL(response.url()).pathname === '/api/sales/sync' && response.ok(),
    { timeout: timeoutMs },
  );
  await bar.syncNow.click({ timeout: timeoutMs }); // waits while a run is under way
  await pulledSales;
  await page.waitForFunction(
    () =>
      !document.querySelector<HTMLButtonElement>('[data-testid="sync-status"] button.chip')
        ?.disabled,
    undefined,
    { timeout: timeoutMs },
  );
}

/**
 * Opens the app on `page`, signs `user` in and waits until the catalogue shows every SKU, the
 * service worker controls the page and nothing is waiting: a till ready to sell, also offline.
 */
export async function openTill(
  page: Page,
  user: { username: string; password: string },
  skus: readonly string[],
): Promise<void> {
  await page.goto('/');
  await signInThroughForm(page, user);
  await waitForProducts(page, skus);
  await waitForServiceWorker(page);
  await waitForWaiting(page, 0);
}

/** A product tile of the sell screen. */
export function productTile(page: Page, sku: string): Locator {
  return page.locator(`button.product-tile[data-sku="${sku}"]`);
}

/** Waits until the catalogue on the device shows a tile for every SKU (a first download may take a while). */
export async function waitForProducts(
  page: Page,
  skus: readonly string[],
  timeoutMs = SYNC_TIMEOUT_MS,
): Promise<void> {
  for (const sku of skus) {
    await productTile(page, sku).waitFor({ state: 'visible', timeout: timeoutMs });
  }
}

/** Taps a product's tile `times` times (one unit each); on a phone, the products pane must be showing. */
export async function tapProduct(page: Page, sku: string, times = 1): Promise<void> {
  for (let tap = 0; tap < times; tap++) {
    await productTile(page, sku).click();
  }
}

/** Types a barcode or SKU into the search box and presses Enter, as a scanner does. */
export async function scanCode(page: Page, code: string): Promise<void> {
  const search = page.locator('input[name="search"]');
  await search.fill(code);
  await search.press('Enter');
  await page.waitForFunction(
    () => document.querySelector<HTMLInputElement>('input[name="search"]')?.value === '',
  );
}

/** Shows the cart: on a phone the "View cart" bar opens it; on a tablet it is always beside the products. */
export async function openCart(page: Page): Promise<void> {
  const viewCart = page.locator('button.view-cart');
  if (await viewCart.isVisible()) {
    await viewCart.click();
  }
  await page.locator('section.cart-pane').waitFor({ state: 'visible' });
}

/** The cart's lines as SKU and quantity shown, in order (whether or not the cart pane is showing). */
export async function cartLines(page: Page): Promise<{ sku: string; quantity: string }[]> {
  return page.locator('li.cart-line').evaluateAll((items) =>
    items.map((item) => ({
      sku: (item as HTMLElement).dataset['sku'] ?? '',
      quantity: item.querySelector<HTMLInputElement>('input.qty')?.value ?? '',
    })),
  );
}

/** How a customer pays; amounts in whole TZS. */
export type Payment =
  | { method: 'cash'; tendered: number | 'exact' }
  | { method: 'mobile_money'; reference: string }
  | { method: 'card'; reference?: string };

/** Chooses the payment method and fills in what it needs (cash received, or the reference). */
export async function pay(page: Page, payment: Payment): Promise<void> {
  await page.locator(`section.cart-pane [data-method="${payment.method}"]`).click();
  if (payment.method === 'cash') {
    if (payment.tendered === 'exact') {
      await page.locator('.quick-amounts button').first().click();
    } else {
      await page.locator('input[name="tendered"]').fill(String(payment.tendered));
    }
  } else if (payment.reference !== undefined) {
    await page.locator('input[name="reference"]').fill(payment.reference);
  }
}

/** A sale as the device's receipt showed it. */
export interface RungUpSale {
  /** The sale's id (from `#/receipt/<id>`). */
  readonly id: string;
  /** `7F3A-000003`. */
  readonly saleNumber: string;
  /** The receipt's text. */
  readonly receipt: string;
}

/** Presses "Complete sale" and waits for the receipt. */
export async function completeSale(page: Page): Promise<RungUpSale> {
  await page.getByTestId('complete-sale').click();
  const receipt = page.getByTestId('receipt');
  try {
    await receipt.waitFor({ state: 'visible' });
  } catch (error) {
    const alert = await page.locator('section.cart-pane [role="alert"]').innerText();
    throw new Error(`No receipt after "Complete sale": ${alert || 'no message'}`, { cause: error });
  }
  const id = /#\/receipt\/([0-9a-f-]+)/.exec(page.url())?.[1];
  const text = await receipt.innerText();
  const saleNumber = /Receipt:\s*(\S+)/.exec(text)?.[1];
  if (id === undefined || saleNumber === undefined) {
    throw new Error(`Cannot read the sale from ${page.url()}: ${text}`);
  }
  return { id, saleNumber, receipt: text };
}

/** What a cashier rings up: products by SKU and how many of each, and the payment. */
export interface SaleToRing {
  /** `scan`: a barcode to scan (once per unit) instead of tapping the tile. */
  readonly lines: readonly { sku: string; quantity: number; scan?: string }[];
  readonly payment: Payment;
}

/**
 * Rings up a whole sale from the sell screen: taps (or scans) each product once per unit, opens the
 * cart, checks its lines, pays and completes; answers the receipt. Leaves the app on the receipt.
 */
export async function ringUpSale(page: Page, sale: SaleToRing): Promise<RungUpSale> {
  for (const line of sale.lines) {
    for (let unit = 0; unit < line.quantity; unit++) {
      await (line.scan === undefined ? tapProduct(page, line.sku) : scanCode(page, line.scan));
    }
  }
  await openCart(page);
  const shown = await cartLines(page);
  const expected = sale.lines.map((line) => ({ sku: line.sku, quantity: String(line.quantity) }));
  if (JSON.stringify(shown) !== JSON.stringify(expected)) {
    throw new Error(
      `The cart shows ${JSON.stringify(shown)}, expected ${JSON.stringify(expected)}`,
    );
  }
  await pay(page, sale.payment);
  return completeSale(page);
}

/** Rings up each sale in turn ({@link ringUpSale}), back on the sell screen after each. */
export async function sellAll(page: Page, sales: readonly SaleToRing[]): Promise<RungUpSale[]> {
  const rung: RungUpSale[] = [];
  for (const sale of sales) {
    rung.push(await ringUpSale(page, sale));
    await startNewSale(page);
  }
  return rung;
}

/** Leaves the receipt for the sell screen ("New sale"). */
export async function startNewSale(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New sale' }).click();
  await page.locator('input[name="search"]').waitFor({ state: 'visible' });
}

/** Opens a sale's receipt by its route, as from a link (works offline). */
export async function openReceipt(page: Page, saleId: string): Promise<Locator> {
  await page.evaluate((hash) => (location.hash = hash), `#/receipt/${saleId}`);
  const receipt = page.getByTestId('receipt');
  await receipt.waitFor({ state: 'visible' });
  return receipt;
}

/** The device's identity as it keeps it (`meta` → `device`). */
export interface DeviceIdentity {
  readonly id: string;
  readonly salePrefix: string;
  readonly lastSaleSeq: number;
}

/** An outbox entry as the device keeps it (the fields tests look at). */
export interface OutboxEntry {
  readonly seq: number;
  readonly name: string;
  readonly recordId: string;
  readonly state: 'PENDING' | 'SYNCING' | 'SYNCED' | 'FAILED';
  readonly attempts: number;
  readonly lastError: { code: string; message: string } | null;
  readonly conflicts: readonly string[];
}

/** This device's id and sale counter. Call it only once the app has started (it opens the database as is). */
export async function deviceIdentity(page: Page): Promise<DeviceIdentity> {
  const device = await readStore<DeviceIdentity | undefined>(page, 'meta', 'device');
  if (device === undefined) {
    throw new Error('The device has no identity yet');
  }
  return device;
}

/** Every outbox entry, in written order. Call it only once the app has started. */
export function outbox(page: Page): Promise<OutboxEntry[]> {
  return readStore<OutboxEntry[]>(page, 'outbox');
}

/** One record (by `key`) or all records of a store of the app's IndexedDB, read in the page. */
export function readStore<T>(page: Page, store: string, key?: string): Promise<T> {
  return inAppDb<T>(page, { store, key, count: false });
}

/** How many records a store of the app's IndexedDB holds, counted in the page. */
export function countStore(page: Page, store: string): Promise<number> {
  return inAppDb<number>(page, { store, count: true });
}

/** One request to a store of the app's IndexedDB, made in the page: get, getAll or count. */
function inAppDb<T>(
  page: Page,
  read: { store: string; key?: string | undefined; count: boolean },
): Promise<T> {
  return page.evaluate(async ({ store, key, count }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('bidhaa-pos');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
    });
    try {
      return await new Promise<unknown>((resolve, reject) => {
        const objects = db.transaction(store).objectStore(store);
        const request = count
          ? objects.count()
          : key === undefined
            ? objects.getAll()
            : objects.get(key);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error(`reading ${store} failed`));
      });
    } finally {
      db.close();
    }
  }, read) as Promise<T>;
}

/** The sale number a device prints for its `seq`-th sale: prefix and six digits (`7F3A-000003`). */
export function saleNumberOf(device: Pick<DeviceIdentity, 'salePrefix'>, seq: number): string {
  return `${device.salePrefix}-${String(seq).padStart(6, '0')}`;
}
