/**
 * Everything the screens may do with data: sessions, the local catalogue, recording sales, and the
 * sync manager that delivers them. Screens import from here only.
 */
import { getDb, retryFailed as retryFailedEntries } from '../db';
import type { Customer, Sale } from '../db';
import { api, deviceId } from './connection';
import { createCustomerRecord, storeSale } from './local-data';
import type { SaleInput } from './sale-builder';
import { SyncManager } from './sync-manager';

export { SyncError } from './sync-error';
export type { SyncErrorCode, SyncErrorDetails } from './sync-error';
export type { FieldError, Problem } from './problem';
export type { Credentials, Role, User } from './user';
export type { Customer, PaymentMethod, Product, Sale, SaleLine, OutboxEntry } from '../db';
export type { SyncSnapshot } from './sync-snapshot';
export type { SyncManager } from './sync-manager';
export { signIn, resumeSession, signOut, UnsyncedChangesError } from './session';
export type { Session } from './session';
export {
  loadProducts,
  findProductByCode,
  loadCustomers,
  loadSale,
  loadAttentionItems,
  requestPersistentStorage,
  loadDeviceInfo,
  SaleInputError,
} from './local-data';
export type { StockedProduct, AttentionItem, DeviceInfo } from './local-data';
export { saleTotals, checkSale, saleNumber } from './sale-builder';
export type { CartLine, Cashier, SaleInput, SaleInputProblem, SaleTotals } from './sale-builder';
export { toCents, fromCents, toMilli, fromMilli, lineTotal } from './money';
export { APP_VERSION } from './app-version';

let manager: SyncManager | undefined;

/**
 * The page's sync manager, created and started on first call. `requestBackgroundSync` lets the
 * service worker finish the job after the page is closed, where the browser supports it.
 */
export function startSync(requestBackgroundSync?: () => Promise<unknown>): SyncManager {
  if (manager === undefined) {
    manager = new SyncManager({
      db: getDb,
      api,
      deviceId,
      ...(requestBackgroundSync !== undefined && { requestBackgroundSync }),
    });
    void manager.start();
  }
  return manager;
}

/**
 * Records a completed sale (durably, with its outbox entry) and starts delivering it. Resolves once
 * the sale is safe on the device; the screen may then say "sale complete".
 */
export async function recordSale(input: SaleInput): Promise<Sale> {
  const sale = await storeSale(input);
  void manager?.queued();
  return sale;
}

/** Creates a customer on this device (works offline) and starts delivering it. */
export async function createCustomer(input: {
  name: string;
  phone: string | null;
}): Promise<Customer> {
  const customer = await createCustomerRecord(input);
  void manager?.queued();
  return customer;
}

/** Puts every refused entry back in the queue and syncs. */
export async function retryFailed(): Promise<number> {
  const count = await retryFailedEntries(await getDb());
  void manager?.queued();
  return count;
}
