/**
 * Backlog: a tablet that sold 10,000 times offline comes back online, and the app's own sync
 * manager pushes the lot through `POST /api/sync/push`. Measured from the moment the network
 * returns until the outbox has no mutation left to deliver, in sales per second; then the server
 * must hold exactly those 10,000 sales, each logged once as an applied `sale.record` mutation.
 * Baseline: the same `sale.record` mutations pushed from the same page with plain `fetch`, as many
 * a request as the app sends.
 *
 * @packageDocumentation
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DeviceIdentity } from '../src/db';
import { toPushMutation } from '../src/sync/mutations';
import { PUSH_BATCH } from '../src/sync/push';
import { adminApi, type Product } from '../e2e/support/api';
import {
  goOffline,
  goOnline,
  newDevice,
  TABLET,
  type Browser,
  type Device,
} from '../e2e/support/browser';
import { db } from '../e2e/support/db';
import {
  cookingOil1l,
  freshMilk500ml,
  maizeFlour2kg,
  rice5kg,
  seedCashier,
  seedStockedProduct,
  sugar1kg,
  tea100g,
  water1500ml,
} from '../e2e/support/fixtures';
import { openTill, waitForWaiting } from '../e2e/support/pos';
import { checkInjectedSalesFormat } from './format-check';
import { deviceRecords, waitInPage } from './support/device-state';
import {
  injectSales,
  varietyOfSales,
  type OfflineSale,
  type SalesPlan,
} from './support/offline-sales';
import { pushMutationsRaw } from './support/raw-baselines';
import type { ResultsCollector, RowSpec } from './support/results';
import { benchRounds } from './support/settings';

const SALES = 10_000;
/** Mutations per request of the baseline: as many as the app's push sends. */
const RAW_BATCH = PUSH_BATCH;
/** Sales posted before the first round, so the server's JIT is warm for both contenders. */
const WARM_UP_SALES = 2_000;
const TIMEOUT_MS = 10 * 60_000;

const BASELINE: RowSpec = {
  group: 'Backlog',
  name: `POST /api/sync/push from the same page, raw fetch, ${RAW_BATCH} sale.record mutations a request`,
  unit: 'sales/s',
  higherIsBetter: true,
};
const APP: RowSpec = {
  group: 'Backlog',
  name: `PWA sync manager pushes ${SALES.toLocaleString('en')} offline sales`,
  unit: 'sales/s',
  higherIsBetter: true,
  baseline: BASELINE,
};

/** Registers the backlog benchmark. */
export function describeBacklog(browser: () => Browser, results: ResultsCollector): void {
  describe('Backlog', () => {
    let products: Product[];

    beforeAll(async () => {
      // Stock enough for every round, so no sale is recorded as a conflict (oversold).
      const admin = await adminApi();
      const shelf = [sugar1kg, rice5kg, cookingOil1l, maizeFlour2kg, freshMilk500ml, tea100g];
      products = [];
      for (const product of [...shelf, water1500ml]) {
        products.push(await seedStockedProduct(admin, product(), 1_000_000));
      }
    });

    it('injects offline sales exactly as the sell screen stores them', async () => {
      await checkInjectedSalesFormat(browser(), [
        products[0] as Product,
        products[1] as Product,
        products[2] as Product,
      ]);
    });

    it(`pushes ${SALES} offline sales`, async () => {
      const app: number[] = [];
      const raw: number[] = [];
      const ids = new Set(products.map((product) => product.id));
      for (let round = 0; round < benchRounds(); round++) {
        const figures = await backlogRound(browser(), ids, round === 0 ? WARM_UP_SALES : 0);
        app.push(figures.app);
        raw.push(figures.raw);
        console.log(
          `[bench] backlog round ${round + 1}: app ${figures.app.toFixed(0)} sales/s, ` +
            `raw ${figures.raw.toFixed(0)} sales/s`,
        );
      }
      results.add(BASELINE, raw);
      results.add(APP, app);
      results.note(
        `Backlog: ${SALES.toLocaleString('en')} sales of 1–3 lines on a fresh tablet; timed from ` +
          'the network coming back until no outbox entry is PENDING or SYNCING (the app pushes ' +
          `${PUSH_BATCH} sale.record mutations a request to /api/sync/push and stores each answer in ` +
          'IndexedDB); the baseline sends the same mutations, as many a request, and stores nothing. ' +
          'Both must leave exactly the sales sent on the server, each with one applied-mutation row.',
      );
    });
  });
}

