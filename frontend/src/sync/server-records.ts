import type {
  Collection,
  Customer,
  Incoming,
  PaymentMethod,
  Product,
  Sale,
  SaleLine,
  ServerRecord,
  Tombstone,
} from '../db';
import type { components } from '../contract/openapi';
import { isRecord } from './problem';
import { toCents, toMilli } from './money';

type Schemas = components['schemas'];

/**
 * A record as it arrives: the member names of the generated contract (so a renamed or removed field
 * fails the type check), the values not yet trusted.
 */
type Received<T> = { readonly [K in keyof T]?: unknown };

type ProductJson = Received<Schemas['ProductSyncRecord'] & Schemas['ProductResponse']>;
type CustomerJson = Received<Schemas['CustomerSyncRecord'] & Schemas['CustomerResponse']>;
type SaleJson = Received<Schemas['SaleSyncRecord'] & Schemas['SaleResponse']>;
type SaleItemJson = Received<Schemas['SaleItem']>;

/**
 * Converts pulled and pushed records from the API's snake_case decimals to the device's records, and
 * refuses (returns undefined) anything without the fields the app relies on.
 */
export function toProduct(json: unknown): Incoming<'products'> | Tombstone | undefined {
  const base = tombstoneOrBase(json);
  if (base === undefined || 'deleted' in base) {
    return base;
  }
  const row = json as ProductJson;
  const sku = str(row.sku);
  const name = str(row.name);
  const price = num(row.unit_price);
  if (sku === null || name === null || price === null) {
    return undefined;
  }
  return {
    id: base.id,
    version: base.version,
    sku,
    barcode: str(row.barcode),
    name,
    category: str(row.category),
    unitPrice: toCents(price),
    stockOnHand: toMilli(num(row.stock_on_hand) ?? 0),
    lowStockThreshold: optionalMilli(num(row.low_stock_threshold)),
    updatedAt: normalizeTime(str(row.updated_at)) ?? '',
  } satisfies Omit<Product, 'snapshot'>;
}

function optionalMilli(value: number | null): number | null {
  return value === null ? null : toMilli(value);
}

/** A pulled or pushed customer. */
export function toCustomer(json: unknown): Incoming<'customers'> | Tombstone | undefined {
  const base = tombstoneOrBase(json);
  if (base === undefined || 'deleted' in base) {
    return base;
  }
  const row = json as CustomerJson;
  const name = str(row.name);
  if (name === null) {
    return undefined;
  }
  return {
    id: base.id,
    version: base.version,
    name,
    phone: str(row.phone),
    email: str(row.email),
    notes: str(row.notes),
    updatedAt: normalizeTime(str(row.updated_at)) ?? '',
  } satisfies Omit<Customer, 'snapshot'>;
}

/** A pulled sale, or the server's record returned by a push. */
export function toSale(json: unknown): Incoming<'sales'> | Tombstone | undefined {
  const base = tombstoneOrBase(json);
  if (base === undefined || 'deleted' in base) {
    return base;
  }
  const row = json as SaleJson;
  const saleNumber = str(row.sale_number);
  const soldAt = normalizeTime(str(row.sold_at));
  const method = str(row.payment_method);
  const items = Array.isArray(row.items) ? row.items.map(toLine) : [];
  if (
    saleNumber === null ||
    soldAt === null ||
    !isPaymentMethod(method) ||
    items.includes(undefined)
  ) {
    return undefined;
  }
  const tendered = num(row.amount_tendered);
  return {
    id: base.id,
    version: base.version,
    saleNumber,
    deviceId: str(row.device_id),
    deviceSeq: num(row.device_seq),
    cashierId: str(row.cashier_id),
    cashierName: str(row.cashier_name),
    customerId: str(row.customer_id),
    customerName: str(row.customer_name),
    customerPhone: str(row.customer_phone),
    soldAt,
    paymentMethod: method,
    paymentReference: str(row.payment_reference),
    amountTendered: tendered === null ? null : toCents(tendered),
    subtotal: toCents(num(row.subtotal) ?? 0),
    discount: toCents(num(row.discount) ?? 0),
    totalAmount: toCents(num(row.total_amount) ?? 0),
    changeDue: toCents(num(row.change_due) ?? 0),
    lines: items as SaleLine[],
  } satisfies Omit<Sale, 'snapshot'>;
}

/** The server's copy of a record a push returned, if it has what the app relies on. */
export function toServerRecord(collection: Collection, json: unknown): ServerRecord | undefined {
  const value =
    collection === 'sales'
      ? toSale(json)
      : collection === 'customers'
        ? toCustomer(json)
        : toProduct(json);
  return value === undefined || 'deleted' in value
    ? undefined
    : ({ collection, value } as ServerRecord);
}

function toLine(json: unknown): SaleLine | undefined {
  if (!isRecord(json)) {
    return undefined;
  }
  const item = json as SaleItemJson;
  const productId = str(item.product_id);
  const quantity = num(item.quantity);
  const price = num(item.unit_price);
  if (productId === null || quantity === null || price === null) {
    return undefined;
  }
  const total = num(item.line_total);
  return {
    productId,
    productName: str(item.product_name) ?? '',
    sku: str(item.sku) ?? '',
    quantity: toMilli(quantity),
    unitPrice: toCents(price),
    lineTotal: total === null ? 0 : toCents(total),
  };
}

function tombstoneOrBase(json: unknown): { id: string; version: number } | Tombstone | undefined {
  if (!isRecord(json)) {
    return undefined;
  }
  const row = json as Received<Schemas['ProductSyncRecord']>;
  const id = str(row.id);
  const version = num(row.version);
  if (id === null || version === null) {
    return undefined;
  }
  return row.deleted === true ? { id, version, deleted: true } : { id, version };
}

/** The same instant as a UTC ISO string, so stored times sort as text. */
function normalizeTime(value: string | null): string | null {
  if (value === null) {
    return null;
  }
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function isPaymentMethod(value: string | null): value is PaymentMethod {
  return value === 'cash' || value === 'mobile_money' || value === 'card';
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
