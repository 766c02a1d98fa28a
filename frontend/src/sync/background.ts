import { getDb } from '../db';
import { api, deviceId } from './connection';
import { pullCollection } from './pull';
import { pushOutbox } from './push';
import { openTabChannel, withSyncLock } from './tab-coordination';

/**
 * Pushes the outbox from the service worker's `sync` event. Rejects when something is left to deliver
 * because of the network or the server, so the browser schedules another `sync` event.
 */
export async function pushOutboxFromServiceWorker(): Promise<void> {
  const result = await withSyncLock(async () =>
    pushOutbox({ db: await getDb(), api, deviceId: await deviceId(), now: () => new Date() }),
  );
  if (result.delivered + result.failed > 0) {
    openTabChannel().post({ type: 'changed' });
  }
  if (result.stoppedBy !== undefined) {
    throw result.stoppedBy;
  }
}

/** Refreshes the catalogue from the service worker's `periodicsync` event. */
export async function pullCatalogueFromServiceWorker(): Promise<void> {
  await withSyncLock(async () => pullCollection(await getDb(), api, 'products'));
}
