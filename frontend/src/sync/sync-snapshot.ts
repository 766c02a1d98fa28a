import type { SyncErrorCode } from './sync-error';

/** Everything the status bar and screens show about sync, as of now. */
export interface SyncSnapshot {
  /** Whether the last request reached the server; null before the first one. */
  readonly online: boolean | null;
  /** True while this or another tab is pushing or pulling. */
  readonly syncing: boolean;
  /** Sales made here that the server has not confirmed yet (not counting failed ones). */
  readonly waitingSales: number;
  /** Other changes (customers) waiting. */
  readonly waitingOther: number;
  /** Entries the server refused; shown under "needs attention". */
  readonly failed: number;
  readonly oldestWaitingAt: string | null;
  /** When a push and pull last both succeeded. */
  readonly lastSyncedAt: string | null;
  /** Why the last attempt stopped, if it did. */
  readonly lastError: SyncErrorCode | null;
  /** The session has ended: nothing syncs until someone signs in again. */
  readonly needsSignIn: boolean;
  /** Progress of a full catalogue download (first start, or after the server was restored). */
  readonly catalogue: { readonly downloading: boolean; readonly received: number };
  /** When the next automatic attempt is due (epoch ms). */
  readonly nextAttemptAt: number | null;
}

/** The state before anything is known. */
export const INITIAL_SNAPSHOT: SyncSnapshot = {
  online: null,
  syncing: false,
  waitingSales: 0,
  waitingOther: 0,
  failed: 0,
  oldestWaitingAt: null,
  lastSyncedAt: null,
  lastError: null,
  needsSignIn: false,
  catalogue: { downloading: false, received: 0 },
  nextAttemptAt: null,
};
