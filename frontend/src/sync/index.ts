/**
 * Everything the screens may do with data: sessions, the local catalogue, recording sales, and the
 * sync manager that delivers them. Screens import from here only.
 */
import { getDb, retryFailed as retryFailedEntries } from '../db';
import type { Customer, OutboxEntry, Product, Sale } from '../db';
import { api, deviceId } from './connection';
import {
  createCustomerRecord,
  storeSale,
  updateCustomerRecord,
  type CustomerInput,
} from './local-data';
import type { SaleInput } from './sale-builder';
import {
  queueArchive,
  queueProductCreate,
  queueProductEdit,
  queueStockAdjustment,
  resolveStaleEdit,
  type AdjustmentReason,
  type ProductInput,
} from './catalogue';
import { healthReporter, reportDevice } from './device-health';
import { loadSyncInterval } from './device-settings';
import { refreshShop } from './shop';
import { SyncManager } from './sync-manager';

export { SyncError } from './sync-error';
export type { SyncErrorCode, SyncErrorDetails } from './sync-error';
export type { FieldError, Problem } from './problem';
export type { Credentials, Role, User } from './user';
export type {
  Collection,
  Customer,
  PaymentMethod,
  Product,
  Sale,
  SaleLine,
  MutationName,
  OutboxEntry,
  OutboxState,
} from '../db';
export { loadSyncDetails } from './sync-details';
export { compareShift, loadShiftComparison, shiftStart, closeShift } from './shift';
export type { ShiftComparison, MissingSale, ServerShiftFigures } from './shift';
export { loadShop, saveShop } from './shop';
export { loadCatalogueChanges, serverVersionOf } from './catalogue';
export { fetchArchivedProducts, fetchStockMovements } from './catalogue-remote';
export {
  fetchConflicts,
  resolveConflict,
  fetchSyncStatus,
  fetchDeviceState,
  fetchUsers,
  createUser,
  updateUser,
  resetPassword,
} from './back-office-api';
export type { Conflict, UserAccount } from './back-office-api';
export type { StockMovement } from './catalogue-remote';
export type { AdjustmentReason, ProductInput } from './catalogue';
export {
  summarize,
  takingsByMethod,
  takingsByCashier,
  takingsByHour,
  topProducts,
  lowStock,
  DEFAULT_LOW_STOCK,
} from './reports';
export type {
  Takings,
  ReportSummary,
  CashierTakings,
  HourTakings,
  ProductSales,
  LowStock,
} from './reports';
export type { ShopDetailsInput } from './shop';
export type { ShopSettings } from '../db';
export {
  SYNC_INTERVALS,
  DEVICE_NAME_MAX,
  checkDeviceName,
  loadSyncInterval,
  saveSyncInterval,
  renameDevice,
} from './device-settings';
export { loadSales, filterSales, cashiersOf, loadCustomerSales } from './sales-query';
export type { SalesFilter, CashierName } from './sales-query';
export type { SyncDetails } from './sync-details';
export { loadStorageFacts } from './storage-facts';
export type { StorageFacts } from './storage-facts';
export {
  SALES_FILE_FORMAT,
  SalesFileError,
  exportUnsyncedSales,
  importSalesFile,
  readSalesFile,
} from './sales-file';
export type { ImportResult, SalesFile, SalesFileProblem } from './sales-file';
export type { SyncSnapshot } from './sync-snapshot';
export type { SyncManager } from './sync-manager';
export { signIn, resumeSession, signOut, UnsyncedChangesError } from './session';
export type { Session } from './session';
export {
  loadProducts,
  findProductByCode,
  loadCustomers,
  loadCustomer,
  loadSale,
  loadAttentionItems,
  requestPersistentStorage,
  loadDeviceInfo,
  SaleInputError,
} from './local-data';
export type { StockedProduct, AttentionItem, DeviceInfo, CustomerInput } from './local-data';
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
      refreshIntervalMs: loadSyncInterval() * 60_000,
      afterPull: async (db) => {
        await refreshShop(db, api);
        await reportDevice(db, api);
      },
      health: healthReporter,
      ...(requestBackgroundSync !== undefined && { requestBackgroundSync }),
    });
    void manager.start();
  }
  return manager;
}

/**
 * Wraps a change made on this device so that, once it is stored (sale, outbox entry and all), the sync
 * manager starts delivering it; the change resolves as the wrapped one does.
 */
function thenDeliver<A extends unknown[], R>(
  change: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args) => {
    const result = await change(...args);
    void manager?.queued();
    return result;
  };
}

/**
 * Records a completed sale (durably, with its outbox entry) and starts delivering it. Resolves once
 * the sale is safe on the device; the screen may then say "sale complete".
 */
export const recordSale: (input: SaleInput) => Promise<Sale> = thenDeliver(storeSale);

/** Creates a customer on this device (works offline) and starts delivering it. */
export const createCustomer: (input: CustomerInput) => Promise<Customer> =
  thenDeliver(createCustomerRecord);

/** Saves an edit of a customer on this device (works offline) and starts delivering it. */
export const updateCustomer: (id: string, input: CustomerInput) => Promise<Customer> =
  thenDeliver(updateCustomerRecord);

/** Puts refused entries back in the queue (those with the given outbox `seqs`, or all) and syncs. */
export const retryFailed: (seqs?: readonly number[]) => Promise<number> = thenDeliver(
  async (seqs?: readonly number[]) => retryFailedEntries(await getDb(), seqs),
);

/** Creates a product on this device (works offline) and starts delivering it. */
export const createProduct: (input: ProductInput) => Promise<Product> =
  thenDeliver(queueProductCreate);

/** Edits a product on this device (works offline) and starts delivering the edit. */
export const editProduct: (product: Product, input: ProductInput) => Promise<Product> =
  thenDeliver(queueProductEdit);

/** Archives or restores a product (queued) and starts delivering it. */
export const setArchived: (productId: string, archived: boolean) => Promise<void> =
  thenDeliver(queueArchive);

/** Records stock received, counted or written off (queued, signed delta) and starts delivering it. */
export const adjustStock: (
  productId: string,
  delta: number,
  reason: AdjustmentReason,
  note: string,
) => Promise<void> = thenDeliver(queueStockAdjustment);

/** Settles a stale product edit (keep this device's or the server's) and syncs. */
export const settleStaleEdit: (entry: OutboxEntry, keep: 'mine' | 'theirs') => Promise<void> =
  thenDeliver(resolveStaleEdit);
