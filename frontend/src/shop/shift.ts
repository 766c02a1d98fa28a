import { getDb, listOutbox, loadDevice, salesBetween } from '../db';
import type { OutboxEntry, Sale } from '../db';
import { fetchDeviceState } from '../back-office/back-office-api';
import { toCents } from '../sync/money';
import { shopTimeZone } from '../sync/shop-settings';
import { dayStartIn } from './shop-time';
import { SyncError } from '../sync/sync-error';

/** What the server says it holds from this device. */
export interface ServerShiftFigures {
  /** Every sale numbered 1..contiguousSeq has arrived. */
  readonly contiguousSeq: number;
  /** The highest sale number that has arrived. */
  readonly maxSeq: number;
  /** Sale numbers below `maxSeq` that are missing. */
  readonly gaps: readonly number[];
  /** How many numbers are missing below `maxSeq`; more than `gaps` lists when the server cut the list. */
  readonly gapCount: number;
  /** Sales in the shift's period, and their total (cents). */
  readonly count: number;
  readonly total: number;
}

/**
 * Why a sale of this device is not (known to be) on the server: still in the outbox (waiting, being
 * sent, refused), sent but reported missing by the server, or, when the server cannot be asked, not
 * yet confirmed as far as this device knows.
 */
export type MissingReason = 'waiting' | 'sending' | 'refused' | 'not-on-server' | 'unconfirmed';

/** A sale the shift close must name. */
export interface MissingSale {
  readonly saleNumber: string;
  readonly deviceSeq: number;
  readonly reason: MissingReason;
  /** The server's refusal code, for `refused`. */
  readonly code: string | null;
}

/** The shift close, side by side: this device's figures and the server's. */
export interface ShiftComparison {
  readonly count: number;
  readonly total: number;
  /** The highest sale number this device has used (whole life of the device). */
  readonly lastSeq: number;
  /** Null when the server could not be asked (offline). */
  readonly server: ServerShiftFigures | null;
  /** True only when the server confirmed every sale up to `lastSeq` and the shift's figures agree. */
  readonly allArrived: boolean;
  readonly missing: readonly MissingSale[];
}

/**
 * Compares this device's sales of the shift with what the server confirmed. A sale counts as arrived
 * when the server confirmed it to this device (its record came back, or its outbox entry is SYNCED) or
 * when the server, asked now, holds its number; every other one is listed with why it is not there.
 * "The server does not have it" is said only after asking the server: offline, a sent sale the device
 * has no confirmation of is `unconfirmed`.
 */
export function compareShift(
  sales: readonly Sale[],
  lastSeq: number,
  outbox: readonly OutboxEntry[],
  server: ServerShiftFigures | null,
): ShiftComparison {
  const count = sales.length;
  const total = sales.reduce((sum, sale) => sum + sale.totalAmount, 0);
  const entries = new Map(
    outbox.filter((entry) => entry.name === 'sale.record').map((entry) => [entry.recordId, entry]),
  );
  const missing = sales
    .filter((sale) => sale.deviceSeq !== null)
    .filter((sale) => !(server !== null && serverHolds(server, sale.deviceSeq as number)))
    .flatMap((sale): MissingSale[] => {
      const entry = entries.get(sale.id);
      const confirmedHere = sale.version > 0 || entry?.state === 'SYNCED';
      const reason = missingReason(entry?.state, confirmedHere, server !== null);
      if (reason === null) {
        return [];
      }
      return [
        {
          saleNumber: sale.saleNumber,
          deviceSeq: sale.deviceSeq as number,
          reason,
          code: reason === 'refused' ? (entry?.lastError?.code ?? null) : null,
        },
      ];
    })
    .sort((a, b) => a.deviceSeq - b.deviceSeq);
  const allArrived =
    server !== null &&
    server.contiguousSeq >= lastSeq &&
    server.count === count &&
    server.total === total &&
    missing.length === 0;
  return { count, total, lastSeq, server, allArrived, missing };
}

/**
 * Whether the close must warn that sales have not reached the server: asked, the server must confirm
 * all; offline, only what this device knows counts (a sale it saw confirmed is not in doubt).
 */
export function shiftIncomplete(comparison: ShiftComparison): boolean {
  return comparison.server === null ? comparison.missing.length > 0 : !comparison.allArrived;
}

/** Whether the server's answer says it holds sale number `seq` of this device. */
function serverHolds(server: ServerShiftFigures, seq: number): boolean {
  if (seq <= server.contiguousSeq) {
    return true;
  }
  const listedAll = server.gapCount <= server.gaps.length;
  return listedAll && seq <= server.maxSeq && !server.gaps.includes(seq);
}

function missingReason(
  state: OutboxEntry['state'] | undefined,
  confirmedHere: boolean,
  serverAsked: boolean,
): MissingReason | null {
  if (state === 'PENDING') {
    return 'waiting';
  }
  if (state === 'SYNCING') {
    return 'sending';
  }
  if (state === 'FAILED') {
    return 'refused';
  }
  if (serverAsked) {
    // The server was asked and lacks it: a confirmation it gave earlier does not bring it back.
    return 'not-on-server';
  }
  return confirmedHere ? null : 'unconfirmed';
}

/** The shift close for the period from `from` to `to`: reads the device, asks the server if it can. */
export async function loadShiftComparison(from: Date, to: Date): Promise<ShiftComparison> {
  const db = await getDb();
  const device = await loadDevice(db);
  const sales = (await salesBetween(db, from.toISOString(), to.toISOString())).filter(
    (sale) => sale.deviceId === device.id,
  );
  const outbox = await listOutbox(db);
  let server: ServerShiftFigures | null = null;
  try {
    server = toFigures(await fetchDeviceState(device.id, from, to));
  } catch (failure) {
    const unreachable = failure instanceof SyncError && failure.code !== 'rejected';
    const unknownDevice = failure instanceof SyncError && failure.status === 404;
    if (unknownDevice) {
      server = { contiguousSeq: 0, maxSeq: 0, gaps: [], gapCount: 0, count: 0, total: 0 };
    } else if (!unreachable) {
      throw failure;
    }
  }
  return compareShift(sales, device.lastSaleSeq, outbox, server);
}

function toFigures(body: Record<string, unknown>): ServerShiftFigures {
  return {
    contiguousSeq: Number(body['contiguous_seq'] ?? 0),
    maxSeq: Number(body['max_seq'] ?? 0),
    gaps: Array.isArray(body['gaps']) ? body['gaps'].map(Number) : [],
    gapCount: Number(body['gap_count'] ?? 0),
    count: Number(body['sales_count'] ?? 0),
    total: toCents(Number(body['sales_total'] ?? 0)),
  };
}

const SHIFT_KEY = 'bidhaa.shiftClosedAt';

/**
 * When this device's current shift started: its last close if that was within a day, or else today's
 * midnight on the shop's clock (a device left open over a weekend does not sum up three days).
 */
export function shiftStart(
  storage: Pick<Storage, 'getItem'> = localStorage,
  now = new Date(),
  timeZone = shopTimeZone(),
): Date {
  const closed = Date.parse(storage.getItem(SHIFT_KEY) ?? '');
  const midnight = dayStartIn(now, timeZone);
  const recent = Number.isFinite(closed) && now.getTime() - closed < 24 * 3600_000;
  return recent && closed <= now.getTime() ? new Date(closed) : midnight;
}

/** Closes the shift now: the next one starts here. */
export function closeShift(
  storage: Pick<Storage, 'setItem'> = localStorage,
  now = new Date(),
): void {
  storage.setItem(SHIFT_KEY, now.toISOString());
}
