/**
 * Scripted trouble on a device's pushes (`POST /api/sync/push`), through Playwright's request routing
 * on the device's context (which also sees the service worker's requests). Every push is logged with
 * the sale ids it carried and, when the server saw it, the server's answer for each sale.
 *
 * @example
 * ```ts
 * const pushes = await routePushes(device.context, ['server-error', 'lost-answer']);
 * // ... sell, sync ...
 * expect(pushes.faultsLeft).toBe(0);
 * await pushes.stop();
 * ```
 *
 * @packageDocumentation
 */
import type { BrowserContext, Route } from 'playwright-core';

/**
 * What happens to one push:
 * - `server-error`: answered 500 with a problem body; the server never sees it;
 * - `lost-request`: the connection drops before the request reaches the server;
 * - `lost-answer`: the server records the push, then the connection drops before the answer arrives.
 */
export type PushFault = 'server-error' | 'lost-request' | 'lost-answer';

/** A sale as a device sends it (the fields tests rewrite or look at). */
export interface PushedSale {
  id: string;
  device_seq: number;
  items: { product_id: string; quantity: number; unit_price: number }[];
  [field: string]: unknown;
}

/** A mutation as the device sends it. */
interface PushedMutation {
  readonly id: string;
  readonly name: string;
  readonly args: unknown;
}

/** One result of a push answer, as the server sends it. */
interface MutationResult {
  readonly id: string;
  readonly status: 'applied' | 'duplicate' | 'rejected';
  readonly problem?: { code: string; detail?: string };
  readonly conflicts?: { type: string }[];
}

/** The server's answer for one sale of a push (`applied` read as `created`). */
export interface PushResult {
  readonly id: string;
  readonly status: 'created' | 'duplicate' | 'rejected';
  readonly error?: { code: string; message: string };
  readonly conflicts?: { type: string }[];
}

/** One push the device made, and what became of it. */
export interface PushAttempt {
  /** The fault applied, or `through` when the push went to the server and back untouched. */
  readonly fault: PushFault | 'through';
  /** The ids of the sales in the request, in order (as the server received them, after a rewrite). */
  readonly saleIds: readonly string[];
  /** The server's results when it answered (also for `lost-answer`, whose answer the device lost). */
  readonly results?: readonly PushResult[];
}

/** The routing installed by {@link routePushes}. */
export interface PushRouting {
  /** Every push so far, in the order they arrived. */
  readonly log: readonly PushAttempt[];
  /** Faults not applied yet. */
  readonly faultsLeft: number;
  /** Removes the routing: pushes go to the server untouched (and unlogged) again. */
  stop(): Promise<void>;
}

/**
 * Routes the device's pushes: the first ones suffer `faults` in order, one each, and the rest go
 * through. `rewrite` may change the sales of a push before the server sees it (e.g. to make the
 * server refuse one); it is called for every push that reaches the server.
 */
export async function routePushes(
  context: BrowserContext,
  faults: readonly PushFault[] = [],
  rewrite?: (sales: PushedSale[]) => PushedSale[],
): Promise<PushRouting> {
  const pending = [...faults];
  const log: PushAttempt[] = [];
  const pattern = '**/api/sync/push';
  let stopped = false;
  const handler = (route: Route) =>
    handle(route).catch((error: unknown) => {
      // A push in flight when the routing stopped has been handed back to the browser already.
      if (!stopped) {
        throw error;
      }
    });
  const handle = async (route: Route) => {
    const request = route.request().postDataJSON() as { mutations: PushedMutation[] };
    const fault = pending.shift();
    const sent = request.mutations.filter((mutation) => mutation.name === 'sale.record');
    if (fault === 'server-error') {
      log.push({ fault, saleIds: idsOf(sent.map(saleOf)) });
      await route.fulfill({
        status: 500,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Internal Server Error',
          status: 500,
          detail: 'Injected by the e2e test',
          code: 'internal-error',
        }),
      });
      return;
    }
    if (fault === 'lost-request') {
      log.push({ fault, saleIds: idsOf(sent.map(saleOf)) });
      await route.abort('connectionreset');
      return;
    }
    const sales = rewrite === undefined ? sent.map(saleOf) : rewrite(sent.map(saleOf));
    // A rewrite may change sales or drop them (the server never sees those): match by the sale's id.
    const kept = new Map(sales.map((sale) => [sale.id, sale]));
    const saleOfMutation = new Map(
      sent.map((mutation) => [mutation.id, kept.get(saleOf(mutation).id)]),
    );
    const mutations = request.mutations.flatMap((mutation) => {
      if (mutation.name !== 'sale.record') {
        return [mutation];
      }
      const sale = saleOfMutation.get(mutation.id);
      return sale === undefined ? [] : [{ ...mutation, args: sale }];
    });
    if (mutations.length === 0) {
      // Everything was dropped: answer as a server that received none of it, leaving all queued.
      log.push({ fault: fault ?? 'through', saleIds: [], results: [] });
      await route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ applied: 0, duplicates: 0, rejected: 0, results: [] }),
      });
      return;
    }
    const response = await route.fetch(
      rewrite === undefined ? {} : { postData: JSON.stringify({ ...request, mutations }) },
    );
    const answer = (await response.json().catch(() => ({}))) as { results?: MutationResult[] };
    log.push({
      fault: fault ?? 'through',
      saleIds: idsOf(sales),
      ...(answer.results === undefined
        ? {}
        : { results: answer.results.flatMap((result) => saleResult(result, saleOfMutation)) }),
    });
    if (fault === 'lost-answer') {
      await route.abort('connectionreset');
    } else {
      await route.fulfill({ response });
    }
  };
  await context.route(pattern, handler);
  return {
    log,
    get faultsLeft() {
      return pending.length;
    },
    stop: () => {
      stopped = true;
      return context.unroute(pattern, handler);
    },
  };
}

function idsOf(sales: readonly PushedSale[]): string[] {
  return sales.map((sale) => sale.id);
}

function saleOf(mutation: PushedMutation): PushedSale {
  return mutation.args as PushedSale;
}

/** A sale's result in the terms the tests use (the sale's id; `created` for `applied`). */
function saleResult(
  result: MutationResult,
  saleOfMutation: ReadonlyMap<string, PushedSale | undefined>,
): PushResult[] {
  const sale = saleOfMutation.get(result.id);
  if (sale === undefined) {
    return [];
  }
  return [
    {
      id: sale.id,
      status: result.status === 'applied' ? 'created' : result.status,
      ...(result.problem !== undefined && {
        error: { code: result.problem.code, message: result.problem.detail ?? '' },
      }),
      ...(result.conflicts !== undefined && { conflicts: result.conflicts }),
    },
  ];
}