/**
 * One fresh tablet and cashier: the baseline first, while online (after a warm-up when asked),
 * then the app's backlog. Answers both figures in sales per second.
 */
async function backlogRound(
  browser: Browser,
  productIds: ReadonlySet<string>,
  warmUpSales: number,
): Promise<{ app: number; raw: number }> {
  const cashier = await seedCashier(await adminApi(), 'Amina Wanjiru');
  const till = await newDevice(browser, { name: 'backlog', viewport: TABLET });
  try {
    await openTill(till.page, cashier, []);
    await waitInPage(till.page, 'synced-once', TIMEOUT_MS);
    const { device, user, products } = await deviceRecords(till.page);
    const plan = (count: number, of: DeviceIdentity): SalesPlan => ({
      count,
      firstSeq: of.lastSaleSeq + 1,
      device: of,
      cashier: user,
      products: products.filter((product) => productIds.has(product.id)),
      lastSoldAt: new Date(),
    });
    if (warmUpSales > 0) {
      await pushRaw(till.page, (of) => plan(warmUpSales, of), device);
    }
    const raw = await pushRaw(till.page, (of) => plan(SALES, of), device);
    const app = await pushBacklog(till, plan(SALES, device));
    return { app, raw };
  } finally {
    await till.close();
  }
}

/** Pushes a plan's sales from the page with plain `fetch`, as a new device; answers sales/s. */
async function pushRaw(
  page: Page,
  plan: (of: DeviceIdentity) => SalesPlan,
  device: DeviceIdentity,
): Promise<number> {
  const id = randomUUID();
  const other = { ...device, id, salePrefix: id.slice(0, 4).toUpperCase(), lastSaleSeq: 0 };
  const sales = varietyOfSales(plan(other));
  const mutations = sales.map(({ entry }) => toPushMutation(entry));
  const pushed = await pushMutationsRaw(page, mutations, id, RAW_BATCH);
  expect(pushed).toMatchObject({ applied: sales.length, rejected: 0, firstProblem: null });
  await expectStored(id, sales);
  return sales.length / (pushed.ms / 1000);
}

/**
 * Puts the plan's sales into the tablet offline, starts the app and waits until it counts them all
 * as waiting; then brings the network back and times the app's sync manager until the outbox is
 * delivered. Fails unless the server then holds exactly these sales, none refused or in conflict.
 */
async function pushBacklog(till: Device, plan: SalesPlan): Promise<number> {
  const sales = varietyOfSales(plan);
  await goOffline(till.context);
  await till.page.goto('/favicon.svg'); // a page of the origin without the app running
  await injectSales(till.page, sales);
  await till.page.goto('/');
  await waitForWaiting(till.page, sales.length, TIMEOUT_MS);

  const started = performance.now();
  await goOnline(till.context);
  const outbox = await waitInPage(till.page, 'outbox-delivered', TIMEOUT_MS);
  const seconds = (performance.now() - started) / 1000;

  expect(outbox).toMatchObject({ synced: sales.length, failed: 0 });
  await expectStored(plan.device.id, sales);
  return sales.length / seconds;
}

/**
 * Fails unless the server holds exactly `sales` from the device, at their totals, none in conflict,
 * and its applied-mutation log one `sale.record` row per sale, naming the sale.
 */
async function expectStored(deviceId: string, sales: readonly OfflineSale[]): Promise<void> {
  const [stored] = await db.query<{ n: string; total: string }>(
    'SELECT count(*) AS n, sum(total_amount) AS total FROM sales WHERE device_id = $1',
    [deviceId],
  );
  expect(Number(stored?.n)).toBe(sales.length);
  const cents = sales.reduce((sum, { sale }) => sum + sale.totalAmount, 0);
  expect(Math.round(Number(stored?.total) * 100)).toBe(cents);
  expect(await db.count('sync_conflicts', 'device_id = $1', [deviceId])).toBe(0);
  const [logged] = await db.query<{ n: string; sales: string }>(
    `SELECT count(*) AS n, count(DISTINCT s.id) AS sales FROM applied_mutations a
     LEFT JOIN sales s ON s.id = a.record_id AND s.device_id = a.device_id
     WHERE a.device_id = $1 AND a.name = 'sale.record'`,
    [deviceId],
  );
  expect([Number(logged?.n), Number(logged?.sales)]).toStrictEqual([sales.length, sales.length]);
  expect(await db.count('applied_mutations', 'device_id = $1', [deviceId])).toBe(sales.length);
}
