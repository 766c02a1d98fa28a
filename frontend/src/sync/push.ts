import { deliverable, markSyncing, settle } from '../db';
import type { OutboxEntry, OutboxError, PosDb, Settlement } from '../db';
import type { ApiClient } from './api-client';
import { isRecord } from './problem';
import { SyncError } from './sync-error';
import { toCustomer, toProduct, toSale } from './wire';

/** Sales per `bulk_create` request; the server accepts up to 500. */
export const PUSH_BATCH = 100;

/** What a push achieved. */
export interface PushResult {
  readonly delivered: number;
  readonly failed: number;
  /** Why the push stopped early (offline, server trouble, signed out); the rest waits for a retry. */
  readonly stoppedBy: SyncError | undefined;
}

/** What a push needs. */
export interface PushContext {
  readonly db: PosDb;
  readonly api: ApiClient;
  readonly deviceId: string;
  readonly now: () => Date;
  readonly batchSize?: number;
  /**
   * Reads the device's health once per push and answers the report sent with each batch of sales;
   * `sending` are the batch's ids, which no longer count as waiting once it is answered.
   */
  readonly health?: (db: PosDb) => Promise<(sending: readonly string[]) => unknown>;
}

/**
 * Delivers the outbox in written order. Runs of sales go in batches; customers (`PUT`) and managers'
 * catalogue changes (the request each entry carries) one by one.
 *
 * 1: every answered entry is settled: created/duplicate → SYNCED, rejected → FAILED with the reason.
 * 2: a refused request (413) is split in halves; a request refused as a whole is resent one sale at a
 *    time, so only the sale at fault fails.
 * 3: no answer, 5xx, 429 or a lost session stop the push; the entries go back to PENDING untouched.
 */
export async function pushOutbox(context: PushContext): Promise<PushResult> {
  const { db, now } = context;
  const entries = await deliverable(db);
  let batchSize = context.batchSize ?? PUSH_BATCH;
  let oneByOne = 0;
  let delivered = 0;
  let failed = 0;
  // The device's health is read once a push, on its first batch of sales.
  let report: ((sending: readonly string[]) => unknown) | undefined;
  let index = 0;
  while (index < entries.length) {
    const first = entries[index] as OutboxEntry;
    const batch =
      first.kind === 'sale' ? saleRun(entries, index, oneByOne > 0 ? 1 : batchSize) : [first];
    const seqs = batch.map((entry) => entry.seq as number);
    await markSyncing(db, seqs, now());
    let settlements: Settlement[];
    try {
      if (first.kind === 'sale' && report === undefined) {
        report = (await context.health?.(db)) ?? (() => undefined);
      }
      settlements =
        first.kind === 'sale' && report !== undefined
          ? await pushSales(context, batch, entries.length - index, report)
          : [await pushOne(context, first)];
    } catch (failure) {
      const error =
        failure instanceof SyncError ? failure : new SyncError('retryable', { cause: failure });
      await settle(
        db,
        seqs.map((seq) => ({ seq, state: 'PENDING' })),
        now(),
      );
      if (error.code !== 'rejected') {
        return { delivered, failed, stoppedBy: error };
      }
      if (error.status === 413 && batch.length > 1) {
        batchSize = Math.max(1, Math.floor(batch.length / 2));
        continue;
      }
      if (batch.length > 1) {
        oneByOne = batch.length;
        continue;
      }
      settlements = [{ seq: seqs[0] as number, state: 'FAILED', error: errorOf(error) }];
    }
    await settle(db, settlements, now());
    delivered += settlements.filter((settlement) => settlement.state === 'SYNCED').length;
    failed += settlements.filter((settlement) => settlement.state === 'FAILED').length;
    oneByOne = Math.max(0, oneByOne - batch.length);
    index += batch.length;
  }
  return { delivered, failed, stoppedBy: undefined };
}

