import { deleteTestDb, openTestDb } from '../support/db';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listOutbox, loadDevice, markSyncing } from '../../src/db';
import type { OutboxEntry, PosDb, Sale } from '../../src/db';
import { ApiClient } from '../../src/sync/api-client';
import { pushOutbox, type PushResult } from '../../src/sync/push';
import { FakeShop } from '../support/fake-shop';
import {
  cashSale,
  juma,
  mafuta,
  NOW,
  queueCustomer,
  ringUp,
  ringUpMany,
  sukari,
} from '../support/fixtures';
import {
  cutOff,
  json,
  networkError,
  noContent,
  problem,
  stubCookieStore,
  stubFetch,
  type Handler,
  type SentRequest,
} from '../support/http';

type Json = Record<string, unknown>;

interface PushBody {
  readonly device_id: string;
  readonly pending: number;
  readonly mutations: Json[];
}

describe('pushOutbox', () => {
  let db: PosDb;
  let shop: FakeShop;
  let cookies: Map<string, string>;
  let deviceId: string;
  let requests: SentRequest[];

  beforeEach(async () => {
    db = await openTestDb();
    shop = new FakeShop();
    cookies = new Map([['XSRF-TOKEN', 'csrf-5e1d']]);
    stubCookieStore(cookies);
    deviceId = (await loadDevice(db)).id;
    requests = serve(shopRoutes);
  });

  afterEach(async () => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    await deleteTestDb(db);
  });

  function serve(handler: Handler): SentRequest[] {
    requests = stubFetch(handler);
    return requests;
  }

  /** The backend as docs/sync-protocol.md describes it. */
  function shopRoutes(request: SentRequest): Response {
    if (request.method === 'POST' && request.path === '/api/sync/push') {
      return shop.push(request.body);
    }
    if (request.method === 'GET' && request.path === '/api/auth/csrf') {
      return noContent();
    }
    return problem(404, 'not-found', `${request.method} ${request.path}`);
  }

  function push(batchSize?: number): Promise<PushResult> {
    const api = new ApiClient(async () => ({
      id: deviceId,
      name: 'Kaunta 1',
      appVersion: '1.4.0',
    }));
    return pushOutbox({
      db,
      api,
      deviceId,
      now: () => NOW,
      ...(batchSize !== undefined && { batchSize }),
    });
  }

  function pushes(): PushBody[] {
    return requests
      .filter((request) => request.path === '/api/sync/push')
      .map((request) => request.body as PushBody);
  }

  /** The records each push request was about (sale ids, customer ids, …). */
  function batches(): string[][] {
    return pushes().map((body) => body.mutations.map((mutation) => args(mutation)['id'] as string));
  }

  async function states(): Promise<Record<string, OutboxEntry['state']>> {
    const entries = await listOutbox(db);
    const sales = await db.getAll('sales');
    const numbers = new Map(sales.map((sale) => [sale.id, sale.saleNumber]));
    return Object.fromEntries(
      entries.map((entry) => [numbers.get(entry.recordId) ?? entry.recordId, entry.state]),
    );
  }

  describe('requests', () => {
    it('sends the queued mutations in written order in one push, serialised as the contract says', async () => {
      const sales = await ringUpMany(db, 3);
      const entries = await listOutbox(db);

      await push();

      expect(pushes()).toEqual([
        {
          device_id: deviceId,
          pending: 0,
          mutations: entries.map((entry) => ({
            id: entry.id,
            name: 'sale.record',
            args: entry.args,
            created_at: entry.createdAt,
          })),
        },
      ]);
      expect(batches()[0]).toEqual(sales.map((sale) => sale.id));
    });

    it('names the device and carries the XSRF token from the cookie store', async () => {
      await ringUpMany(db, 1);

      await push();

      expect(requests).toHaveLength(1);
      const [request] = requests as [SentRequest];
      expect(request.method).toBe('POST');
      expect(request.headers.get('X-Device-Id')).toBe(deviceId);
      expect(request.headers.get('X-Device-Name')).toBe('Kaunta 1');
      expect(request.headers.get('X-App-Version')).toBe('1.4.0');
      expect(request.headers.get('X-XSRF-TOKEN')).toBe('csrf-5e1d');
      expect(request.headers.get('Content-Type')).toBe('application/json');
      expect(request.signal).toBeInstanceOf(AbortSignal);
    });

    it('asks /api/auth/csrf for a token when the cookie store has none', async () => {
      cookies.clear();
      serve((request) => {
        if (request.path === '/api/auth/csrf') {
          cookies.set('XSRF-TOKEN', 'csrf-fresh'); // what the Set-Cookie header would do
          return noContent();
        }
        return shopRoutes(request);
      });
      await ringUpMany(db, 1);

      await push();

      expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
        'GET /api/auth/csrf',
        'POST /api/sync/push',
      ]);
      expect(requests[1]?.headers.get('X-XSRF-TOKEN')).toBe('csrf-fresh');
    });

    it('splits a long queue into batches, reporting what remains once each is accepted', async () => {
      await ringUpMany(db, 5);

      const result = await push(2);

      expect(pushes().map((body) => [body.mutations.length, body.pending])).toEqual([
        [2, 3],
        [2, 1],
        [1, 0],
      ]);
      expect(result).toEqual({ delivered: 5, failed: 0, unanswered: 0, stoppedBy: undefined });
    });

    it('sends nothing when the outbox is empty', async () => {
      const result = await push();

      expect(requests).toEqual([]);
      expect(result).toEqual({ delivered: 0, failed: 0, unanswered: 0, stoppedBy: undefined });
    });

    it('sends nothing for entries already confirmed', async () => {
      await ringUpMany(db, 2);
      await push();
      requests.length = 0;

      await push();

      expect(requests).toEqual([]);
    });

    it('resends exactly the same body after a failure', async () => {
      await ringUpMany(db, 2);
      const failed = serve(() => problem(503, 'unavailable', 'Maintenance'));
      await push();

      const delivered = serve(shopRoutes);
      await push();

      expect(delivered[0]?.body).toEqual(failed[0]?.body);
      expect(shop.sales.size).toBe(2);
    });
  });

  describe('a 200 answer', () => {
    it('marks applied sales SYNCED and stores the server’s copy', async () => {
      const [sale] = (await ringUpMany(db, 1)) as [Sale];

      const result = await push();

      expect(result).toEqual({ delivered: 1, failed: 0, unanswered: 0, stoppedBy: undefined });
      expect(await listOutbox(db)).toEqual([
        expect.objectContaining({
          state: 'SYNCED',
          attempts: 1,
          syncedAt: NOW.toISOString(),
          lastError: null,
        }),
      ]);
      expect(await db.get('sales', sale.id)).toEqual({
        ...sale,
        version: 1001,
        cashierName: 'Amina Wanjiru', // the server sends only cashier_id
      });
    });

    it('marks duplicates SYNCED: the server already had them', async () => {
      await ringUpMany(db, 2);
      const first = (await listOutbox(db))[0] as OutboxEntry;
      shop.record([first.args as Json]); // an earlier push whose answer was lost

      const result = await push();

      expect(result.delivered).toBe(2);
      expect(Object.values(await states())).toEqual(['SYNCED', 'SYNCED']);
      expect(shop.creations.get(first.recordId)).toBe(1);
    });

    it('records the conflicts the server noted', async () => {
      await ringUpMany(db, 1);
      serve((request) => {
        const mutation = (request.body as PushBody).mutations[0] as Json;
        return json({
          applied: 1,
          duplicates: 0,
          rejected: 0,
          results: [
            {
              id: mutation['id'],
              name: 'sale.record',
              status: 'applied',
              collection: 'sales',
              record: null,
              conflicts: [
                { type: 'oversold', product_id: sukari().id, stock_after: -2 },
                { type: 'price-mismatch', product_id: sukari().id },
              ],
            },
          ],
        });
      });

      await push();

      expect(await listOutbox(db)).toEqual([
        expect.objectContaining({ state: 'SYNCED', conflicts: ['oversold', 'price-mismatch'] }),
      ]);
    });

    it('fails a rejected sale with the server’s reason and delivers the rest of the batch', async () => {
      const sales = await ringUpMany(db, 3);
      shop.refused.set((sales[1] as Sale).id, {
        code: 'unknown-product',
        message: 'Product 0b8f… does not exist',
      });

      const result = await push();

      expect(result).toEqual({ delivered: 2, failed: 1, unanswered: 0, stoppedBy: undefined });
      const [first, second, third] = await listOutbox(db);
      expect(first?.state).toBe('SYNCED');
      expect(second).toMatchObject({
        state: 'FAILED',
        lastError: {
          code: 'unknown-product',
          message: 'Product 0b8f… does not exist',
          status: 422,
        },
      });
      expect(third?.state).toBe('SYNCED');
      expect(await db.get('sales', (sales[1] as Sale).id)).toEqual(sales[1]);
    });

    it('keeps a mutation the answer does not mention queued, and says so', async () => {
      await ringUpMany(db, 2);
      serve((request) => {
        const answer = shop.apply((request.body as PushBody).mutations);
        return json({ ...answer, results: (answer['results'] as Json[]).slice(0, 1) });
      });

      const result = await push();

      expect(result).toEqual({ delivered: 1, failed: 0, unanswered: 1, stoppedBy: undefined });
      expect((await listOutbox(db)).map((entry) => entry.state)).toEqual(['SYNCED', 'PENDING']);
    });
  });

  describe('a request refused as a whole', () => {
    it.each([
      [409, 'id-conflict'],
      [412, 'precondition-failed'],
      [422, 'validation'],
      [400, 'malformed-request'],
    ])(
      'resends the batch one mutation at a time after a %i, failing only the one at fault',
      async (status, code) => {
        const sales = await ringUpMany(db, 4);
        const culprit = (sales[2] as Sale).id;
        serve((request) => {
          const body = request.body as PushBody;
          if (body.mutations.some((mutation) => args(mutation)['id'] === culprit)) {
            return problem(status, code, 'amount_tendered must be a number');
          }
          return shopRoutes(request);
        });

        const result = await push();

        expect(batches().map((batch) => batch.length)).toEqual([4, 1, 1, 1, 1]);
        expect(result).toEqual({ delivered: 3, failed: 1, unanswered: 0, stoppedBy: undefined });
        expect((await listOutbox(db)).map((entry) => entry.state)).toEqual([
          'SYNCED',
          'SYNCED',
          'FAILED',
          'SYNCED',
        ]);
        expect((await listOutbox(db))[2]?.lastError).toEqual({
          code,
          message: 'amount_tendered must be a number',
          status,
        });
      },
    );

    it('goes back to full batches after the run it split', async () => {
      const sales = await ringUpMany(db, 5);
      const culprit = (sales[0] as Sale).id;
      serve((request) => {
        const body = request.body as PushBody;
        if (body.mutations.some((mutation) => args(mutation)['id'] === culprit)) {
          return problem(422, 'validation', 'discount must not be negative');
        }
        return shopRoutes(request);
      });

      await push(2);

      expect(batches().map((batch) => batch.length)).toEqual([2, 1, 1, 2, 1]);
    });

    it('halves the batch after a 413 until it fits, and delivers everything', async () => {
      await ringUpMany(db, 7);
      serve((request) => {
        if ((request.body as PushBody).mutations.length > 2) {
          return problem(413, 'batch-too-large', 'At most 500 sales a request');
        }
        return shopRoutes(request);
      });

      const result = await push(7);

      expect(batches().map((batch) => batch.length)).toEqual([7, 3, 1, 1, 1, 1, 1, 1, 1]);
      expect(result).toEqual({ delivered: 7, failed: 0, unanswered: 0, stoppedBy: undefined });
      expect(shop.sales.size).toBe(7);
      expect(new Set((await listOutbox(db)).map((entry) => entry.state))).toEqual(
        new Set(['SYNCED']),
      );
    });

    it('fails a single sale the server says is too large', async () => {
      await ringUpMany(db, 1);
      serve(() => problem(413, 'payload-too-large', 'Request too large'));

      const result = await push();

      expect(result).toEqual({ delivered: 0, failed: 1, unanswered: 0, stoppedBy: undefined });
      expect((await listOutbox(db))[0]?.lastError?.code).toBe('payload-too-large');
    });
  });

  describe('no answer it can use', () => {
    const cases: [string, Handler, string, number | undefined][] = [
      [
        '429 with Retry-After',
        () => problem(429, 'too-many-requests', 'Slow down', { 'Retry-After': '120' }),
        'retryable',
        120,
      ],
      ['500', () => problem(500, 'internal', 'Something went wrong'), 'retryable', undefined],
      [
        '503 with Retry-After',
        () =>
          new Response('<h1>Service Unavailable</h1>', {
            status: 503,
            headers: { 'Content-Type': 'text/html', 'Retry-After': '30' },
          }),
        'retryable',
        30,
      ],
      [
        'a network error',
        () => {
          throw networkError();
        },
        'offline',
        undefined,
      ],
      [
        'a 200 whose body was cut off',
        (request) => cutOff(shop.apply((request.body as PushBody).mutations)),
        'retryable',
        undefined,
      ],
      [
        'a 200 that is not JSON',
        () => new Response('<html>Wi-Fi login</html>'),
        'retryable',
        undefined,
      ],
    ];

    it.each(cases)(
      'keeps every entry queued after %s',
      async (_name, handler, code, retryAfterSeconds) => {
        await ringUpMany(db, 5);
        serve(handler);

        const result = await push(2);

        expect(requests).toHaveLength(1); // the push stops at the first failure
        expect(result.delivered).toBe(0);
        expect(result.failed).toBe(0);
        expect(result.stoppedBy?.code).toBe(code);
        expect(result.stoppedBy?.retryAfterSeconds).toBe(retryAfterSeconds);
        expect((await listOutbox(db)).map((entry) => [entry.state, entry.attempts])).toEqual([
          ['PENDING', 1],
          ['PENDING', 1],
          ['PENDING', 0],
          ['PENDING', 0],
          ['PENDING', 0],
        ]);
        expect(await db.count('sales')).toBe(5);
      },
    );

    it('keeps every entry queued when the server does not answer within the timeout', async () => {
      await ringUpMany(db, 2);
      const timer = new AbortController();
      const timeout = vi.spyOn(AbortSignal, 'timeout').mockReturnValue(timer.signal);
      serve(
        (request) =>
          new Promise<Response>((_resolve, reject) => {
            request.signal?.addEventListener('abort', () => reject(request.signal?.reason));
          }),
      );

      const pushing = push();
      await vi.waitFor(() => expect(requests).toHaveLength(1));
      timer.abort(new DOMException('signal timed out', 'TimeoutError'));
      const result = await pushing;

      expect(timeout).toHaveBeenCalledWith(60_000);
      expect(result.stoppedBy?.code).toBe('offline');
      expect((await listOutbox(db)).map((entry) => [entry.state, entry.attempts])).toEqual([
        ['PENDING', 1],
        ['PENDING', 1],
      ]);
    });

    it('stops on 401 with the entries queued until someone signs in', async () => {
      await ringUpMany(db, 2);
      serve(() => problem(401, 'unauthenticated', 'Session expired'));

      const result = await push();

      expect(result.stoppedBy?.code).toBe('unauthenticated');
      expect(result.stoppedBy?.status).toBe(401);
      expect((await listOutbox(db)).map((entry) => [entry.state, entry.attempts])).toEqual([
        ['PENDING', 1],
        ['PENDING', 1],
      ]);
    });

    it('counts every attempt', async () => {
      await ringUpMany(db, 1);
      serve(() => problem(503, 'unavailable', 'Maintenance'));

      await push();
      await push();
      await push();

      expect((await listOutbox(db))[0]).toMatchObject({ state: 'PENDING', attempts: 3 });
    });

    it('delivers what went before the failure', async () => {
      await ringUpMany(db, 4);
      let calls = 0;
      serve((request) => (++calls === 1 ? shopRoutes(request) : problem(502, 'bad-gateway', '')));

      const result = await push(2);

      expect(result.delivered).toBe(2);
      expect(result.stoppedBy?.code).toBe('retryable');
      expect((await listOutbox(db)).map((entry) => entry.state)).toEqual([
        'SYNCED',
        'SYNCED',
        'PENDING',
        'PENDING',
      ]);
    });
  });

  describe('order', () => {
    it('sends a customer created offline between the sales around it, in one request', async () => {
      const first = await ringUp(db, cashSale([[mafuta(), 1_000]]));
      const customer = await queueCustomer(db, juma());
      const second = await ringUp(db, { ...cashSale([[sukari(), 1_000]]), customer });

      const result = await push();

      expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
        'POST /api/sync/push',
      ]);
      expect(pushes()[0]?.mutations.map((mutation) => mutation['name'])).toEqual([
        'sale.record',
        'customer.upsert',
        'sale.record',
      ]);
      expect(batches()).toEqual([[first.id, customer.id, second.id]]);
      expect(args(pushes()[0]?.mutations[2] as Json)['customer_id']).toBe(customer.id);
      expect(result).toEqual({ delivered: 3, failed: 0, unanswered: 0, stoppedBy: undefined });
      expect(await db.get('customers', customer.id)).toMatchObject({ version: 1002 });
    });

    it('mixes kinds in batches of the batch size without reordering them', async () => {
      const first = await ringUp(db);
      const customer = await queueCustomer(db, juma());
      const second = await ringUp(db);

      await push(2);

      expect(batches()).toEqual([[first.id, customer.id], [second.id]]);
    });

    it('fails a refused customer and goes on with the queue', async () => {
      await queueCustomer(db, juma({ name: '' }));
      await ringUpMany(db, 1);
      serve((request) => {
        const answer = shop.apply((request.body as PushBody).mutations);
        const results = (answer['results'] as Json[]).map((result) =>
          result['name'] === 'customer.upsert'
            ? {
                id: result['id'],
                name: 'customer.upsert',
                status: 'rejected',
                problem: {
                  type: 'https://pos.example/problems/validation-failed',
                  title: 'Validation failed',
                  status: 400,
                  detail: 'name must not be blank',
                  code: 'validation-failed',
                  errors: [{ field: 'args.name', message: 'must not be blank' }],
                },
              }
            : result,
        );
        return json({ ...answer, results });
      });

      const result = await push();

      expect(result).toEqual({ delivered: 1, failed: 1, unanswered: 0, stoppedBy: undefined });
      expect((await listOutbox(db)).map((entry) => [entry.name, entry.state])).toEqual([
        ['customer.upsert', 'FAILED'],
        ['sale.record', 'SYNCED'],
      ]);
      expect((await listOutbox(db))[0]?.lastError).toEqual({
        code: 'validation-failed',
        message: 'name must not be blank',
        status: 400,
      });
    });

    it('delivers a sale left SYNCING by a closed tab, before newer ones', async () => {
      const sales = await ringUpMany(db, 3);
      await markSyncing(db, [1], NOW); // …and the tab was closed before the answer came

      await push();

      expect(batches()[0]).toEqual(sales.map((sale) => sale.id));
      expect((await listOutbox(db)).map((entry) => [entry.state, entry.attempts])).toEqual([
        ['SYNCED', 2],
        ['SYNCED', 1],
        ['SYNCED', 1],
      ]);
    });
  });
});

function args(mutation: Json): Json {
  return mutation['args'] as Json;
}
