import type { Customer, Product } from './records';
import type { PosDb } from './schema';

/** Every product on the device (archived ones are not kept). */
export function allProducts(db: PosDb): Promise<Product[]> {
  return db.getAll('products');
}

/** The product with this barcode, or else with this SKU (scanners type either). */
export async function productByCode(db: PosDb, code: string): Promise<Product | undefined> {
  return (
    (await db.getFromIndex('products', 'by-barcode', code)) ??
    (await db.getFromIndex('products', 'by-sku', code))
  );
}

/** Every customer on the device, including those not yet confirmed by the server. */
export function allCustomers(db: PosDb): Promise<Customer[]> {
  return db.getAll('customers');
}

/** How many products the device holds. */
export function countProducts(db: PosDb): Promise<number> {
  return db.count('products');
}

/** One customer by id. */
export function customerById(db: PosDb, id: string): Promise<Customer | undefined> {
  return db.get('customers', id);
}
