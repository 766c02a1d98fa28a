/** Calls only a manager or an admin makes, and only online: conflicts, devices, users, archives. */
export {
  fetchConflicts,
  resolveConflict,
  fetchSyncStatus,
  fetchDeviceState,
  changeDeviceCode,
  fetchUsers,
  createUser,
  updateUser,
  resetPassword,
} from './back-office-api';
export type { Conflict, UserAccount } from './back-office-api';
export { fetchArchivedProducts, fetchStockMovements } from './catalogue-remote';
export type { StockMovement } from './catalogue-remote';
