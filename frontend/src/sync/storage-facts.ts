import { getDb, loadDevice } from '../db';

/** How safe this device's data is from the browser clearing it. */
export interface StorageFacts {
  /** The browser promised to keep the data (`navigator.storage.persisted()`); null where unknown. */
  readonly persisted: boolean | null;
  /** Bytes this site stores, as the browser estimates; null where the browser does not say. */
  readonly usage: number | null;
  /** Bytes this site may store; null where the browser does not say. */
  readonly quota: number | null;
}

/** Reads the browser's current answers (no prompt is shown). */
export async function loadStorageFacts(): Promise<StorageFacts> {
  const storage = globalThis.navigator?.storage;
  let persisted: boolean | null = (await loadDevice(await getDb())).storagePersisted;
  try {
    persisted = (await storage?.persisted?.()) ?? persisted;
  } catch {
    // The remembered answer stands.
  }
  try {
    const estimate = await storage?.estimate?.();
    return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
  } catch {
    return { persisted, usage: null, quota: null };
  }
}
