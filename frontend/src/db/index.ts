/** The device's IndexedDB: the only code that opens it or names its stores. */
export { getDb } from './connection';
export { DB_NAME, DB_VERSION, openPosDb } from './schema';
export type { PosDb, PosSchema } from './schema';
export type * from './records';
export {
  loadDevice,
  updateDevice,
  loadUser,
  saveUser,
  clearUser,
  loadPullState,
  initialPullState,
  loadLastSyncedAt,
  saveLastSyncedAt,
  loadShopSettings,
  saveShopSettings,
} from './meta-store';
export { applyPullPage, restartFullPull } from './pull-store';
export type { Incoming, PulledPage, Tombstone } from './pull-store';
export {
  recordSaleWithOutbox,
  saveCustomerWithOutbox,
  getSale,
  salesSince,
  salesBetween,
} from './sales-store';
export type { SaleDraft } from './sales-store';
export { newEntry } from './sales-store';
export { queueCatalogueChange, resolveEntry } from './catalogue-changes';
export type { CatalogueChange } from './catalogue-changes';
export { allProducts, productByCode, allCustomers, countProducts } from './catalogue-store';
export {
  listOutbox,
  countOutbox,
  deliverable,
  markSyncing,
  settle,
  retryFailed,
  summarizeOutbox,
  pruneSynced,
} from './outbox-store';
export type { OutboxCounts, OutboxSummary, Settlement } from './outbox-store';
