/**
 * Realistic records of a small Dar es Salaam shop, in the device's format (cents, thousandths) and in
 * the API's wire format (snake_case, decimals).
 */
import { recordSaleWithOutbox, saveCustomerWithOutbox } from '../../src/db';
import type { Customer, PosDb, Product, Sale } from '../../src/db';
import { fromCents, fromMilli, lineTotal, toCents, toMilli } from '../../src/sync/money';
import { buildSale, type Cashier, type SaleInput } from '../../src/shop/sale-builder';
import { mutation } from '../../src/sync/mutations';

type Json = Record<string, unknown>;

/** 10:30 in Dar es Salaam. */
export const NOW = new Date('2026-11-21T07:30:00.000Z');

export const amina: Cashier = {
  id: '3f1c2a8e-5b7d-4e3a-9c1f-2d6b8e4a7c10',
  displayName: 'Amina Wanjiru',
};

export function sukari(overrides: Partial<Product> = {}): Product {
  return {
    id: '0b8f6f1e-3c2a-4d5b-9e7f-1a2b3c4d5e01',
    version: 3,
    sku: 'SUK-1KG',
    barcode: '6161100410012',
    name: 'Sukari 1kg',
    category: 'Vyakula',
    unitPrice: 350_000,
    stockOnHand: 48_000,
    updatedAt: '2026-11-20T06:00:00.000Z',
    lowStockThreshold: null,
    snapshot: 1,
    ...overrides,
  };
}

export function unga(overrides: Partial<Product> = {}): Product {
  return {
    id: '0b8f6f1e-3c2a-4d5b-9e7f-1a2b3c4d5e02',
    version: 7,
    sku: 'UNGA-2KG',
    barcode: '6161100410029',
    name: 'Unga wa Mahindi 2kg',
    category: 'Vyakula',
    unitPrice: 420_000,
    stockOnHand: 30_000,
    updatedAt: '2026-11-20T06:05:00.000Z',
    lowStockThreshold: null,
    snapshot: 1,
    ...overrides,
  };
}

export function mafuta(overrides: Partial<Product> = {}): Product {
  return {
    id: '0b8f6f1e-3c2a-4d5b-9e7f-1a2b3c4d5e03',
    version: 2,
    sku: 'MAFUTA-1L',
    barcode: null,
    name: 'Mafuta ya Kupikia 1L',
    category: 'Vyakula',
    unitPrice: 650_000,
    stockOnHand: 12_000,
    updatedAt: '2026-11-19T15:40:00.000Z',
    lowStockThreshold: null,
    snapshot: 1,
    ...overrides,
  };
}

/** Rice sold loose, by the kilogram. */
export function mchele(overrides: Partial<Product> = {}): Product {
  return {
    id: '0b8f6f1e-3c2a-4d5b-9e7f-1a2b3c4d5e04',
    version: 5,
    sku: 'MCHELE-KG',
    barcode: null,
    name: 'Mchele (kg)',
    category: 'Vyakula',
    unitPrice: 300_000,
    stockOnHand: 75_500,
    updatedAt: '2026-11-18T09:00:00.000Z',
    lowStockThreshold: null,
    snapshot: 1,
    ...overrides,
  };
}

/** A customer created on this device and not yet confirmed (version 0). */
export function juma(overrides: Partial<Customer> = {}): Customer {
  return {
    id: '7d2e9c41-8a5b-4f60-b3d2-5e8f9a0b1c21',
    version: 0,
    name: 'Juma Mwangi',
    phone: '+255712345678',
    email: null,
    notes: null,
    updatedAt: NOW.toISOString(),
    snapshot: 0,
    ...overrides,
  };
}

/** A customer the server already knows. */
export function neema(overrides: Partial<Customer> = {}): Customer {
  return {
    id: '7d2e9c41-8a5b-4f60-b3d2-5e8f9a0b1c22',
    version: 4,
    name: 'Neema Kimaro',
    phone: '+255754000111',
    email: 'neema@example.co.tz',
    notes: 'Pays at month end',
    updatedAt: '2026-11-01T08:00:00.000Z',
    snapshot: 1,
    ...overrides,
  };
}

