/**
 * A real IndexedDB (fake-indexeddb) and a fresh database per test, like `jakearchibald/idb: test/utils.ts`.
 * Import this module first in a test file so the globals exist before idb is used.
 */
import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { openPosDb, type PosDb } from '../../src/db/schema';

/** Opens the app's schema in a database of its own, named so tests never share one. */
export function openTestDb(): Promise<PosDb> {
  return openPosDb(uniqueDbName());
}

/** A database name no other test uses. */
export function uniqueDbName(): string {
  return `bidhaa-test-${crypto.randomUUID()}`;
}

/** Closes `db` and deletes it. */
export async function deleteTestDb(db: PosDb): Promise<void> {
  db.close();
  await deleteDB(db.name);
}
