import { listOutbox, loadDevice, type PosDb } from '../db';
import type { ApiClient } from './api-client';
import { APP_VERSION } from './app-version';
import { learnSaleCode } from './device-code';
import { loadStorageFacts } from './storage-facts';

/** What a device tells the server about the safety of its data, with its pushes and registrations. */
export interface DeviceHealthReport {
  readonly storage_persisted: boolean | null;
  readonly storage_used_bytes: number | null;
  readonly storage_quota_bytes: number | null;
  /** When the oldest sale the server has not confirmed (waiting or refused) was rung up. */
  readonly oldest_pending_at: string | null;
  readonly app_version: string;
}

/**
 * This device's health now: storage, and the age of its oldest unconfirmed sale, leaving out the sales
 * being sent (`sending`), as the server reads the report once it has them.
 */
export async function deviceHealth(
  db: PosDb,
  sending: readonly string[] = [],
): Promise<DeviceHealthReport> {
  return (await healthReporter(db))(sending);
}

/**
 * Reads the outbox and storage once and answers the report for each batch of a push from memory: a
 * backlog of thousands of sales is pushed in many batches, and reading every unsent sale for each one
 * would cost more than the push.
 */
export async function healthReporter(
  db: PosDb,
): Promise<(sending: readonly string[]) => DeviceHealthReport> {
  const storage = await loadStorageFacts();
  const unconfirmed = (await listOutbox(db, ['PENDING', 'SYNCING', 'FAILED']))
    .filter((entry) => entry.name === 'sale.record')
    .map((entry) => ({ id: entry.recordId, createdAt: entry.createdAt }))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const delivered = new Set<string>();
  return (sending) => {
    sending.forEach((id) => delivered.add(id));
    const oldest = unconfirmed.find((sale) => !delivered.has(sale.id));
    return {
      storage_persisted: storage.persisted,
      storage_used_bytes: storage.usage === null ? null : Math.round(storage.usage),
      storage_quota_bytes: storage.quota === null ? null : Math.round(storage.quota),
      oldest_pending_at: oldest?.createdAt ?? null,
      app_version: APP_VERSION,
    };
  };
}

/** How often a device that has nothing to push still reports its health. */
const REPORT_EVERY_MS = 10 * 60_000;
let lastReportAt = 0;

/**
 * Registers the device's name and health with the server (`PUT /api/sync/devices/{id}`) after a sync,
 * at most every ten minutes, so the devices screen also knows about tills that sell nothing; and takes
 * the code the server answers as the prefix of its next sale numbers. A device that has no code from
 * the server yet registers after every sync until it has one.
 */
export async function reportDevice(db: PosDb, client: ApiClient, now = Date.now()): Promise<void> {
  const device = await loadDevice(db);
  if (now - lastReportAt < REPORT_EVERY_MS && device.codeFromServer === true) {
    return;
  }
  const answer = await client.call('PUT', `/api/sync/devices/${device.id}`, {
    ...(device.name !== '' && { name: device.name }),
    app_version: APP_VERSION,
    health: await deviceHealth(db),
  });
  await learnSaleCode(db, answer.body);
  lastReportAt = now;
}