function saleRun(entries: readonly OutboxEntry[], from: number, size: number): OutboxEntry[] {
  const run: OutboxEntry[] = [];
  for (let index = from; index < entries.length && run.length < size; index++) {
    const entry = entries[index] as OutboxEntry;
    if (entry.kind !== 'sale') {
      break;
    }
    run.push(entry);
  }
  return run;
}

async function pushSales(
  context: PushContext,
  batch: readonly OutboxEntry[],
  pending: number,
  report: (sending: readonly string[]) => unknown,
): Promise<Settlement[]> {
  const request = {
    device_id: context.deviceId,
    pending,
    sales: batch.map((entry) => entry.body),
  };
  const health = report(batch.map((entry) => entry.recordId));
  let answer: unknown;
  try {
    answer = await context.api.pushSales(health === undefined ? request : { ...request, health });
  } catch (failure) {
    // A health report the server cannot take must never hold sales back: send them without it.
    const aboutHealth =
      failure instanceof SyncError &&
      failure.status === 400 &&
      (failure.problem?.errors ?? []).some((error) => error.field.startsWith('health'));
    if (!aboutHealth || health === undefined) {
      throw failure;
    }
    answer = await context.api.pushSales(request);
  }
  const results = new Map<string, Record<string, unknown>>();
  if (isRecord(answer) && Array.isArray(answer['results'])) {
    for (const result of answer['results']) {
      if (isRecord(result) && typeof result['id'] === 'string') {
        results.set(result['id'], result);
      }
    }
  }
  return batch.map((entry) => settlementOf(entry, results.get(entry.recordId)));
}

function settlementOf(entry: OutboxEntry, result: Record<string, unknown> | undefined): Settlement {
  const seq = entry.seq as number;
  const status = result?.['status'];
  if (result !== undefined && (status === 'created' || status === 'duplicate')) {
    const sale = toSale(result['sale']);
    const conflicts = Array.isArray(result['conflicts'])
      ? result['conflicts'].flatMap((conflict) =>
          isRecord(conflict) && typeof conflict['type'] === 'string' ? [conflict['type']] : [],
        )
      : [];
    return {
      seq,
      state: 'SYNCED',
      conflicts,
      ...(sale !== undefined && !('deleted' in sale) && { sale }),
    };
  }
  if (result !== undefined && status === 'rejected') {
    const error = isRecord(result['error']) ? result['error'] : {};
    return {
      seq,
      state: 'FAILED',
      error: {
        code: typeof error['code'] === 'string' ? error['code'] : 'rejected',
        message: typeof error['message'] === 'string' ? error['message'] : '',
        status: null,
      },
    };
  }
  // No answer for this sale: keep it queued, the next push sends it again.
  return { seq, state: 'PENDING' };
}

async function pushOne(context: PushContext, entry: OutboxEntry): Promise<Settlement> {
  const seq = entry.seq as number;
  if (entry.kind === 'customer') {
    const customer = toCustomer(await context.api.putCustomer(entry.recordId, entry.body));
    return {
      seq,
      state: 'SYNCED',
      ...(customer !== undefined && !('deleted' in customer) && { customer }),
    };
  }
  const request = entry.request;
  if (request === undefined) {
    return { seq, state: 'FAILED', error: { code: 'invalid-entry', message: '', status: null } };
  }
  const headers: Record<string, string> =
    request.ifMatch === undefined ? {} : { 'If-Match': `"${request.ifMatch}"` };
  const answer = await context.api.call(request.method, request.path, entry.body, headers);
  const product = entry.kind === 'stock-adjustment' ? undefined : toProduct(answer.body);
  return {
    seq,
    state: 'SYNCED',
    ...(product !== undefined && !('deleted' in product) && { product }),
  };
}

function errorOf(error: SyncError): OutboxError {
  return {
    code: error.problem?.code ?? 'rejected',
    message: error.problem?.detail ?? error.problem?.title ?? '',
    status: error.status ?? null,
    ...(error.problem?.current !== undefined && { current: error.problem.current }),
  };
}
