import { getDb, listOutbox, loadDevice } from '../db';
import { APP_VERSION } from '../sync/app-version';
import { api } from '../sync/connection';
import { isRecord } from '../sync/problem';

/** The `format` field of an export file; files without it are refused on import. */
export const SALES_FILE_FORMAT = 'bidhaa-pos/unsynced-sales';
const SALES_FILE_VERSION = 1;
/** The server takes at most 500 sales per `bulk_create`. */
const IMPORT_BATCH = 500;

/** An export: this device's unconfirmed sales, exactly as its outbox would send them. */
export interface SalesFile {
  readonly format: typeof SALES_FILE_FORMAT;
  readonly version: number;
  readonly exported_at: string;
  readonly app_version: string;
  readonly device: { readonly id: string; readonly name: string };
  readonly sales: readonly Readonly<Record<string, unknown>>[];
}

/** Why a file could not be imported. */
export type SalesFileProblem = 'unreadable' | 'not-a-sales-file' | 'newer-version' | 'empty';

/** A file that is not an export of this app (or is from a newer version of it). */
export class SalesFileError extends Error {
  override readonly name = 'SalesFileError';

  constructor(readonly problem: SalesFileProblem) {
    super(problem);
  }
}

/** What the server made of an imported file. */
export interface ImportResult {
  readonly created: number;
  readonly duplicates: number;
  /** Sales the server refused, with its reason code. */
  readonly rejected: readonly { readonly id: string; readonly code: string }[];
}

/**
 * The escape hatch when a device cannot reach the server: every sale it holds that the server has not
 * confirmed (waiting or refused), in a file another signed-in device can import. Nothing is removed
 * from this device; its outbox keeps trying, and the server's idempotency makes the second delivery a
 * harmless duplicate.
 */
export async function exportUnsyncedSales(now = new Date()): Promise<SalesFile> {
  const db = await getDb();
  const device = await loadDevice(db);
  const entries = await listOutbox(db, ['PENDING', 'SYNCING', 'FAILED']);
  return {
    format: SALES_FILE_FORMAT,
    version: SALES_FILE_VERSION,
    exported_at: now.toISOString(),
    app_version: APP_VERSION,
    device: { id: device.id, name: device.name },
    sales: entries.flatMap((entry) => (entry.name === 'sale.record' ? [entry.args] : [])),
  };
}

/** Reads an export file's text, refusing anything that is not one. */
export function readSalesFile(text: string): SalesFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SalesFileError('unreadable');
  }
  if (
    !isRecord(parsed) ||
    parsed['format'] !== SALES_FILE_FORMAT ||
    typeof parsed['version'] !== 'number' ||
    !isRecord(parsed['device']) ||
    typeof parsed['device']['id'] !== 'string' ||
    !Array.isArray(parsed['sales']) ||
    !parsed['sales'].every((sale) => isRecord(sale) && typeof sale['id'] === 'string')
  ) {
    throw new SalesFileError('not-a-sales-file');
  }
  if (parsed['version'] > SALES_FILE_VERSION) {
    throw new SalesFileError('newer-version');
  }
  if (parsed['sales'].length === 0) {
    throw new SalesFileError('empty');
  }
  return parsed as unknown as SalesFile;
}

/**
 * Sends an export's sales to the server in the name of the device that rang them up, so its sale
 * sequence stays whole. Needs the network; importing the same file twice creates nothing new.
 */
export async function importSalesFile(file: SalesFile): Promise<ImportResult> {
  let created = 0;
  let duplicates = 0;
  const rejected: { id: string; code: string }[] = [];
  for (let from = 0; from < file.sales.length; from += IMPORT_BATCH) {
    const sales = file.sales.slice(from, from + IMPORT_BATCH);
    const answer = await api.pushSales({ device_id: file.device.id, sales });
    const results = isRecord(answer) && Array.isArray(answer['results']) ? answer['results'] : [];
    for (const result of results) {
      if (!isRecord(result)) {
        continue;
      }
      if (result['status'] === 'created') {
        created++;
      } else if (result['status'] === 'duplicate') {
        duplicates++;
      } else {
        const error = isRecord(result['error']) ? result['error'] : {};
        rejected.push({
          id: String(result['id'] ?? ''),
          code: typeof error['code'] === 'string' ? error['code'] : 'rejected',
        });
      }
    }
  }
  return { created, duplicates, rejected };
}
