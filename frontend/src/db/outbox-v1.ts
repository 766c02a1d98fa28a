import type { Delivery, OutboxEntry, OutboxError, OutboxState } from './records';

/**
 * An outbox entry as DB_VERSION 1 (the first shipped app) stored it: the JSON body of the call that
 * delivers it, and for managers' catalogue changes the rest of that call. Kept here only to upgrade
 * it; nothing else reads this shape.
 */
export interface OutboxEntryV1 {
  readonly seq?: number;
  readonly kind:
    'sale' | 'customer' | 'product' | 'product-archive' | 'product-restore' | 'stock-adjustment';
  /** The sale's or customer's id; the product's for catalogue changes, the adjustment's for stock. */
  readonly recordId: string;
  /**
   * sale: the `bulk_create` SaleRequest; customer: `PUT /api/customers/{id}` {name, phone, email,
   * notes, edited_at}; product: ProductRequest ({id, ...} for POST, without id for PUT);
   * product-archive/-restore: {}; stock-adjustment: {id, delta, reason, note?}.
   */
  readonly body: Readonly<Record<string, unknown>>;
  readonly state: OutboxState;
  readonly attempts: number;
  readonly createdAt: string;
  readonly lastAttemptAt: string | null;
  readonly syncedAt: string | null;
  readonly error: OutboxError | null;
  readonly conflicts: readonly string[];
  /**
   * Catalogue changes only: `POST /api/products`, `PUT /api/products/{id}` (ifMatch: the version the
   * edit was made on), `POST /api/products/{id}/archive|restore` or
   * `POST /api/products/{id}/stock_adjustments`.
   */
  readonly request?: {
    readonly method: 'POST' | 'PUT';
    readonly path: string;
    readonly ifMatch?: number;
  };
  readonly resolution?: string;
}

/**
 * The same entry as a typed mutation (docs/sync-protocol.md, "Upgrading the outbox"): same place in
 * the queue, state, attempts, error and conflicts; a new mutation id, since the server's natural keys
 * (sale id, product id, adjustment id, equal content, edit time) make a re-send harmless.
 */
export function toMutationEntry(old: OutboxEntryV1): OutboxEntry {
  const delivery: Delivery = {
    ...(old.seq !== undefined && { seq: old.seq }),
    recordId: old.recordId,
    createdAt: old.createdAt,
    state: old.state,
    attempts: old.attempts,
    lastAttemptAt: old.lastAttemptAt,
    syncedAt: old.syncedAt,
    lastError: old.error,
    conflicts: old.conflicts,
    ...(old.resolution !== undefined && { resolution: old.resolution }),
  };
  const id = crypto.randomUUID();
  // The bodies were written by this app's v1 in the wire shape; a malformed one is refused by the
  // server with a reason a person can see, never dropped here.
  const body = old.body as Record<string, never>;
  switch (old.kind) {
    case 'sale':
      return {
        ...delivery,
        id,
        name: 'sale.record',
        args: body as never,
        ...(typeof old.body['device_seq'] === 'number' && { deviceSeq: old.body['device_seq'] }),
      };
    case 'customer':
      return {
        ...delivery,
        id,
        name: 'customer.upsert',
        args: { ...body, id: old.recordId } as never,
      };
    case 'product':
      return old.request?.method === 'PUT'
        ? {
            ...delivery,
            id,
            name: 'product.update',
            args: { ...body, id: old.recordId, base_version: old.request.ifMatch ?? 0 } as never,
          }
        : { ...delivery, id, name: 'product.create', args: { ...body, id: old.recordId } as never };
    case 'product-archive':
      return { ...delivery, id, name: 'product.archive', args: { id: old.recordId } };
    case 'product-restore':
      return { ...delivery, id, name: 'product.restore', args: { id: old.recordId } };
    case 'stock-adjustment': {
      // The product's id was kept only in the request path.
      const path = /^\/api\/products\/([^/]+)\/stock_adjustments$/.exec(old.request?.path ?? '');
      const productId = path === null ? '' : decodeURIComponent(path[1] ?? '');
      return {
        ...delivery,
        recordId: productId,
        id,
        name: 'stock.adjust',
        args: { ...body, id: old.recordId, product_id: productId } as never,
      };
    }
  }
}
