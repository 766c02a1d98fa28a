import { DB_NAME, openPosDb, type PosDb } from './schema';

let current: Promise<PosDb> | undefined;

/** The app's database, opened on first use and reopened after another tab upgraded it. */
export function getDb(): Promise<PosDb> {
  current ??= openPosDb(DB_NAME, () => (current = undefined));
  return current;
}
