import type { SyncManager, User } from '../sync';

/*
 * Kept apart from routes.ts, which loads every screen: a screen that took this type from there would
 * close an import circle through all of them.
 */

/** What every screen receives. */
export interface ScreenContext {
  readonly user: User;
  readonly manager: SyncManager;
  /** The part of the hash after the screen's name (`#/history/<id>` → `<id>`). */
  readonly param: string;
  /** Goes to another screen (`'history'`, `'history/<id>'`); to the current one, draws it anew. */
  readonly go: (path: string) => void;
}
