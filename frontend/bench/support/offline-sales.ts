/**
 * Sales made offline, written into a device's IndexedDB from the page: ringing up 10,000 sales
 * through the sell screen would take hours. Each sale is built by the app's own `buildSale`
 * (`src/shop/sale-builder.ts`) from what the sell screen would pass it, and stored with the outbox
 * entry `recordSaleWithOutbox` adds (`src/db/sales-store.ts`: a typed `sale.record` mutation with
 * `name`, `args` and `state`, as IndexedDB version 2 keeps them) and the device's sale counter
 * moved on, so the sync manager finds exactly what selling would have left. `format-check.ts`
 * proves it against sales rung up through the UI before any figure is taken.
 *
 * @packageDocumentation
 */
import type { Page } from 'playwright-core';
import type { DeviceIdentity, OutboxEntry, Product, Sale, StoredUser } from '../../src/db';
import { buildSale, saleTotals, type SaleInput } from '../../src/shop/sale-builder';

/** A sale as the device stores it, with its outbox entry. */
export interface OfflineSale {
  readonly sale: Sale;
  readonly entry: OutboxEntry<'sale.record'>;
}

/** What `storeSale` stores for `input` as the device's `deviceSeq`-th sale, completed at `now`. */
export function offlineSale(
  input: SaleInput,
  deviceSeq: number,
  device: DeviceIdentity,
  now: Date,
): OfflineSale {
  // The sale and the entry the app writes with it, with the same `now`.
  return buildSale(input, deviceSeq, device, now);
}

/** What {@link varietyOfSales} makes the sales of. */
export interface SalesPlan {
  readonly count: number;
  /** The device's next sale takes this `device_seq` (its `lastSaleSeq` plus one). */
  readonly firstSeq: number;
  readonly device: DeviceIdentity;
  /** The signed-in user as the device keeps it (`meta` → `user`). */
  readonly cashier: StoredUser;
  /** Products as the device keeps them; sales take 1 to 3 of them at the price the device knows. */
  readonly products: readonly Product[];
  /** When the last sale was completed; earlier ones are 3 seconds apart, as a busy till's. */
  readonly lastSoldAt: Date;
}

/**
 * A day of varied sales, the same for the same plan: 1–3 lines of 1–3 units, paid two times in
 * three in cash (the exact amount or the next 1,000 up), else by mobile money with a reference or
 * by card.
 */
export function varietyOfSales(plan: SalesPlan): OfflineSale[] {
  const random = seededRandom(plan.firstSeq);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const sales: OfflineSale[] = [];
  for (let index = 0; index < plan.count; index++) {
    const lines = new Map<string, { product: Product; quantity: number }>();
    const lineCount = 1 + Math.floor(random() * 3);
    while (lines.size < Math.min(lineCount, plan.products.length)) {
      const product = pick(plan.products);
      lines.set(product.id, { product, quantity: 1000 * (1 + Math.floor(random() * 3)) });
    }
    const cartLines = [...lines.values()];
    const total = saleTotals(cartLines, 0, null).total;
    const kind = random();
    const payment: Pick<SaleInput, 'paymentMethod' | 'amountTendered' | 'paymentReference'> =
      kind < 0.67
        ? {
            paymentMethod: 'cash',
            amountTendered: kind < 0.33 ? total : Math.ceil((total + 1) / 100_000) * 100_000,
            paymentReference: null,
          }
        : kind < 0.9
          ? {
              paymentMethod: 'mobile_money',
              amountTendered: null,
              paymentReference: `MP${String(plan.firstSeq + index).padStart(8, '0')}`,
            }
          : { paymentMethod: 'card', amountTendered: null, paymentReference: '' };
    const input: SaleInput = {
      lines: cartLines,
      discount: 0,
      ...payment,
      customer: null,
      cashier: { id: plan.cashier.id, displayName: plan.cashier.displayName },
    };
    const soldAt = new Date(plan.lastSoldAt.getTime() - (plan.count - 1 - index) * 3000);
    sales.push(offlineSale(input, plan.firstSeq + index, plan.device, soldAt));
  }
  return sales;
}

/** Sales written per transaction (and per message to the page, about 1.5 MB). */
const CHUNK = 1000;

/**
 * Writes `sales` (consecutive `device_seq`s following the device's counter) with their outbox
 * entries in this order, and moves the device's counter to the last one, in the page's IndexedDB.
 * Call it from a page of the app's origin where the app is not running (e.g. `/favicon.svg`, from
 * the service worker when offline), once the app has created its database.
 */
export async function injectSales(page: Page, sales: readonly OfflineSale[]): Promise<void> {
  for (let from = 0; from < sales.length; from += CHUNK) {
    await page.evaluate(writeSales, sales.slice(from, from + CHUNK));
  }
}

// Runs in the page: one transaction for the chunk, as recordSaleWithOutbox does for each sale.
async function writeSales(sales: readonly OfflineSale[]): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('bidhaa-pos');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
  });
  try {
    const tx = db.transaction(['sales', 'outbox', 'meta'], 'readwrite', { durability: 'strict' });
    let refused = 'writing sales was aborted';
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new Error(refused));
    });
    const meta = tx.objectStore('meta');
    const request = meta.get('device');
    request.onsuccess = () => {
      const device = request.result as { id: string; lastSaleSeq: number };
      const first = sales[0]?.sale;
      const last = sales[sales.length - 1]?.sale;
      if (first?.deviceId !== device.id || first.deviceSeq !== device.lastSaleSeq + 1) {
        // Not this device's next sales: writing them would leave a gap or a double.
        refused = `sale ${first?.deviceSeq} of ${first?.deviceId} does not follow ${device.lastSaleSeq}`;
        tx.abort();
        return;
      }
      for (const { sale, entry } of sales) {
        tx.objectStore('sales').add(sale);
        tx.objectStore('outbox').add(entry);
      }
      meta.put({ ...device, lastSaleSeq: last?.deviceSeq }, 'device');
    };
    await done;
  } finally {
    db.close();
  }
}

/** mulberry32: small, fast and the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}
