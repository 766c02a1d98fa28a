/**
 * Realistic test data. The `e2e` schema is emptied once per run, not per test, so every name that
 * must be unique (usernames, SKUs, barcodes) gets a random suffix.
 *
 * @packageDocumentation
 */
import { randomBytes } from 'node:crypto';
import type { ApiClient, NewProduct, Role, User } from './api';

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
