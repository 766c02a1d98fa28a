import { deliverable, markSyncing, settle } from '../db';
import type { OutboxEntry, OutboxError, PosDb, Settlement } from '../db';
import type { PushRequest, PushResult as MutationResult } from '../contract/push';
import type { ApiClient } from './api-client';
import { collectionOf, toPushMutation } from './mutations';
import { toProblem } from './problem';
import { SyncError } from './sync-error';
import { toServerRecord } from './server-records';

/** Mutations per push request; the server accepts up to 500. */
export const PUSH_BATCH = 100;

/** What a push achieved. */
export interface PushResult {
  readonly delivered: number;
  readonly failed: number;
  /** Mutations the server's answer left out: they wait, and the next attempt backs off. */
  readonly unanswered: number;
  /** Why the push stopped early (offline, server trouble, signed out); the rest waits for a retry. */
  readonly stoppedBy: SyncError | undefined;
}

/** The device's health report for one request, given the ids of the sales it sends. */
export type HealthReport = (sending: readonly string[]) => PushRequest['health'] | undefined;

/** What a push needs. */
export interface PushContext {
  readonly db: PosDb;
  readonly api: ApiClient;
  readonly deviceId: string;
  readonly now: () => Date;
  readonly batchSize?: number;
  /**
   * Reads the device's health once per push and answers the report sent with each request;
   * `sending` are the ids of the sales it carries, which no longer count as waiting once it is answered.
   */
  readonly health?: (db: PosDb) => Promise<HealthReport>;
}

/**
 * Delivers the outbox through `POST /api/sync/push` (docs/sync-protocol.md, "Push"): every mutation in
 * written order, in requests of up to {@link PUSH_BATCH} of any kinds.
 *
 * 1: every answered mutation is settled: applied/duplicate → SYNCED with the server's copy of its
 *    record, rejected → FAILED with the reason; one the answer leaves out stays PENDING.
 * 2: a request refused as too large (413) is split in halves; a request refused as a whole is resent
 *    one mutation at a time, so only the mutation at fault fails.
 * 3: no answer, 5xx, 429 or a lost session stop the push; the entries go back to PENDING untouched.
 */
export async function pushOutbox(context: PushContext): Promise<PushResult> {
  const { db, now } = context;
  const entries = await deliverable(db);
  let batchSize = context.batchSize ?? PUSH_BATCH;
  let oneByOne = 0;
  const outcome = { delivered: 0, failed: 0, unanswered: 0 };
  // The device's health is read once a push, before its first request.
  let report: HealthReport | undefined;
  let index = 0;
  while (index < entries.length) {
    const batch = entries.slice(index, index + (oneByOne > 0 ? 1 : batchSize));
    const seqs = batch.map((entry) => entry.seq as number);
    await markSyncing(db, seqs, now());
    let settlements: Settlement[];
    try {
      report ??= (await context.health?.(db)) ?? (() => undefined);
      const remaining = entries.length - index - batch.length;
      settlements = await pushBatch(context, batch, remaining, report);
    } catch (failure) {
      const error =
        failure instanceof SyncError ? failure : new SyncError('retryable', { cause: failure });
      await settle(
        db,
        seqs.map((seq) => ({ seq, state: 'PENDING' })),
        now(),
      );
      if (error.code !== 'rejected') {
        return { ...outcome, stoppedBy: error };
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
    outcome.delivered += settlements.filter((settlement) => settlement.state === 'SYNCED').length;
    outcome.failed += settlements.filter((settlement) => settlement.state === 'FAILED').length;
    outcome.unanswered += settlements.filter((settlement) => settlement.state === 'PENDING').length;
    oneByOne = Math.max(0, oneByOne - batch.length);
    index += batch.length;
  }
  return { ...outcome, stoppedBy: undefined };
}

async function pushBatch(
  context: PushContext,
  batch: readonly OutboxEntry[],
  pending: number,
  report: HealthReport,
): Promise<Settlement[]> {
  const request: PushRequest = {
    device_id: context.deviceId,
    pending,
    mutations: batch.map(toPushMutation),
  };
  const sales = batch
    .filter((entry) => entry.name === 'sale.record')
    .map((entry) => entry.recordId);
  const health = report(sales);
  let answer;
  try {
    answer = await context.api.push(health === undefined ? request : { ...request, health });
  } catch (failure) {
    // A health report the server cannot take must never hold changes back: send them without it.
    const aboutHealth =
      failure instanceof SyncError &&
      failure.status === 400 &&
      (failure.problem?.errors ?? []).some((error) => error.field.startsWith('health'));
    if (!aboutHealth || health === undefined) {
      throw failure;
    }
    answer = await context.api.push(request);
  }
  const results = new Map((answer.results ?? []).map((result) => [result.id, result]));
  return batch.map((entry) => settlementOf(entry, results.get(entry.id)));
}

function settlementOf(entry: OutboxEntry, result: MutationResult | undefined): Settlement {
  const seq = entry.seq as number;
  if (result?.status === 'applied' || result?.status === 'duplicate') {
    const record = toServerRecord(result.collection ?? collectionOf(entry.name), result.record);
    return {
      seq,
      state: 'SYNCED',
      conflicts: (result.conflicts ?? []).flatMap((conflict) =>
        typeof conflict.type === 'string' ? [conflict.type] : [],
      ),
      ...(record !== undefined && { record }),
    };
  }
  if (result?.status === 'rejected') {
    const problem = toProblem(result.problem);
    return {
      seq,
      state: 'FAILED',
      error: {
        code: problem?.code ?? 'rejected',
        message: problem?.detail ?? problem?.title ?? '',
        status: problem?.status ?? null,
        ...(problem?.current !== undefined && { current: problem.current }),
      },
    };
  }
  // No answer for this mutation: keep it queued; the manager waits longer before the next attempt.
  return { seq, state: 'PENDING' };
}

function errorOf(error: SyncError): OutboxError {
  return {
    code: error.problem?.code ?? 'rejected',
    message: error.problem?.detail ?? error.problem?.title ?? '',
    status: error.status ?? null,
    ...(error.problem?.current !== undefined && { current: error.problem.current }),
  };
}
