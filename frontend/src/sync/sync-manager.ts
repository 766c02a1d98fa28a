import {
  loadLastSyncedAt,
  loadPullState,
  pruneSynced,
  saveLastSyncedAt,
  summarizeOutbox,
} from '../db';
import type { Collection, PosDb, PullState } from '../db';
import type { ApiClient } from './api-client';
import { backoffDelay } from './backoff';
import { pullCollection } from './pull';
import { pushOutbox, type HealthReport } from './push';
import { SyncError } from './sync-error';
import { INITIAL_SNAPSHOT, type SyncSnapshot } from './sync-snapshot';
import { openTabChannel, withSyncLock, type TabChannel } from './tab-coordination';

/** How long a confirmed outbox entry is kept (the sale itself stays in the sales store). */
const KEEP_SYNCED_MS = 14 * 24 * 3600_000;

/** What the manager needs; tests pass their own clock, randomness, intervals and channel. */
export interface SyncManagerOptions {
  readonly db: () => Promise<PosDb>;
  readonly api: ApiClient;
  readonly deviceId: () => Promise<string>;
  readonly now?: () => Date;
  readonly random?: () => number;
  /** Asks the browser to sync when the connection returns, even with the app closed. */
  readonly requestBackgroundSync?: () => Promise<unknown>;
  readonly channel?: TabChannel;
  /** Wait before the next push while sales are waiting and the last attempt succeeded. */
  readonly waitingIntervalMs?: number;
  /** Wait between catalogue refreshes while nothing is waiting. */
  readonly refreshIntervalMs?: number;
  readonly collections?: readonly Collection[];
  /**
   * Runs after every successful pull (fetching the shop's details, reporting device health); an
   * `offline`/`retryable` failure counts as the run's failure, any other is ignored.
   */
  readonly afterPull?: (db: PosDb) => Promise<void>;
  /** The device's health report, sent with pushes. */
  readonly health?: (db: PosDb) => Promise<HealthReport>;
}

/**
 * Keeps the device and the server in step: pushes the outbox, then pulls each collection, on every
 * trigger (start, `online`, tab visible, after a sale, a timer, "Sync now"). One run at a time per tab,
 * and one tab at a time through the sync lock; other tabs follow along over the tab channel. A failed
 * request means offline, whatever `navigator.onLine` says; failures back off exponentially with jitter.
 */
export class SyncManager {
  private state: SyncSnapshot = INITIAL_SNAPSHOT;
  private readonly listeners = new Set<(snapshot: SyncSnapshot) => void>();
  private readonly channel: TabChannel;
  private readonly now: () => Date;
  private running: Promise<void> | undefined;
  private rerun = false;
  private failures = 0;
  private retryAfterSeconds: number | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly cleanups: (() => void)[] = [];
  private refreshIntervalMs: number;

  constructor(private readonly options: SyncManagerOptions) {
    this.channel = options.channel ?? openTabChannel();
    this.now = options.now ?? (() => new Date());
    this.refreshIntervalMs = options.refreshIntervalMs ?? 5 * 60_000;
  }

  /** Changes the wait between refreshes while nothing is waiting (the settings' sync interval). */
  setRefreshInterval(ms: number): void {
    this.refreshIntervalMs = ms;
    if (!this.state.syncing && this.running === undefined) {
      this.schedule();
    }
  }

  /** The current state. */
  get snapshot(): SyncSnapshot {
    return this.state;
  }

  /** Calls `listener` now and on every change; returns the unsubscribe function. */
  subscribe(listener: (snapshot: SyncSnapshot) => void): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  /** Installs the triggers and starts the first sync. */
  start(): Promise<void> {
    const on = (target: EventTarget | undefined, type: string, handler: () => void) => {
      target?.addEventListener(type, handler);
      this.cleanups.push(() => target?.removeEventListener(type, handler));
    };
    // This module also loads in the service worker, which has neither `window` nor `document`.
    const scope = globalThis as {
      window?: EventTarget;
      document?: EventTarget & { visibilityState: string };
    };
    const page = scope.window;
    const doc = scope.document;
    on(page, 'online', () => {
      this.failures = 0;
      void this.syncNow();
    });
    on(page, 'offline', () => this.update({ online: false }));
    on(doc, 'visibilitychange', () => {
      if (doc?.visibilityState === 'visible') {
        void this.syncNow();
      }
    });
    this.cleanups.push(
      this.channel.listen((message) => {
        if (message.type === 'changed') {
          void this.refresh();
        } else {
          this.update({ syncing: message.syncing, online: message.online ?? this.state.online });
        }
      }),
    );
    return this.refresh().then(() => this.syncNow());
  }

  /** Removes the triggers and the timer. */
  stop(): void {
    this.cleanups.splice(0).forEach((cleanup) => cleanup());
    clearTimeout(this.timer);
  }

