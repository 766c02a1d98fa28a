/**
 * Pull into IndexedDB: a shop with 100,000 products; a fresh tablet signs in and the app's own
 * sync manager downloads the catalogue into IndexedDB (PULL_LIMIT products a request), timed from its
 * first products request until the download is marked complete, in products per second. Against
 * the same records written raw into IndexedDB in one transaction, and the same pages fetched raw
 * and not stored, so the ratios show where the time goes.
 *
 * @packageDocumentation
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from '../e2e/support/api';
import { newDevice, TABLET, type Browser } from '../e2e/support/browser';
import { db } from '../e2e/support/db';
import { seedCashier, type SeededUser } from '../e2e/support/fixtures';
import { countStore } from '../e2e/support/pos';
import { signInThroughForm } from '../e2e/support/ui';
import { PULL_LIMIT } from '../src/sync/pull';
import { seedCatalogueUpTo } from './support/catalogue-seed';
import { waitInPage } from './support/device-state';
import { fetchPagesRaw, writeProductsRaw } from './support/raw-baselines';
import type { ResultsCollector, RowSpec } from './support/results';
import { benchRounds } from './support/settings';

const PRODUCTS = 100_000;
const TIMEOUT_MS = 10 * 60_000;

const APP_NAME = `PWA sync manager pulls ${PRODUCTS.toLocaleString('en')} products into IndexedDB`;
const RAW_WRITE: RowSpec = {
  group: 'Pull into IndexedDB',
  name: 'Raw IndexedDB write of the same records: one transaction of puts',
  unit: 'products/s',
  higherIsBetter: true,
};
const RAW_FETCH: RowSpec = {
  group: 'Pull over the network',
  name: `Raw fetch of the same ${PRODUCTS / PULL_LIMIT} pages, parsed, not stored`,
  unit: 'products/s',
  higherIsBetter: true,
};
const APP_VS_WRITE: RowSpec = { ...RAW_WRITE, name: APP_NAME, baseline: RAW_WRITE };
const APP_VS_FETCH: RowSpec = { ...RAW_FETCH, name: APP_NAME, baseline: RAW_FETCH };

/** Registers the pull benchmark; it grows the server's catalogue to 100,000 products. */
export function describePull(browser: () => Browser, results: ResultsCollector): void {
  describe('Pull into IndexedDB', () => {
    let cashier: SeededUser;

    beforeAll(async () => {
      const started = Date.now();
      const added = await seedCatalogueUpTo(PRODUCTS, 'PULL');
      console.log(`[bench] seeded ${added} products in ${(Date.now() - started) / 1000} s`);
      cashier = await seedCashier(await adminApi(), 'Juma Kessy');
    });

    it(`pulls ${PRODUCTS} products`, async () => {
      expect(await db.count('products', 'NOT archived')).toBe(PRODUCTS);
      const app: number[] = [];
      const write: number[] = [];
      const fetched: number[] = [];
      for (let round = 0; round < benchRounds(); round++) {
        const figures = await pullRound(browser(), cashier);
        app.push(figures.app);
        write.push(figures.write);
        fetched.push(figures.fetch);
        console.log(
          `[bench] pull round ${round + 1}: app ${figures.app.toFixed(0)}, raw write ` +
            `${figures.write.toFixed(0)}, raw fetch ${figures.fetch.toFixed(0)} products/s`,
        );
      }
      results.add(RAW_WRITE, write);
      results.add(APP_VS_WRITE, app);
      results.add(RAW_FETCH, fetched);
      results.add(APP_VS_FETCH, app);
      results.note(
        `Pull: the app row is one measurement shown in both pull groups. The app stores each ` +
          `page of ${PULL_LIMIT} and its cursor in one strict transaction, and the sell screen ` +
          'open on the tablet re-reads the catalogue (at most every 2 s while the download runs), ' +
          'as it does for a cashier.',
      );
    });
  });
}

/** One fresh tablet: the app's download, then both baselines in the same page. */
async function pullRound(
  browser: Browser,
  cashier: SeededUser,
): Promise<{ app: number; write: number; fetch: number }> {
  const till = await newDevice(browser, { name: 'pull', viewport: TABLET });
  const page = till.page;
  try {
    await page.goto('/');
    await signInThroughForm(page, cashier);
    const { at: finished } = await waitInPage(page, 'catalogue-downloaded', TIMEOUT_MS);
    const started = await page.evaluate(
      () =>
        performance
          .getEntriesByType('resource')
          .find((entry) => new URL(entry.name).pathname === '/api/products/sync')?.startTime,
    );
    if (started === undefined) {
      throw new Error('The page made no products/sync request it can time');
    }
    expect(await countStore(page, 'products')).toBe(PRODUCTS);
    // Let the sync run end (customers, sales) so the baselines have the page to themselves.
    await waitInPage(page, 'synced-once', TIMEOUT_MS);

    const fetched = await fetchPagesRaw(page, 'products', PULL_LIMIT);
    expect(fetched).toMatchObject({ rows: PRODUCTS, pages: PRODUCTS / PULL_LIMIT });
    const written = await writeProductsRaw(page);
    expect(written.stored).toBe(PRODUCTS);
    return {
      app: PRODUCTS / ((finished - started) / 1000),
      write: PRODUCTS / (written.ms / 1000),
      fetch: PRODUCTS / (fetched.ms / 1000),
    };
  } finally {
    await till.close();
  }
}
