import {
  getDb,
  listOutbox,
  newEntry,
  queueCatalogueChange,
  resolveEntry,
  type CatalogueChange,
  type OutboxEntry,
  type Product,
} from '../db';
import { fromCents, fromMilli } from './money';
import { toProduct } from './wire';

/** What a manager types about a product; money in cents, quantities in thousandths. */
export interface ProductInput {
  readonly sku: string;
  readonly barcode: string | null;
  readonly name: string;
  readonly category: string | null;
  readonly unitPrice: number;
  /** Null for the shop's default. */
  readonly lowStockThreshold: number | null;
}

/** Why stock changed, as the server names it. */
export type AdjustmentReason =
  'received' | 'count' | 'damaged' | 'expired' | 'returned' | 'lost' | 'correction';

/** The catalogue-change kinds, for reading the outbox. */
const CATALOGUE_KINDS: readonly OutboxEntry['kind'][] = [
  'product',
  'product-archive',
  'product-restore',
  'stock-adjustment',
];

/** Creates a product on this device (works offline; the server learns it under the same id). */
export async function queueProductCreate(input: ProductInput, now = new Date()): Promise<Product> {
  const id = crypto.randomUUID();
  const product = localProduct(id, input, undefined, now);
  await queue(
    {
      kind: 'product',
      recordId: id,
      body: { id, ...productBody(input) },
      request: { method: 'POST', path: '/api/products' },
    },
    product,
    now,
  );
  return product;
}

/**
 * Edits a product on this device (works offline). The edit carries the version it was made on; if
 * someone changed the product since, the server refuses it (412) and a person chooses which to keep.
 */
export async function queueProductEdit(
  product: Product,
  input: ProductInput,
  now = new Date(),
): Promise<Product> {
  const edited = localProduct(product.id, input, product, now);
  await queue(
    {
      kind: 'product',
      recordId: product.id,
      body: productBody(input),
      request: { method: 'PUT', path: productPath(product.id), ifMatch: product.version },
    },
    edited,
    now,
  );
  return edited;
}

/** Archives (hides from selling) or restores a product; queued like every change. */
export async function queueArchive(
  productId: string,
  archived: boolean,
  now = new Date(),
): Promise<void> {
  await queue(
    {
      kind: archived ? 'product-archive' : 'product-restore',
      recordId: productId,
      body: {},
      request: {
        method: 'POST',
        path: `${productPath(productId)}/${archived ? 'archive' : 'restore'}`,
      },
    },
    undefined,
    now,
  );
}

/**
 * Records stock received, counted or written off as a signed movement (never an absolute figure), with
 * an id made here so a replay changes nothing.
 */
export async function queueStockAdjustment(
  productId: string,
  delta: number,
  reason: AdjustmentReason,
  note: string,
  now = new Date(),
): Promise<void> {
  const id = crypto.randomUUID();
  await queue(
    {
      kind: 'stock-adjustment',
      recordId: id,
      body: {
        id,
        delta: fromMilli(delta),
        reason,
        ...(note.trim() !== '' && { note: note.trim() }),
      },
      request: { method: 'POST', path: `${productPath(productId)}/stock_adjustments` },
    },
    undefined,
    now,
  );
}

/** Catalogue changes not yet confirmed (waiting or refused), oldest first. */
export async function loadCatalogueChanges(): Promise<OutboxEntry[]> {
  const entries = await listOutbox(await getDb(), ['PENDING', 'SYNCING', 'FAILED']);
  return entries.filter((entry) => CATALOGUE_KINDS.includes(entry.kind));
}

/** The server's record that a stale edit clashed with, if the entry carries one. */
export function serverVersionOf(entry: OutboxEntry): Product | undefined {
  const current = toProduct(entry.error?.current);
  return current === undefined || 'deleted' in current ? undefined : { ...current, snapshot: 0 };
}

/**
 * Settles a stale edit: `mine` sends this device's edit again on top of the server's version, `theirs`
 * drops it and shows the server's version here.
 */
export async function resolveStaleEdit(
  entry: OutboxEntry,
  keep: 'mine' | 'theirs',
  now = new Date(),
): Promise<void> {
  const db = await getDb();
  const current = serverVersionOf(entry);
  if (entry.seq === undefined || current === undefined || entry.request === undefined) {
    return;
  }
  if (keep === 'theirs') {
    await resolveEntry(db, entry.seq, 'kept-server-version', now);
    const local = await db.get('products', current.id);
    if (local === undefined || local.version <= current.version) {
      await db.put('products', { ...current, snapshot: local?.snapshot ?? 0 });
    }
    return;
  }
  const replacement: OutboxEntry = {
    ...newEntry('product', entry.recordId, entry.body, now),
    request: { ...entry.request, ifMatch: current.version },
  };
  await resolveEntry(db, entry.seq, 'sent-again-on-server-version', now, replacement);
}

async function queue(
  change: CatalogueChange,
  local: Product | undefined,
  now: Date,
): Promise<void> {
  await queueCatalogueChange(await getDb(), change, local, now);
}

function productPath(id: string): string {
  return `/api/products/${encodeURIComponent(id)}`;
}

function productBody(input: ProductInput): Record<string, unknown> {
  return {
    sku: input.sku.trim(),
    barcode: input.barcode?.trim() || null,
    name: input.name.trim(),
    category: input.category?.trim() || null,
    unit_price: fromCents(input.unitPrice),
    low_stock_threshold:
      input.lowStockThreshold === null ? null : fromMilli(input.lowStockThreshold),
  };
}

function localProduct(
  id: string,
  input: ProductInput,
  before: Product | undefined,
  now: Date,
): Product {
  return {
    id,
    version: before?.version ?? 0,
    sku: input.sku.trim(),
    barcode: input.barcode?.trim() || null,
    name: input.name.trim(),
    category: input.category?.trim() || null,
    unitPrice: input.unitPrice,
    stockOnHand: before?.stockOnHand ?? 0,
    lowStockThreshold: input.lowStockThreshold,
    updatedAt: now.toISOString(),
    snapshot: before?.snapshot ?? 0,
  };
}