  /** Runs a sync now, or once more right after the one under way. */
  syncNow(): Promise<void> {
    if (this.running !== undefined) {
      this.rerun = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.rerun = false;
          await withSyncLock(() => this.run());
        } while (this.rerun);
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  /** Tells the manager (and other tabs) that the outbox grew, and starts delivering it. */
  async queued(): Promise<void> {
    await this.refresh();
    this.channel.post({ type: 'changed' });
    void this.options.requestBackgroundSync?.().catch(() => false);
    void this.syncNow();
  }

  /** The session is back (someone signed in): resume syncing at once. */
  signedIn(): Promise<void> {
    this.failures = 0;
    this.update({ needsSignIn: false, lastError: null });
    return this.syncNow();
  }

  /** Re-reads the outbox and pull progress from the database. */
  async refresh(): Promise<void> {
    const db = await this.options.db();
    const summary = await summarizeOutbox(db);
    const products = await loadPullState(db, 'products');
    this.update({
      ...summary,
      lastSyncedAt: await loadLastSyncedAt(db),
      catalogue: catalogueProgress(products),
    });
  }

  private async run(): Promise<void> {
    clearTimeout(this.timer);
    this.update({ syncing: true, nextAttemptAt: null });
    this.channel.post({ type: 'syncing', syncing: true, online: this.state.online });
    let error: SyncError | undefined;
    let changed = false;
    let unanswered = 0;
    try {
      const db = await this.options.db();
      const context = {
        db,
        api: this.options.api,
        deviceId: await this.options.deviceId(),
        now: this.now,
        ...(this.options.health !== undefined && { health: this.options.health }),
      };
      const pushed = await pushOutbox(context);
      changed = pushed.delivered + pushed.failed > 0;
      unanswered = pushed.unanswered;
      error = pushed.stoppedBy ?? (await this.pullAll(db));
      // What arrived during the pull goes now; mutations the server left out wait for the backoff.
      if (error === undefined && unanswered === 0) {
        const again = await pushOutbox(context);
        changed ||= again.delivered + again.failed > 0;
        unanswered = again.unanswered;
        error = again.stoppedBy;
      }
      if (error === undefined) {
        await saveLastSyncedAt(db, this.now());
        await pruneSynced(db, new Date(this.now().getTime() - KEEP_SYNCED_MS));
      }
    } catch (failure) {
      error =
        failure instanceof SyncError ? failure : new SyncError('retryable', { cause: failure });
    }
    this.recordOutcome(error, unanswered);
    await this.refresh().catch(() => undefined);
    if (changed) {
      this.channel.post({ type: 'changed' });
    }
    this.update({ syncing: false });
    this.channel.post({ type: 'syncing', syncing: false, online: this.state.online });
    this.schedule();
  }

  private async pullAll(db: PosDb): Promise<SyncError | undefined> {
    for (const collection of this.options.collections ?? ['products', 'customers', 'sales']) {
      try {
        await pullCollection(db, this.options.api, collection, (state: PullState) => {
          if (collection === 'products') {
            this.update({ catalogue: catalogueProgress(state) });
          }
        });
      } catch (failure) {
        if (failure instanceof SyncError && failure.code === 'forbidden') {
          continue; // this role may not read the collection; the others still sync
        }
        return failure instanceof SyncError
          ? failure
          : new SyncError('retryable', { cause: failure });
      }
    }
    try {
      await this.options.afterPull?.(db);
    } catch (failure) {
      if (failure instanceof SyncError && ['offline', 'retryable'].includes(failure.code)) {
        return failure;
      }
    }
    return undefined;
  }

  private recordOutcome(error: SyncError | undefined, unanswered: number): void {
    if (error === undefined && unanswered > 0) {
      // The server answered but left mutations out (issue 13): retrying every 30 s would hammer it.
      this.failures++;
      this.retryAfterSeconds = undefined;
      this.update({ online: true, lastError: null, needsSignIn: false });
      return;
    }
    if (error === undefined) {
      this.failures = 0;
      this.retryAfterSeconds = undefined;
      this.update({ online: true, lastError: null, needsSignIn: false });
      return;
    }
    const lostSession = error.code === 'unauthenticated' || error.code === 'forbidden';
    this.failures = lostSession ? 0 : this.failures + 1;
    this.retryAfterSeconds = error.retryAfterSeconds;
    this.update({
      online: error.code !== 'offline',
      lastError: error.code,
      needsSignIn: lostSession,
    });
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (this.state.needsSignIn) {
      this.update({ nextAttemptAt: null });
      return;
    }
    const delay =
      this.failures > 0
        ? backoffDelay(this.failures, this.retryAfterSeconds, this.options.random)
        : this.state.waitingSales + this.state.waitingOther > 0
          ? (this.options.waitingIntervalMs ?? 30_000)
          : this.refreshIntervalMs;
    this.update({ nextAttemptAt: this.now().getTime() + delay });
    this.timer = setTimeout(() => void this.syncNow(), delay);
  }

  private update(change: Partial<SyncSnapshot>): void {
    this.state = { ...this.state, ...change };
    this.listeners.forEach((listener) => listener(this.state));
  }
}

function catalogueProgress(state: PullState): SyncSnapshot['catalogue'] {
  return { downloading: state.full, received: state.received };
}
