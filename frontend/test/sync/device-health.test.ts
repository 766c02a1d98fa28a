import { deleteTestDb, openTestDb } from '../support/db';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listOutbox, type PosDb } from '../../src/db';
import { ApiClient } from '../../src/sync/api-client';
import { deviceHealth, healthReporter } from '../../src/sync/device-health';
import { pushOutbox } from '../../src/sync/push';
import { FakeShop } from '../support/fake-shop';
import { NOW, ringUp, ringUpMany } from '../support/fixtures';
import { json, problem, stubCookieStore, stubFetch, type SentRequest } from '../support/http';

describe('device health', () => {
  let db: PosDb;

  beforeEach(async () => {
    db = await openTestDb();
    stubCookieStore(new Map([['XSRF-TOKEN', 'csrf-5e1d']]));
    vi.stubGlobal('navigator', {
      storage: {
        persisted: async () => true,
        estimate: async () => ({ usage: 1_234_567.8, quota: 50_000_000 }),
      },
    });
  });

  afterEach(async () => {
    vi.unstubAllGlobals();
    await deleteTestDb(db);
  });

  it('reports storage and the oldest sale still waiting after the batch being sent', async () => {
    const [first, second] = await ringUpMany(db, 2);
    const later = new Date(NOW.getTime() + 60_000);
    await ringUp(db, undefined, later);

    const report = await deviceHealth(db, [first!.id, second!.id]);

    expect(report).toMatchObject({
      storage_persisted: true,
      storage_used_bytes: 1_234_568,
      storage_quota_bytes: 50_000_000,
      oldest_pending_at: later.toISOString(),
    });
    expect((await deviceHealth(db)).oldest_pending_at).toBe(NOW.toISOString());
    // One read a push: each batch's report leaves out every batch sent before it.
    const perBatch = await healthReporter(db);
    expect(perBatch([first!.id]).oldest_pending_at).toBe(NOW.toISOString());
    expect(perBatch([second!.id]).oldest_pending_at).toBe(later.toISOString());
  });

  it('goes with every push, and a report the server refuses never holds the sales back', async () => {
    await ringUpMany(db, 2);
    const shop = new FakeShop();
    const requests: SentRequest[] = stubFetch((request) => {
      const body = request.body as { health?: unknown; mutations: Record<string, unknown>[] };
      if (body.health !== undefined) {
        return problem(
          400,
          'validation-failed',
          'Some fields are not valid.',
          {},
          {
            errors: [{ field: 'health.storage_used_bytes', message: 'must be at most 10^15' }],
          },
        );
      }
      return json(shop.apply(body.mutations));
    });

    const result = await pushOutbox({
      db,
      api: new ApiClient(),
      deviceId: 'd-1',
      now: () => NOW,
      health: healthReporter,
    });

    expect(result.delivered).toBe(2);
    expect(requests.map((request) => 'health' in (request.body as object))).toEqual([true, false]);
    expect((await listOutbox(db)).map((entry) => entry.state)).toEqual(['SYNCED', 'SYNCED']);
  });
});
