import {
  getDb,
  listOutbox,
  queueCatalogueChange,
  resolveEntry,
  restartFullPull,
  type OutboxEntry,
  type Product,
} from '../db';
import { fromArgs, mutation, type AdjustmentReason } from '../sync/mutations';
import { toProduct } from '../sync/server-records';

export type { AdjustmentReason };

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

/** What a manager types about a new product: its details and, optionally, what is on the shelf. */
export interface NewProductInput extends ProductInput {
  /**
   * Stock counted on the shelf as the product is entered (thousandths, above 0), with the note the
   * adjustment carries; absent for none.
   */
  readonly openingStock?: { readonly quantity: number; readonly note: string };
}

/** A manager's change to the catalogue (every mutation but sales and customers). */
export type CatalogueEntry = OutboxEntry<
  'product.create' | 'product.update' | 'product.archive' | 'product.restore' | 'stock.adjust'
>;

/**
 * Creates a product on this device (works offline; the server learns it under the same id). Opening
 * stock is a counted stock adjustment queued with the product in one transaction, right after it, so
 * the server creates the product before it counts the stock, and each arrives once; the device shows
 * the stock at once.
 */
export async function queueProductCreate(
  input: NewProductInput,
  now = new Date(),
): Promise<Product> {
  const product = localProduct(crypto.randomUUID(), input, undefined, now);
  const opening = input.openingStock;
  const entries: OutboxEntry[] = [mutation('product.create', product, now)];
  if (opening !== undefined && opening.quantity > 0) {
    entries.push(
      mutation(
        'stock.adjust',
        {
          id: crypto.randomUUID(),
          productId: product.id,
          // The server starts a new product at 0: the count is the whole quantity.
          delta: opening.quantity,
          reason: 'count',
          note: opening.note,
        },
        now,
      ),
    );
  }
  await queueCatalogueChange(await getDb(), entries, product);
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
  // An edit of a change the server refused replaces it; a product the server never created is
  // created again, with the corrected details, followed by the stock counted for it (refused with it).
  const failed = (await listOutbox(await getDb(), ['FAILED'])).filter(
    (entry) => entry.recordId === product.id,
  );
  const refused = failed.filter(
    (entry) => entry.name === 'product.create' || entry.name === 'product.update',
  );
  const recreate =
    product.version === 0 && refused.some((change) => change.name === 'product.create');
  const stock = recreate
    ? failed.filter((entry): entry is OutboxEntry<'stock.adjust'> => entry.name === 'stock.adjust')
    : [];
  const entries = recreate
    ? [
        mutation('product.create', edited, now),
        ...stock.map((entry) => fromArgs('stock.adjust', entry.args, now)),
      ]
    : [mutation('product.update', { base: product, edited }, now)];
  await queueCatalogueChange(
    await getDb(),
    entries,
    edited,
    [...refused, ...stock].map((change) => change.seq as number),
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
    mutation(archived ? 'product.archive' : 'product.restore', { id: productId }, now),
    undefined,
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
  const input = { id: crypto.randomUUID(), productId, delta, reason, note };
  await queue(mutation('stock.adjust', input, now), undefined);
}

/** Catalogue changes not yet confirmed (waiting or refused), oldest first. */
export async function loadCatalogueChanges(): Promise<CatalogueEntry[]> {
  const entries = await listOutbox(await getDb(), ['PENDING', 'SYNCING', 'FAILED']);
  return entries.filter(isCatalogueEntry);
}

/** True for a manager's catalogue change (every mutation but sales and customers). */
export function isCatalogueEntry(entry: OutboxEntry): entry is CatalogueEntry {
  return entry.name !== 'sale.record' && entry.name !== 'customer.upsert';
}

/** The server's record that a stale edit clashed with, if the entry carries one. */
export function serverVersionOf(entry: OutboxEntry): Product | undefined {
  const current = toProduct(entry.lastError?.current);
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
  if (entry.seq === undefined || current === undefined || entry.name !== 'product.update') {
    return;
  }
  if (keep === 'theirs') {
    await resolveEntry(
      db,
      entry.seq,
      {
        reason: 'kept-server-version',
        serverRecord: { collection: 'products', value: current },
      },
      now,
    );
    return;
  }
  const replacement = fromArgs(
    'product.update',
    { ...entry.args, base_version: current.version },
    now,
  );
  await resolveEntry(db, entry.seq, { reason: 'sent-again-on-server-version', replacement }, now);
}

/**
 * Drops a refused change without sending it (issue 13: a refused change needs Edit and Discard, not
 * only a Retry that cannot succeed). A product the server never created is forgotten here; an edit
 * gives way to the server's copy, from the refusal or else from a fresh download of the catalogue.
 */
export async function discardChange(entry: CatalogueEntry, now = new Date()): Promise<void> {
  const db = await getDb();
  if (entry.seq === undefined || entry.state !== 'FAILED') {
    return;
  }
  const current = serverVersionOf(entry);
  await resolveEntry(
    db,
    entry.seq,
    {
      reason: 'discarded',
      ...(entry.name === 'product.create' && {
        forget: { collection: 'products', id: entry.recordId },
      }),
      ...(current !== undefined && { serverRecord: { collection: 'products', value: current } }),
    },
    now,
  );
  if (entry.name === 'product.update' && current === undefined) {
    await restartFullPull(db, 'products');
  }
}

async function queue(entry: OutboxEntry, local: Product | undefined): Promise<void> {
  await queueCatalogueChange(await getDb(), entry, local);
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
