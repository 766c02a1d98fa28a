import { deleteTestDb, openTestDb } from '../support/db';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listOutbox, loadDevice, loadLastSyncedAt } from '../../src/db';
import type { PosDb } from '../../src/db';
import { ApiClient } from '../../src/sync/api-client';
import { backoffDelay } from '../../src/sync/backoff';
import { SyncManager, type SyncManagerOptions } from '../../src/sync/sync-manager';
import type { TabChannel, TabMessage } from '../../src/sync/tab-coordination';
import { FakeShop } from '../support/fake-shop';
import { neema, NOW, productJson, customerJson, ringUp, sukari, unga } from '../support/fixtures';
import {
  json,
  networkError,
  problem,
  stubCookieStore,
  stubFetch,
  type Handler,
  type SentRequest,
} from '../support/http';

const FIVE_MINUTES = 5 * 60_000;

/** The tab channel, with a way to play messages from other tabs. */
interface FakeChannel extends TabChannel {
  readonly posted: TabMessage[];
  emit(message: TabMessage): void;
}

function fakeChannel(): FakeChannel {
  const listeners = new Set<(message: TabMessage) => void>();
  const posted: TabMessage[] = [];
  return {
    posted,
    post: (message) => void posted.push(message),
    listen(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    emit: (message) => listeners.forEach((listener) => listener(message)),
  };
}

describe('SyncManager', () => {
  let db: PosDb;
  let shop: FakeShop;
  let channel: FakeChannel;
  let requests: SentRequest[];
  let manager: SyncManager | undefined;

  beforeEach(async () => {
    db = await openTestDb();
    shop = new FakeShop();
    channel = fakeChannel();
    stubCookieStore(new Map([['XSRF-TOKEN', 'csrf-5e1d']]));
    serve(shopRoutes);
  });

  afterEach(async () => {
    manager?.stop();
    manager = undefined;
    vi.useRealTimers();
    vi.unstubAllGlobals();
    await deleteTestDb(db);
  });

  function serve(handler: Handler): void {
    requests = stubFetch(handler);
  }

  /** The shop's backend: push as FakeShop does it, and one page per collection to pull. */
  async function shopRoutes(request: SentRequest): Promise<Response> {
    switch (request.path) {
      case '/api/sync/push':
        return shop.push(request.body);
      case '/api/products/sync':
        return json({
          data: [productJson(sukari()), productJson(unga())],
          cursor: 'p1',
          has_more: false,
        });
      case '/api/customers/sync':
        return json({ data: [customerJson(neema())], cursor: 'k1', has_more: false });
      case '/api/sales/sync':
        return json({ data: [], cursor: 's1', has_more: false });
      default:
        return problem(404, 'not-found', request.path);
    }
  }

  function createManager(options: Partial<SyncManagerOptions> = {}): SyncManager {
    manager = new SyncManager({
      db: async () => db,
      api: new ApiClient(async () => ({
        id: (await loadDevice(db)).id,
        name: 'Kaunta 1',
        appVersion: '1.4.0',
      })),
      deviceId: async () => (await loadDevice(db)).id,
      now: () => NOW,
      random: () => 0.5,
      channel,
      ...options,
    });
    return manager;
  }

  /** Waits for the run under way (started by a timer or a message) to finish. */
  async function untilIdle(subject: SyncManager): Promise<void> {
    while (subject.snapshot.syncing) {
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  function calls(): string[] {
    return requests.map((request) => `${request.method} ${request.path}`);
  }

  describe('syncNow', () => {
    it('pushes the outbox, then pulls products, customers and sales', async () => {
      await ringUp(db);
      await ringUp(db);
      const subject = createManager();

      await subject.syncNow();

      expect(calls()).toEqual([
        'POST /api/sync/push',
        'GET /api/products/sync',
        'GET /api/customers/sync',
        'GET /api/sales/sync',
      ]);
      expect(subject.snapshot).toEqual({
        online: true,
        syncing: false,
        waitingSales: 0,
        waitingOther: 0,
        failed: 0,
        oldestWaitingAt: null,
        lastSyncedAt: NOW.toISOString(),
        lastError: null,
        needsSignIn: false,
        catalogue: { downloading: false, received: 2 },
        nextAttemptAt: NOW.getTime() + FIVE_MINUTES,
      });
      expect(await loadLastSyncedAt(db)).toBe(NOW.toISOString());
      expect(await db.count('products')).toBe(2);
      expect(shop.sales.size).toBe(2);
    });

    it('tells the other tabs it is syncing and that the outbox changed', async () => {
      await ringUp(db);

      await createManager().syncNow();

      expect(channel.posted).toEqual([
        { type: 'syncing', syncing: true, online: null },
        { type: 'changed' },
        { type: 'syncing', syncing: false, online: true },
      ]);
    });

    it('delivers a sale rung up during the pull in the same run', async () => {
      let soldDuringPull = false;
      serve(async (request) => {
        if (request.path === '/api/products/sync' && !soldDuringPull) {
          soldDuringPull = true;
          await ringUp(db);
        }
        return shopRoutes(request);
      });

      await createManager().syncNow();

      expect(calls().filter((call) => call.startsWith('POST'))).toHaveLength(1);
      expect((await listOutbox(db)).map((entry) => entry.state)).toEqual(['SYNCED']);
    });

    it('runs one sync at a time, however often it is asked', async () => {
      let inFlight = 0;
      let mostInFlight = 0;
      serve(async (request) => {
        inFlight++;
        mostInFlight = Math.max(mostInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 2));
        inFlight--;
        return shopRoutes(request);
      });
      await ringUp(db);
      const subject = createManager();

      await Promise.all([
        subject.syncNow(),
        subject.syncNow(),
        subject.syncNow(),
        subject.syncNow(),
        subject.syncNow(),
      ]);

      expect(mostInFlight).toBe(1);
      // The first run, and one more for everything asked while it ran.
      expect(calls().filter((call) => call === 'GET /api/products/sync')).toHaveLength(2);
      expect(shop.creations.size).toBe(1);
    });

    it('backs off while the server leaves waiting changes out of its answer', async () => {
      await ringUp(db);
      serve((request) =>
        request.path === '/api/sync/push'
          ? json({ applied: 0, duplicates: 0, rejected: 0, results: [] })
          : shopRoutes(request),
      );
      const subject = createManager({ waitingIntervalMs: 30_000 });

      await subject.syncNow();

      expect(subject.snapshot).toMatchObject({ online: true, lastError: null, waitingSales: 1 });
      expect(subject.snapshot.nextAttemptAt).toBe(NOW.getTime() + 1_500);
      expect(calls().filter((call) => call === 'POST /api/sync/push')).toHaveLength(1);

      await subject.syncNow();

      expect(subject.snapshot.nextAttemptAt).toBe(NOW.getTime() + 3_000);
      expect((await listOutbox(db)).map((entry) => [entry.state, entry.attempts])).toEqual([
        ['PENDING', 2],
      ]);
    });
  });

  describe('when the server cannot be reached', () => {
    it('says offline and backs off, more after each failure', async () => {
      serve(() => {
        throw networkError();
      });
      await ringUp(db);
      const subject = createManager();

      await subject.syncNow();

      expect(subject.snapshot).toMatchObject({
        online: false,
        syncing: false,
        lastError: 'offline',
        waitingSales: 1,
        lastSyncedAt: null,
        nextAttemptAt: NOW.getTime() + backoffDelay(1, undefined, () => 0.5),
      });
      expect(subject.snapshot.nextAttemptAt).toBe(NOW.getTime() + 1_500);

      await subject.syncNow();

      expect(subject.snapshot.nextAttemptAt).toBe(NOW.getTime() + 3_000);
      expect(await loadLastSyncedAt(db)).toBeNull();
      expect((await listOutbox(db)).map((entry) => [entry.state, entry.attempts])).toEqual([
        ['PENDING', 2],
      ]);
    });

    it('skips the pull when the push could not get through', async () => {
      await ringUp(db);
      serve(() => problem(503, 'unavailable', 'Maintenance'));

      await createManager().syncNow();

      expect(calls()).toEqual(['POST /api/sync/push']);
    });

    it('waits as long as Retry-After asks', async () => {
      await ringUp(db);
      serve(() => problem(503, 'unavailable', 'Maintenance', { 'Retry-After': '90' }));
      const subject = createManager();

      await subject.syncNow();

      expect(subject.snapshot).toMatchObject({
        online: true, // the server answered
        lastError: 'retryable',
        nextAttemptAt: NOW.getTime() + 90_000,
      });
    });

    it('tries again when the backoff timer fires', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      await ringUp(db);
      serve(() => {
        throw networkError();
      });
      const subject = createManager();
      await subject.syncNow();
      serve(shopRoutes);

      await vi.advanceTimersByTimeAsync(1_499);
      expect(requests).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(1);
      await untilIdle(subject);

      expect(calls()[0]).toBe('POST /api/sync/push');
      expect(subject.snapshot).toMatchObject({ online: true, waitingSales: 0, lastError: null });
      expect(subject.snapshot.nextAttemptAt).toBe(NOW.getTime() + FIVE_MINUTES);
    });

    it('syncs at once when the browser is online again', async () => {
      const page = new EventTarget();
      vi.stubGlobal('window', page);
      serve(() => {
        throw networkError();
      });
      const subject = createManager();
      await subject.start();
      await ringUp(db);
      serve(shopRoutes);

      page.dispatchEvent(new Event('online'));
      await untilIdle(subject);

      expect(shop.sales.size).toBe(1);
      expect(subject.snapshot).toMatchObject({ online: true, waitingSales: 0 });
    });

    it('starts the backoff again from the first step when the browser is online again', async () => {
      const page = new EventTarget();
      vi.stubGlobal('window', page);
      serve(() => {
        throw networkError();
      });
      const subject = createManager();
      await subject.start();
      await subject.syncNow();
      expect(subject.snapshot.nextAttemptAt).toBe(NOW.getTime() + 3_000); // second failure

      page.dispatchEvent(new Event('online')); // …but the Wi-Fi has no internet yet
      await untilIdle(subject);

      expect(subject.snapshot.nextAttemptAt).toBe(NOW.getTime() + 1_500);
    });

    it('shows offline as soon as the browser says so', async () => {
      const page = new EventTarget();
      vi.stubGlobal('window', page);
      const subject = createManager();
      await subject.start();

      page.dispatchEvent(new Event('offline'));

      expect(subject.snapshot.online).toBe(false);
    });
  });

  describe('when the session has ended', () => {
    it('asks for sign-in and sets no timer', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      await ringUp(db);
      serve(() => problem(401, 'unauthenticated', 'Session expired'));
      const subject = createManager();

      await subject.syncNow();

      expect(subject.snapshot).toMatchObject({
        needsSignIn: true,
        lastError: 'unauthenticated',
        nextAttemptAt: null,
        waitingSales: 1,
      });
      expect(vi.getTimerCount()).toBe(0);
      await vi.advanceTimersByTimeAsync(FIVE_MINUTES * 10);
      expect(requests).toHaveLength(1);
    });

    it('resumes once someone signs in', async () => {
      await ringUp(db);
      serve(() => problem(401, 'unauthenticated', 'Session expired'));
      const subject = createManager();
      await subject.syncNow();
      serve(shopRoutes);

      await subject.signedIn();

      expect(subject.snapshot).toMatchObject({
        needsSignIn: false,
        lastError: null,
        waitingSales: 0,
      });
      expect(shop.sales.size).toBe(1);
    });
  });

  describe('pulling', () => {
    it('goes on with the other collections when one is forbidden', async () => {
      serve((request) =>
        request.path === '/api/customers/sync'
          ? problem(403, 'forbidden', 'Cashiers cannot list customers')
          : shopRoutes(request),
      );
      const subject = createManager();

      await subject.syncNow();

      expect(calls()).toEqual([
        'GET /api/products/sync',
        'GET /api/customers/sync',
        'GET /api/sales/sync',
      ]);
      expect(subject.snapshot).toMatchObject({
        online: true,
        lastError: null,
        needsSignIn: false,
        lastSyncedAt: NOW.toISOString(),
      });
      expect(await db.count('products')).toBe(2);
    });

    it('stops at a collection that fails otherwise', async () => {
      serve((request) =>
        request.path === '/api/customers/sync'
          ? problem(500, 'internal', 'Something went wrong')
          : shopRoutes(request),
      );
      const subject = createManager();

      await subject.syncNow();

      expect(calls()).toEqual(['GET /api/products/sync', 'GET /api/customers/sync']);
      expect(subject.snapshot).toMatchObject({ lastError: 'retryable', lastSyncedAt: null });
    });

    it('reports the catalogue download as it goes', async () => {
      serve((request) =>
        request.path === '/api/products/sync' && !request.query.has('last_sync')
          ? json({ data: [productJson(sukari())], cursor: 'p1', has_more: true })
          : shopRoutes(request),
      );
      const subject = createManager({ collections: ['products'] });
      const seen: { downloading: boolean; received: number }[] = [];
      subject.subscribe((snapshot) => seen.push(snapshot.catalogue));

      await subject.syncNow();

      expect(seen).toContainEqual({ downloading: true, received: 1 });
      expect(subject.snapshot.catalogue).toEqual({ downloading: false, received: 3 });
    });
  });

  describe('queued', () => {
    it('tells the other tabs, asks for a background sync and delivers the sale', async () => {
      const requestBackgroundSync = vi.fn(async () => undefined);
      const subject = createManager({ requestBackgroundSync });
      await ringUp(db);

      await subject.queued();

      expect(channel.posted[0]).toEqual({ type: 'changed' });
      expect(requestBackgroundSync).toHaveBeenCalledOnce();
      expect(subject.snapshot).toMatchObject({ waitingSales: 1, syncing: true });
      await untilIdle(subject);
      expect(shop.sales.size).toBe(1);
      expect(subject.snapshot.waitingSales).toBe(0);
    });

    it('does not fail when background sync is refused', async () => {
      const subject = createManager({
        requestBackgroundSync: () => Promise.reject(new Error('permission denied')),
      });
      await ringUp(db);

      await subject.queued();
      await untilIdle(subject);

      expect(shop.sales.size).toBe(1);
    });
  });

  describe('messages from other tabs', () => {
    it('re-reads the counts when another tab changed the outbox', async () => {
      const subject = createManager();
      await subject.start();
      const before = requests.length;

      await ringUp(db); // sold in the other tab
      channel.emit({ type: 'changed' });
      await vi.waitFor(() => expect(subject.snapshot.waitingSales).toBe(1));

      expect(requests).toHaveLength(before); // the other tab delivers it
    });

    it('shows another tab’s sync', async () => {
      const subject = createManager();
      await subject.start();

      channel.emit({ type: 'syncing', syncing: true, online: false });

      expect(subject.snapshot).toMatchObject({ syncing: true, online: false });
    });

    it('stops listening when stopped', async () => {
      const subject = createManager();
      await subject.start();
      subject.stop();

      await ringUp(db);
      channel.emit({ type: 'changed' });
      await new Promise((resolve) => setTimeout(resolve, 20));

      expect(subject.snapshot.waitingSales).toBe(0);
    });
  });
});
