/**
 * The shop as this device knows it: the catalogue and customers on the device, ringing up sales,
 * managers' catalogue changes, history, reports, the shift and the sales file. Every change is stored
 * with its mutation and handed to the sync engine.
 */
import type { Customer, OutboxEntry, Product, Sale } from '../db';
import { thenDeliver } from '../sync';
import {
  discardChange as discardQueuedChange,
  queueArchive,
  queueProductCreate,
  queueProductEdit,
  queueStockAdjustment,
  resolveStaleEdit,
  type AdjustmentReason,
  type CatalogueEntry,
  type NewProductInput,
  type ProductInput,
} from './catalogue';
import {
  createCustomerRecord,
  storeSale,
  updateCustomerRecord,
  type CustomerInput,
} from './local-data';
import type { SaleInput } from './sale-builder';

export { loadSyncDetails } from './sync-details';
export type { SyncDetails } from './sync-details';
export {
  compareShift,
  loadShiftComparison,
  shiftIncomplete,
  shiftStart,
  closeShift,
} from './shift';
export type { ShiftComparison, MissingSale, ServerShiftFigures } from './shift';
export { isCatalogueEntry, loadCatalogueChanges, serverVersionOf } from './catalogue';
export type { AdjustmentReason, CatalogueEntry, NewProductInput, ProductInput } from './catalogue';
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
export { clockAt, dayStartIn, dayStringIn, startOfDayIn } from './shop-time';
export type { ShopClock } from './shop-time';
export { loadSales, filterSales, cashiersOf, loadCustomerSales } from './sales-query';
export type { SalesFilter, CashierName } from './sales-query';
export {
  SALES_FILE_FORMAT,
  SalesFileError,
  exportUnsyncedSales,
  importSalesFile,
  readSalesFile,
} from './sales-file';
export type { ImportResult, SalesFile, SalesFileProblem } from './sales-file';
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

/** Creates a product on this device (works offline) and starts delivering it. */
export const createProduct: (input: NewProductInput) => Promise<Product> =
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

/** Drops a catalogue change the server refused, without sending it, and refreshes the counts. */
export const discardChange: (entry: CatalogueEntry) => Promise<void> =
  thenDeliver(discardQueuedChange);

/** Settles a stale product edit (keep this device's or the server's) and syncs. */
export const settleStaleEdit: (entry: OutboxEntry, keep: 'mine' | 'theirs') => Promise<void> =
  thenDeliver(resolveStaleEdit);
