import { deleteTestDb, openTestDb } from '../support/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queueCatalogueChange } from '../../src/db/catalogue-changes';
import { listOutbox } from '../../src/db/outbox-store';
import type { PosDb } from '../../src/db';
import { mutation } from '../../src/sync/mutations';
import { NOW, sukari } from '../support/fixtures';

describe('queueCatalogueChange', () => {
  let db: PosDb;
  const product = sukari({ version: 0, stockOnHand: 0 });
  const create = () => mutation('product.create', product, NOW);
  const opening = () =>
    mutation(
      'stock.adjust',
      { id: crypto.randomUUID(), productId: product.id, delta: 12_000, reason: 'count', note: '' },
      NOW,
    );

  beforeEach(async () => {
    db = await openTestDb();
  });

  afterEach(async () => {
    await deleteTestDb(db);
  });

  it('stores several entries in the order given, with the product', async () => {
    await queueCatalogueChange(db, [create(), opening()], product);
    expect((await listOutbox(db)).map((entry) => entry.name)).toEqual([
      'product.create',
      'stock.adjust',
    ]);
    expect(await db.get('products', product.id)).toEqual(product);
  });

  it('stores none of them, nor the product, when one cannot be stored', async () => {
    await queueCatalogueChange(db, create(), undefined);
    const [taken] = await listOutbox(db);
    // An entry whose key is taken fails inside the transaction, after the first one was added.
    const clash = { ...opening(), seq: taken?.seq as number };
    await expect(
      queueCatalogueChange(db, [create(), clash], { ...product, name: 'Sukari 2kg' }),
    ).rejects.toThrow();
    expect(await listOutbox(db)).toHaveLength(1);
    expect(await db.get('products', product.id)).toBeUndefined();
  });
});
