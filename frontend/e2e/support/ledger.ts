/**
 * What the server recorded of a device's sales, for "exactly once" checks: the sales by device
 * (API), stock on hand (API) and the stock movements behind it (database).
 *
 * @example
 * ```ts
 * const sales = await salesOfDevice(admin, device.id); // sorted by device_seq
 * expect(await soldByProduct([sugar.id])).toEqual({ [sugar.id]: { lines: 2, quantity: 3 } });
 * ```
 *
 * @packageDocumentation
 */
import { expect } from 'vitest';
import type { ApiClient, Product, Sale } from './api';
import { db } from './db';

/** Every sale the server has from `deviceId`, by `device_seq`. */
export async function salesOfDevice(api: ApiClient, deviceId: string): Promise<Sale[]> {
  const sales = await api.listSales({ device_id: deviceId });
  return sales.sort((a, b) => (a.device_seq ?? 0) - (b.device_seq ?? 0));
}

/** Stock on hand per product id, as the API reports it now. */
export async function stockOnHand(
  api: ApiClient,
  products: readonly Pick<Product, 'id'>[],
): Promise<Record<string, number>> {
  const fresh = await Promise.all(products.map((product) => api.getProduct(product.id)));
  return Object.fromEntries(fresh.map((product) => [product.id, product.stock_on_hand]));
}

/**
 * Sale stock movements in the database per product id: how many (one per sale line) and the
 * quantity they took out. Products never sold are left out.
 */
export async function soldByProduct(
  productIds: readonly string[],
): Promise<Record<string, { lines: number; quantity: number }>> {
  const rows = await db.query<{ product_id: string; lines: string; quantity: string }>(
    `SELECT product_id, count(*) AS lines, -sum(quantity) AS quantity FROM stock_movements
      WHERE kind = 'SALE' AND product_id = ANY($1::uuid[]) GROUP BY product_id`,
    [productIds],
  );
  return Object.fromEntries(
    rows.map((row) => [
      row.product_id,
      { lines: Number(row.lines), quantity: Number(row.quantity) },
    ]),
  );
}

/** How many stock movements a sale made (one per line when recorded once). */
export function movementsOfSale(saleId: string): Promise<number> {
  return db.count('stock_movements', 'sale_id = $1', [saleId]);
}

/** A sale line as a test expects it. */
export interface ExpectedItem {
  readonly product_id: string;
  readonly quantity: number;
  readonly unit_price: number;
}

/** Asserts the given fields of a sale the API returned, and its items in order. */
export function expectSale(
  sale: Sale | undefined,
  expected: Partial<Omit<Sale, 'items'>> & { readonly items: readonly ExpectedItem[] },
): void {
  const { items, ...fields } = expected;
  expect(sale).toMatchObject(fields);
  expect(
    sale?.items.map(({ product_id, quantity, unit_price }) => ({
      product_id,
      quantity,
      unit_price,
    })),
  ).toEqual(items);
}
