import { ApiClient } from './api-client';
import type { Credentials, User } from './user';

export { SyncError } from './sync-error';
export type { SyncErrorCode, SyncErrorDetails } from './sync-error';
export type { FieldError, Problem } from './problem';
export type { Credentials, Role, User } from './user';

const api = new ApiClient();

/** Signs in with a username and password and resolves to the signed-in user. */
export function signIn(credentials: Credentials): Promise<User> {
  return api.login(credentials);
}

/** Resolves to the signed-in user; rejects with code `unauthenticated` when nobody is signed in. */
export function loadCurrentUser(): Promise<User> {
  return api.currentUser();
}

/** Ends the session on the server. */
export function signOut(): Promise<void> {
  return api.logout();
}
