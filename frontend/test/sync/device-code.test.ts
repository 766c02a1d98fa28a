import { deleteTestDb, openTestDb } from '../support/db';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getSale, loadDevice, type PosDb } from '../../src/db';
import { ApiClient } from '../../src/sync/api-client';
import { reportDevice } from '../../src/sync/device-health';
import { ringUp } from '../support/fixtures';
import { json, networkError, noContent, stubCookieStore, stubFetch } from '../support/http';

const TEN_MINUTES = 10 * 60_000;

describe('sale numbers and the device code', () => {
  let db: PosDb;
  let clock = Date.parse('2026-11-21T08:00:00Z');

  beforeEach(async () => {
    db = await openTestDb();
    stubCookieStore(new Map([['XSRF-TOKEN', 'csrf-5e1d']]));
    vi.stubGlobal('navigator', {
      storage: { persisted: async () => false, estimate: async () => ({}) },
    });
    // The report's ten-minute pause is remembered per app, not per test database.
    clock += 24 * 3600_000;
  });

  afterEach(async () => {
    vi.unstubAllGlobals();
    await deleteTestDb(db);
  });

  it('switches to the code the server gives from the next sale, leaving issued numbers alone', async () => {
    const device = await loadDevice(db);
    const before = await ringUp(db);
    stubFetch(() => json({ id: device.id, code: 'T1', name: null }));

    await reportDevice(db, new ApiClient(), clock);
    const after = await ringUp(db);

    expect(before.saleNumber).toBe(`${device.id.slice(0, 4).toUpperCase()}-000001`);
    expect(after.saleNumber).toBe('T1-000002');
    expect((await getSale(db, before.id))?.saleNumber).toBe(before.saleNumber);
    expect(await loadDevice(db)).toMatchObject({ salePrefix: 'T1', codeFromServer: true });
  });

  it('takes a code a manager changed at its next report, with the sequence going on', async () => {
    const device = await loadDevice(db);
    let code = 'T1';
    stubFetch(() => json({ id: device.id, code, name: null }));
    await reportDevice(db, new ApiClient(), clock);
    const first = await ringUp(db);

    code = 'BAR2';
    await reportDevice(db, new ApiClient(), clock + TEN_MINUTES);
    const second = await ringUp(db);

    expect([first.saleNumber, second.saleNumber]).toEqual(['T1-000001', 'BAR2-000002']);
  });

  it('keeps its own prefix while the server cannot be reached or gives no code', async () => {
    const device = await loadDevice(db);
    const prefix = device.id.slice(0, 4).toUpperCase();
    stubFetch(() => Promise.reject(networkError()));

    await expect(reportDevice(db, new ApiClient(), clock)).rejects.toThrow();
    const offline = await ringUp(db);
    stubFetch(() => noContent());
    await reportDevice(db, new ApiClient(), clock);
    const olderServer = await ringUp(db);

    expect([offline.saleNumber, olderServer.saleNumber]).toEqual([
      `${prefix}-000001`,
      `${prefix}-000002`,
    ]);
  });

  it('registers after every sync until it has a code, then every ten minutes', async () => {
    const device = await loadDevice(db);
    let code: string | null = null;
    const requests = stubFetch(() =>
      code === null ? noContent() : json({ id: device.id, code, name: null }),
    );

    await reportDevice(db, new ApiClient(), clock);
    code = 'T7';
    await reportDevice(db, new ApiClient(), clock + 1000);
    await reportDevice(db, new ApiClient(), clock + 2000);
    await reportDevice(db, new ApiClient(), clock + 1000 + TEN_MINUTES);

    expect(requests.map((request) => request.method)).toEqual(['PUT', 'PUT', 'PUT']);
  });
});
