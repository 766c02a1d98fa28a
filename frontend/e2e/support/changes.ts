/**
 * Changes a cashier or a manager makes on the app's screens, each kept on the device and queued in
 * its outbox (offline too): a customer added at the till, customer and product edits, stock
 * received, products added, archived and restored. Elements are found by labels and `data-*`
 * hooks of `src/ui/`; keep them in step.
 *
 * @packageDocumentation
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { NewProduct } from './api';
import { goTo, openScreen } from './back-office';
import type { Device } from './browser';
import { UI_TIMEOUT_MS } from './outbox';
import { SYNC_TIMEOUT_MS } from './pos';

/** In the open cart: "Change" customer, "New customer", fill in, "Add customer". */
export async function addCustomerOnTheSpot(
  page: Page,
  customer: { name: string; phone: string },
): Promise<void> {
  const picker = page.locator('section.cart-pane .customer-picker');
  await picker.getByRole('button', { name: 'Change' }).click();
  await picker.getByRole('button', { name: 'New customer' }).click();
  await picker.locator('input[name="customer-name"]').fill(customer.name);
  await picker.locator('input[name="customer-phone"]').fill(customer.phone);
  await picker.getByRole('button', { name: 'Add customer' }).click();
  await expect
    .poll(() => picker.locator('.customer-name').innerText(), { timeout: UI_TIMEOUT_MS })
    .toBe(customer.name);
}

/** Edits a customer's phone and notes on the customer screens and saves. */
export async function editCustomer(
  page: Page,
  id: string,
  edit: { phone: string; notes: string },
): Promise<void> {
  const form = await goTo(page, `customers/${id}/edit`, 'customer-form');
  await form.getByLabel('Phone').fill(edit.phone);
  await form.getByLabel('Notes').fill(edit.notes);
  await form.getByRole('button', { name: 'Save customer' }).click();
  await page.getByTestId('customer').waitFor({ state: 'visible' });
}

/** Changes a product's price on its edit screen and saves. */
export async function editPrice(page: Page, productId: string, price: number): Promise<void> {
  const form = await goTo(page, `products/${productId}/edit`, 'product-form');
  await form.getByLabel('Price').fill(String(price));
  await form.getByRole('button', { name: 'Save product' }).click();
  await page.getByTestId('product').waitFor({ state: 'visible' });
}

/** Records stock received from a supplier on the product's screen. */
export async function receiveStock(page: Page, productId: string, quantity: number): Promise<void> {
  const detail = await goTo(page, `products/${productId}`, 'product');
  const form = detail.getByTestId('stock-form');
  await form.getByLabel('What happened').selectOption('received');
  await form.getByLabel('Quantity').fill(String(quantity));
  await form.getByRole('button', { name: 'Record stock change' }).click();
}

/** The restore requests of products, whichever product. */
export const RESTORE_CALLS = '**/api/products/*/restore';

/**
 * Ticks "Archived" on the products screen (the list comes from the server) and taps Restore on
 * `sku`, with the device's restore requests failing as if the network had just gone. Remove the
 * routing with `unroute(RESTORE_CALLS)` once the device is offline.
 */
export async function restoreAsTheNetworkGoes(device: Device, sku: string): Promise<void> {
  await device.context.route(RESTORE_CALLS, (route) => route.abort('internetdisconnected'));
  const products = await openScreen(device.page, 'products');
  await products.getByLabel('Archived', { exact: true }).check();
  await products
    .locator('.archived-row')
    .filter({ hasText: sku })
    .getByRole('button', { name: 'Restore' })
    .click({ timeout: SYNC_TIMEOUT_MS });
}

/** Adds a product on the "New product" screen and saves. */
export async function addProduct(page: Page, product: NewProduct): Promise<void> {
  const form = await goTo(page, 'products/new', 'product-form');
  await form.getByLabel('Name', { exact: true }).fill(product.name);
  await form.getByLabel('SKU', { exact: true }).fill(product.sku);
  await form.getByLabel('Price', { exact: true }).fill(String(product.unitPrice));
  await form.getByRole('button', { name: 'Save product' }).click();
  await page.getByTestId('product').waitFor({ state: 'visible' });
}

/** Archives a product from its screen, confirming the question the app asks. */
export async function archive(page: Page, productId: string): Promise<void> {
  const detail = await goTo(page, `products/${productId}`, 'product');
  page.once('dialog', (dialog) => void dialog.accept());
  await detail.getByRole('button', { name: 'Archive', exact: true }).click();
  await page.getByTestId('products').waitFor({ state: 'visible' });
}
