import { describe, expect, it } from 'vitest';
import type { OutboxEntry, OutboxState } from '../../src/db';
import { collectionOf, mutation, toPushMutation, unsyncedStock } from '../../src/sync/mutations';
import { buildSale } from '../../src/shop/sale-builder';
import { cashSale, juma, mafuta, neema, NOW, sukari, unga } from '../support/fixtures';

const till = {
  id: '7f3a9e10-1111-4222-8333-444455556666',
  salePrefix: '7F3A',
  name: 'Kaunta 1',
  lastSaleSeq: 0,
  storagePersisted: true,
};

function saleOf(lines: Parameters<typeof cashSale>[0], state: OutboxState = 'PENDING') {
  return { ...buildSale(cashSale(lines), 1, till, NOW).entry, state } satisfies OutboxEntry;
}

function adjustment(productId: string, delta: number, state: OutboxState = 'PENDING') {
  const input = {
    id: crypto.randomUUID(),
    productId,
    delta,
    reason: 'received' as const,
    note: '',
  };
  return { ...mutation('stock.adjust', input, NOW), state } satisfies OutboxEntry;
}

describe('mutations', () => {
  describe('mutation', () => {
    it('makes a PENDING entry with a new id about the record it changes', () => {
      const entry = mutation('product.archive', { id: sukari().id }, NOW);

      expect(entry).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'product.archive',
        args: { id: sukari().id },
        recordId: sukari().id,
        createdAt: NOW.toISOString(),
        state: 'PENDING',
        attempts: 0,
        lastAttemptAt: null,
        syncedAt: null,
        lastError: null,
        conflicts: [],
      });
      expect(mutation('product.archive', { id: sukari().id }, NOW).id).not.toBe(entry.id);
    });

    it('files a stock adjustment under its product and keeps the sale’s sequence', () => {
      expect(adjustment(unga().id, 5_000)).toMatchObject({
        recordId: unga().id,
        args: { product_id: unga().id, delta: 5, reason: 'received' },
      });
      expect(saleOf([[sukari(), 1_000]])).toMatchObject({ deviceSeq: 1, name: 'sale.record' });
    });

    it('sends every field of a customer the server has never confirmed', () => {
      const entry = mutation(
        'customer.upsert',
        { before: juma(), after: juma({ notes: 'VIP' }) },
        NOW,
      );

      expect(entry.args).toEqual({
        id: juma().id,
        edited_at: juma().updatedAt,
        name: 'Juma Mwangi',
        phone: '+255712345678',
        email: null,
        notes: 'VIP',
      });
    });

    it('sends only the changed fields of a customer the server knows', () => {
      const after = neema({ email: null, updatedAt: NOW.toISOString() });

      expect(mutation('customer.upsert', { before: neema(), after }, NOW).args).toEqual({
        id: neema().id,
        edited_at: NOW.toISOString(),
        email: null,
      });
    });
  });

  describe('toPushMutation', () => {
    it('serialises the id, name, arguments and time of the entry, nothing of its bookkeeping', () => {
      const entry = { ...adjustment(sukari().id, 1_000), seq: 4, attempts: 3 };

      expect(toPushMutation(entry)).toEqual({
        id: entry.id,
        name: 'stock.adjust',
        args: entry.args,
        created_at: NOW.toISOString(),
      });
    });
  });

  describe('collectionOf', () => {
    it('names the collection each kind’s result record belongs to', () => {
      expect(collectionOf('sale.record')).toBe('sales');
      expect(collectionOf('customer.upsert')).toBe('customers');
      expect(collectionOf('stock.adjust')).toBe('products');
    });
  });

  describe('unsyncedStock', () => {
    it('lowers stock for waiting sales and moves it for waiting adjustments', () => {
      const change = unsyncedStock([
        saleOf([
          [sukari(), 2_000],
          [unga(), 1_500],
        ]),
        saleOf([[sukari(), 1_000]], 'SYNCING'),
        adjustment(mafuta().id, 12_000),
        adjustment(sukari().id, -500),
      ]);

      expect(Object.fromEntries(change)).toEqual({
        [sukari().id]: -3_500,
        [unga().id]: -1_500,
        [mafuta().id]: 12_000,
      });
    });

    it('counts nothing the server refused or already counted (issue 13)', () => {
      const change = unsyncedStock([
        saleOf([[sukari(), 2_000]], 'FAILED'),
        saleOf([[sukari(), 1_000]], 'SYNCED'),
        adjustment(sukari().id, 5_000, 'FAILED'),
      ]);

      expect(change.size).toBe(0);
    });
  });
});
