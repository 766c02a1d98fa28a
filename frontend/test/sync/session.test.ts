import '../support/db';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteDB } from 'idb';
import { DB_NAME, getDb, loadDevice, loadUser, saveUser, settle } from '../../src/db';
import type { StoredUser } from '../../src/db';
import { resumeSession, signIn, signOut, UnsyncedChangesError } from '../../src/sync/session';
import { SyncError } from '../../src/sync/sync-error';
import { juma, queueCustomer, ringUp } from '../support/fixtures';
import {
  json,
  networkError,
  noContent,
  problem,
  stubCookieStore,
  stubFetch,
  type Handler,
  type SentRequest,
} from '../support/http';

const amina: StoredUser = {
  id: '3f1c2a8e-5b7d-4e3a-9c1f-2d6b8e4a7c10',
  username: 'amina',
  displayName: 'Amina Wanjiru',
  role: 'CASHIER',
};

const aminaJson = {
  id: amina.id,
  username: 'amina',
  display_name: 'Amina Wanjiru',
  role: 'CASHIER',
};

// These functions use the app's database (getDb()); deleting it makes the open connection give way
// (the `blocking` handler closes it and getDb() opens a fresh one next time).
describe('session', () => {
  let requests: SentRequest[];

  beforeEach(() => {
    stubCookieStore(new Map([['XSRF-TOKEN', 'csrf-5e1d']]));
    serve(() => noContent());
  });

  afterEach(async () => {
    vi.unstubAllGlobals();
    await deleteDB(DB_NAME);
  });

  function serve(handler: Handler): void {
    requests = stubFetch(handler);
  }

  describe('signIn', () => {
    it('signs in with the device’s headers and remembers the user for offline starts', async () => {
      serve(() => json(aminaJson));

      const user = await signIn({ username: 'amina', password: 'correct horse' });

      expect(user).toEqual(amina);
      expect(await loadUser(await getDb())).toEqual(amina);
      const [request] = requests as [SentRequest];
      expect(request.path).toBe('/api/auth/login');
      expect(request.headers.get('X-Device-Id')).toBe((await loadDevice(await getDb())).id);
      expect(request.headers.get('X-XSRF-TOKEN')).toBe('csrf-5e1d');
    });

    it('remembers nobody when the password is wrong', async () => {
      serve(() => problem(401, 'bad-credentials', 'Wrong username or password'));

      await expect(signIn({ username: 'amina', password: 'wrong' })).rejects.toMatchObject({
        code: 'unauthenticated',
      });
      expect(await loadUser(await getDb())).toBeUndefined();
    });
  });

  describe('signOut', () => {
    beforeEach(async () => {
      await saveUser(await getDb(), amina);
    });

    it('refuses while sales wait for the server, saying how many', async () => {
      const db = await getDb();
      await ringUp(db);
      await ringUp(db);
      await queueCustomer(db, juma());

      const failure = await signOut().catch((error: unknown) => error);

      expect(failure).toBeInstanceOf(UnsyncedChangesError);
      expect(failure).toMatchObject({ sales: 2, changes: 3 });
      expect(requests).toEqual([]);
      expect(await loadUser(db)).toEqual(amina);
    });

    it('counts sales the server refused as unsynced', async () => {
      const db = await getDb();
      await ringUp(db);
      await settle(
        db,
        [{ seq: 1, state: 'FAILED', error: { code: 'x', message: '', status: 422 } }],
        new Date(),
      );

      await expect(signOut()).rejects.toMatchObject({ sales: 1, changes: 1 });
    });

    it('does not count a refused customer as a sale', async () => {
      const db = await getDb();
      await queueCustomer(db, juma());
      await settle(
        db,
        [{ seq: 1, state: 'FAILED', error: { code: 'validation', message: '', status: 422 } }],
        new Date(),
      );

      await expect(signOut()).rejects.toMatchObject({ sales: 0, changes: 1 });
    });

    it('signs out once everything is on the server', async () => {
      const db = await getDb();
      await ringUp(db);
      await settle(db, [{ seq: 1, state: 'SYNCED' }], new Date());

      await signOut();

      expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
        'POST /api/auth/logout',
      ]);
      expect(requests[0]?.headers.get('X-XSRF-TOKEN')).toBe('csrf-5e1d');
      expect(await loadUser(db)).toBeUndefined();
    });

    it('keeps the user when the server cannot be reached', async () => {
      serve(() => {
        throw networkError();
      });

      await expect(signOut()).rejects.toMatchObject({ code: 'offline' });

      expect(await loadUser(await getDb())).toEqual(amina);
    });
  });

  describe('resumeSession', () => {
    it('asks the server and remembers its answer', async () => {
      await saveUser(await getDb(), { ...amina, displayName: 'Amina' });
      serve(() => json(aminaJson));

      const session = await resumeSession();

      expect(session).toEqual({ user: amina, offline: false });
      expect(requests.map((request) => request.path)).toEqual(['/api/auth/me']);
      expect(await loadUser(await getDb())).toEqual(amina);
    });

    it('trusts the stored user when the network is down', async () => {
      await saveUser(await getDb(), amina);
      serve(() => {
        throw networkError();
      });

      expect(await resumeSession()).toEqual({ user: amina, offline: true });
    });

    it('trusts the stored user when the server is in trouble', async () => {
      await saveUser(await getDb(), amina);
      serve(() => problem(503, 'unavailable', 'Maintenance'));

      expect(await resumeSession()).toEqual({ user: amina, offline: true });
    });

    it('returns undefined when the server says the session has ended', async () => {
      await saveUser(await getDb(), amina);
      serve(() => problem(401, 'unauthenticated', 'Sign in first'));

      expect(await resumeSession()).toBeUndefined();
    });

    it('fails when offline and nobody has signed in on this device', async () => {
      serve(() => {
        throw networkError();
      });

      const failure = await resumeSession().catch((error: unknown) => error);

      expect(failure).toBeInstanceOf(SyncError);
      expect(failure).toMatchObject({ code: 'offline' });
    });
  });
});
