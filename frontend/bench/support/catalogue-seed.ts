/**
 * A large catalogue written straight into the app's schema with SQL: creating 100,000 products
 * through the API would take longer than the benchmark. The rows are what the app itself writes
 * for a product created and then received into stock (V4, V5 and V8 migrations, `ProductService`,
 * `InventoryApi`), and they are versioned as the app versions them (`shared/ChangeVersions`,
 * docs/sync-cursor.md): the one transaction takes the shop-wide counter's row lock first, moves it
 * on by one version per 1,000 products, as 100 imports committed one after another would, and
 * stamps every row with a version no higher than the counter, so every pull cursor stays valid.
 *
 * @packageDocumentation
 */
import pg from 'pg';
import { E2E_SCHEMA, pgConfig } from '../../e2e/support/env';

/** Products stamped with one version, as if each thousand had been one import transaction. */
const PRODUCTS_PER_VERSION = 1000;

/**
 * Adds products until the catalogue holds `total` products that are not archived, each with
 * 500 units received; answers how many it added. SKUs are `<label>-000001`..., barcodes 13 digits.
 */
export async function seedCatalogueUpTo(total: number, label: string): Promise<number> {
  if (!/^[A-Z]+$/.test(label)) {
    throw new Error(`A label of capital letters, not ${label}`);
  }
  const client = new pg.Client(pgConfig(undefined, E2E_SCHEMA));
  await client.connect();
  try {
    await client.query('BEGIN');
    // The counter first, as every writer of the app: its row lock orders us with the app's writers.
    const before = await client.query<{ last_version: string }>(
      'SELECT last_version FROM change_versions WHERE id = 1 FOR UPDATE',
    );
    const existing = await client.query<{ n: string }>(
      'SELECT count(*) AS n FROM products WHERE NOT archived',
    );
    const missing = total - Number(existing.rows[0]?.n);
    if (missing < 0) {
      throw new Error(`The catalogue already has more than ${total} products`);
    }
    if (missing > 0) {
      const firstVersion = Number(before.rows[0]?.last_version) + 1;
      const versions = Math.ceil(missing / PRODUCTS_PER_VERSION);
      await client.query(
        'UPDATE change_versions SET last_version = last_version + $1 WHERE id = 1',
        [versions],
      );
      await client.query(INSERT_PRODUCTS, [missing, firstVersion, PRODUCTS_PER_VERSION, label]);
      await client.query(INSERT_STOCK, [`${label}-%`]);
    }
    await client.query('COMMIT');
    return missing;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
}

// Names, prices and categories of a Tanzanian shop's shelves, varied by the row number.
const INSERT_PRODUCTS = `
  INSERT INTO products (id, sku, barcode, name, category, unit_price, archived, version,
                        details_version, created_at, updated_at)
  SELECT gen_random_uuid(),
         $4 || '-' || lpad(n::text, 6, '0'),
         '62' || lpad(((hashtext($4) & 65535)::bigint * 1000000 + n)::text, 11, '0'),
         (ARRAY['Azam', 'Kilimanjaro', 'Tanga Fresh', 'Mo', 'Bakhresa', 'Kibo', 'Serengeti',
                'Safari', 'Tembo', 'Jambo'])[1 + n % 10] || ' ' ||
         (ARRAY['sugar', 'rice', 'maize flour', 'cooking oil', 'milk', 'bar soap', 'tea',
                'water', 'juice', 'biscuits', 'salt', 'beans', 'matches', 'paraffin',
                'toothpaste', 'washing powder', 'bread', 'margarine', 'soda', 'exercise book'])
           [1 + (n / 10) % 20] || ' ' ||
         (ARRAY['250g', '500g', '1kg', '2kg', '5kg', '500ml', '1L', '1.5L', '5L', 'pack of 6'])
           [1 + (n / 200) % 10] || ' #' || n,
         (ARRAY['Groceries', 'Dairy', 'Household', 'Drinks', 'Personal care', 'Stationery'])
           [1 + n % 6],
         (500 + (n * 7919) % 990 * 50)::numeric(14, 2),
         FALSE,
         $2 + (n - 1) / $3,
         $2 + (n - 1) / $3,
         now(), now()
  FROM generate_series(1, $1::int) AS n`;

// 500 units received of each new product: a stock movement and the running level, as
// InventoryApi writes them, in the version of the product's own transaction.
const INSERT_STOCK = `
  WITH seeded AS (
    SELECT p.id, p.version FROM products p
    WHERE p.sku LIKE $1 AND NOT EXISTS (SELECT 1 FROM stock_levels l WHERE l.product_id = p.id)
  ), movements AS (
    INSERT INTO stock_movements (id, product_id, kind, quantity, reason, note, user_id, created_at)
    SELECT gen_random_uuid(), id, 'ADJUSTMENT', 500, 'RECEIVED', 'benchmark opening stock', NULL,
           now()
    FROM seeded
  )
  INSERT INTO stock_levels (product_id, on_hand, version) SELECT id, 500, version FROM seeded`;
