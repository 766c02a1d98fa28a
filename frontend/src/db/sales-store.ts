import type { Customer, DeviceIdentity, OutboxEntry, Sale } from './records';
import { type PosDb } from './schema';
import { loadDevice } from './meta-store';

/** A sale and the outbox entry that will deliver it, built for a given sale sequence number. */
export interface SaleDraft {
  readonly sale: Sale;
  readonly entry: OutboxEntry<'sale.record'>;
}

/**
 * Stores a completed sale, its outbox entry and the device's sale counter in one durable transaction,
 * so a sale number is used exactly once and a sale on screen is a sale in the outbox. `build` receives the
 * next gapless `device_seq` and must not await.
 */
export async function recordSaleWithOutbox(
  db: PosDb,
  build: (deviceSeq: number, device: DeviceIdentity) => SaleDraft,
): Promise<Sale> {
  await loadDevice(db);
  const tx = db.transaction(['sales', 'outbox', 'meta'], 'readwrite', { durability: 'strict' });
  const meta = tx.objectStore('meta');
  const device = (await meta.get('device')) as DeviceIdentity;
  const deviceSeq = device.lastSaleSeq + 1;
  const { sale, entry } = build(deviceSeq, device);
  await tx.objectStore('sales').add(sale);
  await tx.objectStore('outbox').add(entry);
  await meta.put({ ...device, lastSaleSeq: deviceSeq }, 'device');
  await tx.done;
  return sale;
}

/** Stores a customer created or edited on this device and queues it for the server, in one transaction. */
export async function saveCustomerWithOutbox(
  db: PosDb,
  customer: Customer,
  entry: OutboxEntry<'customer.upsert'>,
): Promise<void> {
  const tx = db.transaction(['customers', 'outbox'], 'readwrite', { durability: 'strict' });
  await tx.objectStore('customers').put(customer);
  await tx.objectStore('outbox').add(entry);
  await tx.done;
}

/** One sale by id. */
export function getSale(db: PosDb, id: string): Promise<Sale | undefined> {
  return db.get('sales', id);
}

/** Sales sold at or after `from` (UTC ISO), oldest first. */
export function salesSince(db: PosDb, from: string): Promise<Sale[]> {
  return db.getAllFromIndex('sales', 'by-sold-at', IDBKeyRange.lowerBound(from));
}

/** Sales sold from `from` (inclusive) to `to` (exclusive), both UTC ISO, oldest first. */
export function salesBetween(db: PosDb, from: string, to: string): Promise<Sale[]> {
  return db.getAllFromIndex('sales', 'by-sold-at', IDBKeyRange.bound(from, to, false, true));
}
