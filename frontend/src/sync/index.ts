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
import { deviceHealth, reportDevice } from './device-health';
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
      health: deviceHealth,
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
export async function createCustomer(input: CustomerInput): Promise<Customer> {
  const customer = await createCustomerRecord(input);
  void manager?.queued();
  return customer;
}

/** Saves an edit of a customer on this device (works offline) and starts delivering it. */
export async function updateCustomer(id: string, input: CustomerInput): Promise<Customer> {
  const customer = await updateCustomerRecord(id, input);
  void manager?.queued();
  return customer;
}

/** Puts refused entries back in the queue (those with the given outbox `seqs`, or all) and syncs. */
export async function retryFailed(seqs?: readonly number[]): Promise<number> {
  const count = await retryFailedEntries(await getDb(), seqs);
  void manager?.queued();
  return count;
}

/** Creates a product on this device (works offline) and starts delivering it. */
export async function createProduct(input: ProductInput): Promise<Product> {
  const product = await queueProductCreate(input);
  void manager?.queued();
  return product;
}

/** Edits a product on this device (works offline) and starts delivering the edit. */
export async function editProduct(product: Product, input: ProductInput): Promise<Product> {
  const edited = await queueProductEdit(product, input);
  void manager?.queued();
  return edited;
}

/** Archives or restores a product (queued) and starts delivering it. */
export async function setArchived(productId: string, archived: boolean): Promise<void> {
  await queueArchive(productId, archived);
  void manager?.queued();
}

/** Records stock received, counted or written off (queued, signed delta) and starts delivering it. */
export async function adjustStock(
  productId: string,
  delta: number,
  reason: AdjustmentReason,
  note: string,
): Promise<void> {
  await queueStockAdjustment(productId, delta, reason, note);
  void manager?.queued();
}

/** Settles a stale product edit (keep this device's or the server's) and syncs. */
export async function settleStaleEdit(entry: OutboxEntry, keep: 'mine' | 'theirs'): Promise<void> {
  await resolveStaleEdit(entry, keep);
  void manager?.queued();
}