/** A cash sale of the given products and quantities (thousandths), paid with exact money by default. */
export function cashSale(
  lines: readonly (readonly [Product, number])[] = [[sukari(), 2_000]],
  amountTendered?: number,
): SaleInput {
  const cart = lines.map(([product, quantity]) => ({ product, quantity }));
  const total = cart.reduce(
    (sum, line) => sum + lineTotal(line.quantity, line.product.unitPrice),
    0,
  );
  return {
    lines: cart,
    discount: 0,
    paymentMethod: 'cash',
    amountTendered: amountTendered ?? total,
    paymentReference: null,
    customer: null,
    cashier: amina,
  };
}

/** Rings a sale up on the device, as the sell screen does: sale and outbox entry in one transaction. */
export function ringUp(db: PosDb, input: SaleInput = cashSale(), now: Date = NOW): Promise<Sale> {
  return recordSaleWithOutbox(db, (deviceSeq, device) => buildSale(input, deviceSeq, device, now));
}

/** Rings up `count` sales of one bag of sugar each. */
export async function ringUpMany(db: PosDb, count: number): Promise<Sale[]> {
  const sales: Sale[] = [];
  for (let index = 0; index < count; index++) {
    sales.push(await ringUp(db, cashSale([[sukari(), 1_000]])));
  }
  return sales;
}

/** Creates a customer on the device and queues it, as the customer form does. */
export async function queueCustomer(
  db: PosDb,
  customer: Customer = juma(),
  now: Date = NOW,
): Promise<Customer> {
  const after = { ...customer, updatedAt: now.toISOString() };
  await saveCustomerWithOutbox(
    db,
    customer,
    mutation('customer.upsert', { before: undefined, after }, now),
  );
  return customer;
}

/** A product as the pull endpoint sends it. */
export function productJson(product: Product, overrides: Json = {}): Json {
  return {
    id: product.id,
    version: product.version,
    deleted: false,
    sku: product.sku,
    barcode: product.barcode,
    name: product.name,
    category: product.category,
    unit_price: fromCents(product.unitPrice),
    stock_on_hand: fromMilli(product.stockOnHand),
    updated_at: product.updatedAt,
    ...overrides,
  };
}

/** A customer as the API sends it. */
export function customerJson(customer: Customer, overrides: Json = {}): Json {
  return {
    id: customer.id,
    version: customer.version,
    deleted: false,
    name: customer.name,
    phone: customer.phone,
    email: customer.email,
    notes: customer.notes,
    updated_at: customer.updatedAt,
    ...overrides,
  };
}

/** A delete, as the pull endpoint sends it. */
export function tombstoneJson(id: string, version: number): Json {
  return { id, version, deleted: true };
}

/**
 * The server's view of a pushed sale body: its version, the cashier by id only (no name), and the sums
 * it computed itself.
 */
export function serverSaleJson(body: Json, version: number, overrides: Json = {}): Json {
  const catalogue = new Map([sukari(), unga(), mafuta(), mchele()].map((row) => [row.id, row]));
  const items = (body['items'] as Json[]).map((item) => ({
    ...item,
    product_name: catalogue.get(item['product_id'] as string)?.name ?? 'Bidhaa',
    sku: catalogue.get(item['product_id'] as string)?.sku ?? 'SKU',
    line_total: fromCents(
      lineTotal(toMilli(item['quantity'] as number), toCents(item['unit_price'] as number)),
    ),
  }));
  const total = body['total_amount'] as number;
  const tendered = body['amount_tendered'] as number | null;
  return {
    ...body,
    version,
    deleted: false,
    cashier_id: amina.id,
    received_at: '2026-11-21T07:30:02Z',
    currency: 'TZS',
    subtotal: total + (body['discount'] as number),
    change_due: tendered === null ? 0 : Math.max(0, tendered - total),
    items,
    ...overrides,
  };
}
