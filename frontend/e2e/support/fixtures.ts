/**
 * Realistic test data. The `e2e` schema is emptied once per run, not per test, so every name that
 * must be unique (usernames, SKUs, barcodes) gets a random suffix.
 *
 * @packageDocumentation
 */
import { randomBytes } from 'node:crypto';
import type { ApiClient, NewProduct, Product, Role, User } from './api';

/** `prefix-` and six random hex digits, e.g. `amina-3f9a0c`. */
export function unique(prefix: string): string {
  return `${prefix}-${randomBytes(3).toString('hex')}`;
}

/** Twelve random digits, a plausible barcode. */
export function uniqueBarcode(): string {
  return String(100_000_000_000 + Math.floor(Math.random() * 899_999_999_999));
}

/** Sugar 1kg at TZS 3,500. */
export function sugar1kg(): NewProduct {
  return {
    sku: unique('SUG-1KG'),
    name: 'Sugar 1kg',
    unitPrice: 3500,
    barcode: uniqueBarcode(),
    category: 'Groceries',
  };
}

/** Rice 5kg at TZS 16,000. */
export function rice5kg(): NewProduct {
  return {
    sku: unique('RICE-5KG'),
    name: 'Rice 5kg',
    unitPrice: 16000,
    barcode: uniqueBarcode(),
    category: 'Groceries',
  };
}

/** Cooking oil 1L at TZS 6,500. */
export function cookingOil1l(): NewProduct {
  return {
    sku: unique('OIL-1L'),
    name: 'Cooking oil 1L',
    unitPrice: 6500,
    barcode: uniqueBarcode(),
    category: 'Groceries',
  };
}

/** A product of a Tanzanian duka at its shelf price in TZS, with a unique SKU and barcode. */
function dukaProduct(skuPrefix: string, name: string, unitPrice: number, category: string) {
  return (): NewProduct => ({
    sku: unique(skuPrefix),
    name,
    unitPrice,
    barcode: uniqueBarcode(),
    category,
  });
}

/** Maize flour (sembe) 2kg at TZS 4,200. */
export const maizeFlour2kg = dukaProduct('UNGA-2KG', 'Unga wa sembe 2kg', 4200, 'Groceries');
/** Fresh milk 500ml at TZS 1,500. */
export const freshMilk500ml = dukaProduct('MAZIWA-500', 'Maziwa fresh 500ml', 1500, 'Dairy');
/** Bar soap 800g at TZS 2,800. */
export const barSoap800g = dukaProduct('SABUNI-800', 'Sabuni ya mche 800g', 2800, 'Household');
/** Loose black tea 100g at TZS 2,000. */
export const tea100g = dukaProduct('CHAI-100', 'Chai majani 100g', 2000, 'Groceries');
/** Bottled water 1.5L at TZS 1,000. */
export const water1500ml = dukaProduct('MAJI-1.5L', 'Maji ya kunywa 1.5L', 1000, 'Drinks');
/** Paraffin 1L at TZS 3,200. */
export const paraffin1l = dukaProduct('MAFUTA-TA-1L', 'Mafuta ya taa 1L', 3200, 'Household');

/** Creates `product` through `api` (an admin's or manager's) and receives `stock` units of it. */
export async function seedStockedProduct(
  api: ApiClient,
  product: NewProduct,
  stock: number,
): Promise<Product> {
  const created = await api.createProduct(product);
  if (stock !== 0) {
    await api.adjustStock(created.id, stock, 'received', 'e2e opening stock');
  }
  return api.getProduct(created.id);
}

/** A user the test may sign in as. */
export interface SeededUser {
  readonly user: User;
  readonly username: string;
  readonly password: string;
  readonly displayName: string;
}

/** Creates a user with a unique username (`amina-3f9a0c`) through `api` (an admin's). */
export async function seedUser(
  api: ApiClient,
  role: Role,
  displayName: string,
): Promise<SeededUser> {
  const username = unique(displayName.split(' ')[0]?.toLowerCase() ?? 'user');
  const password = `pw-${unique('e2e')}`;
  const user = await api.createUser(role, username, password, displayName);
  return { user, username, password, displayName };
}

/** A cashier, Amina Wanjiru by default. */
export function seedCashier(api: ApiClient, displayName = 'Amina Wanjiru'): Promise<SeededUser> {
  return seedUser(api, 'CASHIER', displayName);
}

/** A manager, Baraka Mushi by default. */
export function seedManager(api: ApiClient, displayName = 'Baraka Mushi'): Promise<SeededUser> {
  return seedUser(api, 'MANAGER', displayName);
}
