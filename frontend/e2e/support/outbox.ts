/**
 * The device's outbox read in the page, whichever app version wrote it: release 0.1.0's v1 entries
 * (`kind`, `body`, `request`) or the typed mutations of IndexedDB version 2 (`name`, `args`), so
 * a test can compare them across an app update. Waits are on the stored state, never on the screen.
 *
 * @packageDocumentation
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { readStore, SYNC_TIMEOUT_MS } from './pos';

/** How long a screen may take to keep a change (an IndexedDB write) on a loaded machine. */
export const UI_TIMEOUT_MS = 30_000;

/**
 * An outbox entry as either app keeps it: release 0.1.0 writes v1 entries (`kind`, `body`,
 * `request`); the typed-mutation app (IndexedDB version 2) keeps `name` and `args`.
 */
export interface StoredEntry {
  readonly seq: number;
  readonly recordId: string;
  readonly state: 'PENDING' | 'SYNCING' | 'SYNCED' | 'FAILED';
  readonly kind?: string;
  readonly body?: Readonly<Record<string, unknown>>;
  readonly request?: { readonly method: string; readonly path: string; readonly ifMatch?: number };
  readonly name?: string;
  readonly args?: Readonly<Record<string, unknown>>;
  readonly deviceSeq?: number;
}

/** The device's IndexedDB version and its outbox in written order, read in the page. */
export async function readOutbox(page: Page): Promise<{ version: number; entries: StoredEntry[] }> {
  const version = await page.evaluate(async () => {
    const databases = await indexedDB.databases();
    return databases.find((database) => database.name === 'bidhaa-pos')?.version ?? 0;
  });
  const entries = await readStore<StoredEntry[]>(page, 'outbox');
  return { version, entries: [...entries].sort((a, b) => a.seq - b.seq) };
}

/** Waits until the device's outbox holds `count` entries (a change is kept before the screen moves on). */
export async function waitForOutbox(page: Page, count: number): Promise<void> {
  await expect
    .poll(async () => (await readStore<StoredEntry[]>(page, 'outbox')).length, {
      timeout: UI_TIMEOUT_MS,
    })
    .toBe(count);
}

/** Waits until every outbox entry of the device is confirmed by the server. */
export async function waitUntilAllSynced(page: Page): Promise<void> {
  await expect
    .poll(
      async () =>
        (await readStore<StoredEntry[]>(page, 'outbox'))
          .filter((entry) => entry.state !== 'SYNCED')
          .map((entry) => `${entry.seq}:${entry.state}`),
      { timeout: SYNC_TIMEOUT_MS, interval: 500 },
    )
    .toEqual([]);
}
