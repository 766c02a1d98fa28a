import {
  allCustomers,
  allProducts,
  customerById,
  getDb,
  getSale,
  listOutbox,
  loadDevice,
  productByCode,
  recordSaleWithOutbox,
  saveCustomerWithOutbox,
  updateDevice,
} from '../db';
import type { Customer, OutboxEntry, Product, Sale } from '../db';
import { mutation, unsyncedStock } from '../sync/mutations';
import { buildSale, checkSale, type SaleInput } from './sale-builder';

/** Sorts names as people read them; one collator is much faster than localeCompare per pair. */
const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** A product with what is left of it after this device's changes the server has not counted yet. */
export interface StockedProduct extends Product {
  /**
   * Stock on hand (thousandths) minus quantities in sales made here that wait for the server, plus
   * stock adjustments made here that wait; refused ones no longer count.
   */
  readonly available: number;
}

/** The sale could not be recorded because the input is incomplete; `code` says why. */
export class SaleInputError extends Error {
  override readonly name = 'SaleInputError';

  constructor(readonly code: NonNullable<ReturnType<typeof checkSale>>) {
    super(code);
  }
}

/** Every product on the device, by name, with stock net of unconfirmed sales. */
export async function loadProducts(): Promise<StockedProduct[]> {
  const db = await getDb();
  const products = await allProducts(db);
  const change = unsyncedStock(await listOutbox(db, ['PENDING', 'SYNCING']));
  return products
    .map((product) => ({
      ...product,
      available: product.stockOnHand + (change.get(product.id) ?? 0),
    }))
    .sort((a, b) => byName.compare(a.name, b.name));
}

/** The product a scanner typed (barcode, or SKU). */
export async function findProductByCode(code: string): Promise<Product | undefined> {
  return productByCode(await getDb(), code.trim());
}

/** Every customer on the device, by name. */
export async function loadCustomers(): Promise<Customer[]> {
  const customers = await allCustomers(await getDb());
  return customers.sort((a, b) => byName.compare(a.name, b.name));
}

/** What a person types about a customer. */
export interface CustomerInput {
  readonly name: string;
  readonly phone: string | null;
  readonly email?: string | null;
  readonly notes?: string | null;
}

/** Creates a customer on this device (works offline) and queues it for the server. */
export async function createCustomerRecord(input: CustomerInput): Promise<Customer> {
  return saveCustomerRecord(crypto.randomUUID(), undefined, input);
}

/**
 * Saves an edit of a customer on this device (works offline) and queues it; the server merges edits
 * made on several devices field by field, by the time of the edit.
 */
export async function updateCustomerRecord(id: string, input: CustomerInput): Promise<Customer> {
  const db = await getDb();
  const existing = await customerById(db, id);
  return saveCustomerRecord(id, existing, input);
}

async function saveCustomerRecord(
  id: string,
  existing: Customer | undefined,
  input: CustomerInput,
): Promise<Customer> {
  const now = new Date();
  const customer: Customer = {
    id,
    version: existing?.version ?? 0,
    name: input.name.trim(),
    phone: input.phone?.trim() || null,
    email: input.email?.trim() || null,
    notes: input.notes?.trim() || null,
    updatedAt: now.toISOString(),
    snapshot: existing?.snapshot ?? 0,
  };
  const entry = mutation('customer.upsert', { before: existing, after: customer }, now);
  await saveCustomerWithOutbox(await getDb(), customer, entry);
  return customer;
}

/** One customer from the device's store. */
export async function loadCustomer(id: string): Promise<Customer | undefined> {
  return customerById(await getDb(), id);
}

/**
 * Records a completed sale on the device: the sale, its outbox entry and the next sale number are
 * written in one durable transaction before this resolves. Throws {@link SaleInputError} for an
 * incomplete sale.
 */
export async function storeSale(input: SaleInput): Promise<Sale> {
  const problem = checkSale(input);
  if (problem !== null) {
    throw new SaleInputError(problem);
  }
  const now = new Date();
  return recordSaleWithOutbox(await getDb(), (deviceSeq, device) =>
    buildSale(input, deviceSeq, device, now),
  );
}

/** What this device knows about itself. */
export interface DeviceInfo {
  readonly id: string;
  readonly salePrefix: string;
  /** True once the prefix is the code the server gave this device. */
  readonly codeFromServer: boolean;
  readonly name: string;
  readonly storagePersisted: boolean | null;
}

/** This device's identity (created on first call). */
export async function loadDeviceInfo(): Promise<DeviceInfo> {
  const device = await loadDevice(await getDb());
  return {
    id: device.id,
    salePrefix: device.salePrefix,
    codeFromServer: device.codeFromServer === true,
    name: device.name,
    storagePersisted: device.storagePersisted,
  };
}

/** One sale from the device's store. */
export async function loadSale(id: string): Promise<Sale | undefined> {
  return getSale(await getDb(), id);
}

/** An outbox entry that needs a person, with the sale it carries. */
export interface AttentionItem {
  readonly entry: OutboxEntry;
  readonly sale: Sale | undefined;
}

/** Everything the server refused, oldest first. */
export async function loadAttentionItems(): Promise<AttentionItem[]> {
  const db = await getDb();
  const failed = await listOutbox(db, ['FAILED']);
  return Promise.all(
    failed.map(async (entry) => ({
      entry,
      sale: entry.name === 'sale.record' ? await getSale(db, entry.recordId) : undefined,
    })),
  );
}

/**
 * Asks the browser to keep this site's data under storage pressure (`navigator.storage.persist()`)
 * and remembers the answer; resolves to it (false where the API is missing).
 */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = globalThis.navigator?.storage;
  let persisted = false;
  try {
    persisted = (await storage?.persisted?.()) || ((await storage?.persist?.()) ?? false);
  } catch {
    persisted = false;
  }
  await updateDevice(await getDb(), { storagePersisted: persisted });
  return persisted;
}
