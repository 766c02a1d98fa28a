import { getDb, loadShopSettings, saveShopSettings } from '../db';
import type { PosDb, ShopSettings } from '../db';
import type { ApiClient } from './api-client';
import { api } from './connection';
import { isRecord } from './problem';

/** What a manager may change of the shop's details (the currency and time zone are the server's). */
export interface ShopDetailsInput {
  readonly name: string;
  readonly address: string;
  readonly phone: string;
  readonly tin: string;
  readonly receiptFooter: string;
}

/** The shop's time zone once this device has read or fetched the shop's details. */
let knownTimeZone: string | undefined;

/**
 * The time zone the shop's days and hours are counted in, as the server counts them: the shop's, or
 * the device's own until the shop's details have been read once.
 */
export function shopTimeZone(): string {
  return knownTimeZone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function remember(shop: ShopSettings | undefined): ShopSettings | undefined {
  if (shop !== undefined && knowsZone(shop.timeZone)) {
    knownTimeZone = shop.timeZone;
  }
  return shop;
}

function knowsZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The shop's details as this device last fetched them; undefined before the first sync. */
export async function loadShop(): Promise<ShopSettings | undefined> {
  return remember(await loadShopSettings(await getDb()));
}

/** Fetches the shop's details and keeps them for offline receipts (part of every sync). */
export async function refreshShop(db: PosDb, client: ApiClient): Promise<ShopSettings | undefined> {
  const shop = toShop((await client.call('GET', '/api/shop')).body);
  if (shop !== undefined) {
    await saveShopSettings(db, shop);
  }
  return remember(shop);
}

/** Saves the shop's details on the server (managers; needs the network) and here. */
export async function saveShop(input: ShopDetailsInput): Promise<ShopSettings> {
  const answer = await api.call('PUT', '/api/shop', {
    name: input.name,
    address: input.address,
    phone: input.phone,
    tin: input.tin,
    receipt_footer: input.receiptFooter,
  });
  const shop = toShop(answer.body);
  if (shop === undefined) {
    throw new Error('The server answered the shop settings in an unexpected shape');
  }
  await saveShopSettings(await getDb(), shop);
  remember(shop);
  return shop;
}

/** Converts the API's shop (snake_case) into the stored shape; undefined when it is not one. */
export function toShop(body: unknown): ShopSettings | undefined {
  if (!isRecord(body) || typeof body['currency'] !== 'string') {
    return undefined;
  }
  const text = (key: string) => (typeof body[key] === 'string' ? (body[key] as string) : null);
  return {
    name: text('name'),
    address: text('address'),
    phone: text('phone'),
    tin: text('tin'),
    receiptFooter: text('receipt_footer'),
    currency: body['currency'],
    timeZone: text('time_zone') ?? 'UTC',
    version: typeof body['version'] === 'number' ? body['version'] : 0,
  };
}
