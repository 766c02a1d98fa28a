/** The device's IndexedDB: the only code that opens it or names its stores. */
export { getDb } from './connection';
export { DB_NAME, DB_VERSION, openPosDb } from './schema';
export type { PosDb, PosSchema } from './schema';
export type * from './records';
export {
  loadDevice,
  updateDevice,
  adoptSaleCode,
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
export type { PulledPage } from './pull-store';
export type { Incoming, Tombstone } from './server-copy';
export {
  recordSaleWithOutbox,
  saveCustomerWithOutbox,
  getSale,
  salesSince,
  salesBetween,
} from './sales-store';
export type { SaleDraft } from './sales-store';
export { queueCatalogueChange, resolveEntry } from './catalogue-changes';
export type { Resolution } from './catalogue-changes';
export {
  allProducts,
  productByCode,
  allCustomers,
  customerById,
  countProducts,
} from './catalogue-store';
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
export type { OutboxCounts, OutboxSummary, ServerRecord, Settlement } from './outbox-store';
