import type { Product } from '../db';
import { api } from '../sync/connection';
import { isRecord } from '../sync/problem';
import { toMilli } from '../sync/money';
import { toProduct } from '../sync/server-records';

/** One line of a product's stock history, as the server keeps it. */
export interface StockMovement {
  readonly id: string;
  readonly kind: 'sale' | 'adjustment';
  /** Signed, thousandths. */
  readonly quantity: number;
  readonly reason: string | null;
  readonly note: string | null;
  readonly createdAt: string;
}

/** Archived products are not kept on devices; this asks the server (needs the network). */
export async function fetchArchivedProducts(): Promise<Product[]> {
  const answer = await api.call('GET', '/api/products?status=archived&size=500');
  const rows =
    isRecord(answer.body) && Array.isArray(answer.body['data']) ? answer.body['data'] : [];
  return rows.flatMap((row) => {
    const product = toProduct({ ...(row as object), deleted: false });
    return product === undefined || 'deleted' in product ? [] : [{ ...product, snapshot: 0 }];
  });
}

/** A product's stock history, newest first (needs the network). */
export async function fetchStockMovements(productId: string): Promise<StockMovement[]> {
  const answer = await api.call(
    'GET',
    `/api/products/${encodeURIComponent(productId)}/stock_movements`,
  );
  const body = answer.body;
  const rows = Array.isArray(body)
    ? body
    : isRecord(body) && Array.isArray(body['data'])
      ? body['data']
      : [];
  return rows.flatMap((row): StockMovement[] =>
    isRecord(row) && typeof row['id'] === 'string'
      ? [
          {
            id: row['id'],
            kind: row['kind'] === 'sale' ? 'sale' : 'adjustment',
            quantity: toMilli(Number(row['quantity'] ?? 0)),
            reason: typeof row['reason'] === 'string' ? row['reason'] : null,
            note: typeof row['note'] === 'string' ? row['note'] : null,
            createdAt: typeof row['created_at'] === 'string' ? row['created_at'] : '',
          },
        ]
      : [],
  );
}
