import { clearUser, getDb, listOutbox, loadUser, saveUser, summarizeOutbox } from '../db';
import type { StoredUser } from '../db';
import { api } from './connection';
import { SyncError } from './sync-error';
import type { Credentials, User } from './user';

/** How the app may start: with the server's word on the session, or offline with the stored user. */
export interface Session {
  readonly user: User;
  /** True when the server could not be asked and the stored user is trusted for now. */
  readonly offline: boolean;
}

/** Sign-out was refused because changes made here have not reached the server. */
export class UnsyncedChangesError extends Error {
  override readonly name = 'UnsyncedChangesError';

  constructor(
    /** Sales not yet confirmed by the server, including those that need attention. */
    readonly sales: number,
    /** Everything unconfirmed (sales and customers). */
    readonly changes: number,
  ) {
    super(`${changes} changes are not on the server yet`);
  }
}

/** Signs in (needs the network) and remembers the user for offline starts. */
export async function signIn(credentials: Credentials): Promise<User> {
  const user = await api.login(credentials);
  await saveUser(await getDb(), toStored(user));
  return user;
}

/**
 * Resumes the last session: asks the server when it can be reached, and otherwise trusts the user
 * stored at the last sign-in, so selling goes on offline. Undefined means someone must sign in.
 */
export async function resumeSession(): Promise<Session | undefined> {
  const db = await getDb();
  try {
    const user = await api.currentUser();
    await saveUser(db, toStored(user));
    return { user, offline: false };
  } catch (failure) {
    if (failure instanceof SyncError && failure.code === 'unauthenticated') {
      return undefined;
    }
    const stored = await loadUser(db);
    if (stored === undefined) {
      throw failure;
    }
    return { user: stored, offline: true };
  }
}

/** Signs out, refusing while any sale or change made on this device waits for the server. */
export async function signOut(): Promise<void> {
  const db = await getDb();
  const summary = await summarizeOutbox(db);
  const changes = summary.waitingSales + summary.waitingOther + summary.failed;
  if (changes > 0) {
    // `summary.failed` counts refused customers too; only sales belong in `sales`.
    const failed = await listOutbox(db, ['FAILED']);
    const failedSales = failed.filter((entry) => entry.name === 'sale.record').length;
    throw new UnsyncedChangesError(summary.waitingSales + failedSales, changes);
  }
  await api.logout();
  await clearUser(db);
}

function toStored(user: User): StoredUser {
  return { id: user.id, username: user.username, displayName: user.displayName, role: user.role };
}
