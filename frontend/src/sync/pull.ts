import { applyPullPage, restartFullPull, loadPullState } from '../db';
import type { Collection, Incoming, PosDb, PullState, Tombstone } from '../db';
import type { ApiClient } from './api-client';
import { SyncError } from './sync-error';
import { toCustomer, toProduct, toSale } from './server-records';

/** Records per pull request (a page of products is about 250 kB of JSON); the server allows 5000. */
export const PULL_LIMIT = 1000;

const converters: {
  [C in Collection]: (json: unknown) => Incoming<C> | Tombstone | undefined;
} = { products: toProduct, customers: toCustomer, sales: toSale };

/**
 * Pulls one collection until the server has nothing more: each page and its cursor are stored together,
 * so an interrupted download resumes where it stopped. `410 cursor-expired` starts a full download again
 * (the outbox is untouched); so does a cursor the server no longer reads (`400 invalid-cursor`). Calls `onPage` after each stored page.
 */
export async function pullCollection<C extends Collection>(
  db: PosDb,
  api: ApiClient,
  collection: C,
  onPage: (state: PullState) => void = () => {},
  now: () => Date = () => new Date(),
): Promise<PullState> {
  let state = await loadPullState(db, collection);
  let restarts = 0;
  for (;;) {
    let page;
    try {
      page = await api.pull(collection, state.cursor, PULL_LIMIT);
    } catch (failure) {
      if (isCursorExpired(failure) && restarts < 2) {
        restarts++;
        state = await restartFullPull(db, collection);
        continue;
      }
      throw failure;
    }
    const convert = converters[collection] as (
      json: unknown,
    ) => Incoming<C> | Tombstone | undefined;
    const records = page.data.map((json) => convert(json));
    if (records.includes(undefined)) {
      // The server sent a record we cannot read: store nothing of this page and try again later.
      throw new SyncError('retryable', { status: 200 });
    }
    state = await applyPullPage(
      db,
      collection,
      {
        records: records as (Incoming<C> | Tombstone)[],
        cursor: page.cursor,
        hasMore: page.hasMore,
      },
      now(),
    );
    onPage(state);
    if (!page.hasMore) {
      return state;
    }
  }
}

/** A cursor the server can no longer serve (410) or no longer reads (400 invalid-cursor). */
function isCursorExpired(failure: unknown): boolean {
  return (
    failure instanceof SyncError &&
    (failure.status === 410 || failure.problem?.code === 'invalid-cursor')
  );
}
