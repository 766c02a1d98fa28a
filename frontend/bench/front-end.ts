/**
 * Front end: what a phone downloads (gzip), and how long a signed-in tablet with its catalogue
 * takes to show a usable sell screen when opened offline with a warm service worker, against an
 * offline navigation to a trivial precached file served by the same worker (the floor of the
 * browser and the service worker).
 *
 * @packageDocumentation
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { adminApi } from '../e2e/support/api';
import { goOffline, newDevice, TABLET, type Browser } from '../e2e/support/browser';
import { server } from '../e2e/support/context';
import { seedCashier } from '../e2e/support/fixtures';
import { countStore, openTill } from '../e2e/support/pos';
import { seedCatalogueUpTo } from './support/catalogue-seed';
import { waitInPage } from './support/device-state';
import { measureOfflineNavigation } from './support/offline-navigation';
import type { ResultsCollector, RowSpec } from './support/results';
import { shellDownloads } from './support/shell-size';

/** A minimarket's catalogue: what the tablet holds when it is opened offline. */
const CATALOGUE = 2_000;
const NAVIGATIONS = 10;
const WARM_UP_NAVIGATIONS = 2;
const FLOOR_PATH = '/favicon.svg';

const PRECACHE: RowSpec = {
  group: 'Front end size',
  name: 'Whole precache: shell, icons and service worker, gzip',
  unit: 'kB',
  higherIsBetter: false,
};
const INITIAL_JS: RowSpec = {
  group: 'Front end size',
  name: 'Initial JavaScript (what index.html loads), gzip',
  unit: 'kB',
  higherIsBetter: false,
  baseline: PRECACHE,
};
const FLOOR: RowSpec = {
  group: 'Offline start',
  name: `Offline navigation to a precached static file (${FLOOR_PATH}), same service worker`,
  unit: 'ms',
  higherIsBetter: false,
};
const SELL_SCREEN: RowSpec = {
  group: 'Offline start',
  name: `Offline navigation to a usable sell screen (${CATALOGUE.toLocaleString('en')} products)`,
  unit: 'ms',
  higherIsBetter: false,
  baseline: FLOOR,
};

/** Registers the front-end benchmarks; the server's catalogue grows to 2,000 products. */
export function describeFrontEnd(browser: () => Browser, results: ResultsCollector): void {
  describe('Front end', () => {
    beforeAll(async () => {
      await seedCatalogueUpTo(CATALOGUE, 'FE');
    });

    it('measures what a phone downloads', async () => {
      const { initialJs, precache } = await shellDownloads(server.baseURL);
      results.add(PRECACHE, [precache.gzipBytes / 1000]);
      results.add(INITIAL_JS, [initialJs.gzipBytes / 1000]);
      results.note(
        `Front end size: ${initialJs.files.join(', ')} is ${(initialJs.bytes / 1000).toFixed(1)} kB ` +
          `before gzip; the precache is ${precache.files.length} files, ` +
          `${(precache.bytes / 1000).toFixed(1)} kB before gzip (each file gzipped on its own, level 9).`,
      );
    });

    it('opens the sell screen offline', async () => {
      const cashier = await seedCashier(await adminApi(), 'Rehema Mushi');
      const till = await newDevice(browser(), { name: 'offline-start', viewport: TABLET });
      await openTill(till.page, cashier, []);
      await waitInPage(till.page, 'synced-once', 120_000);
      expect(await countStore(till.page, 'products')).toBe(CATALOGUE);
      await goOffline(till.context);

      const floor: number[] = [];
      const sellScreen: number[] = [];
      for (let index = 0; index < WARM_UP_NAVIGATIONS + NAVIGATIONS; index++) {
        const times = await measureOfflineNavigation(till.page, FLOOR_PATH);
        if (index >= WARM_UP_NAVIGATIONS) {
          floor.push(times.floorMs);
          sellScreen.push(times.sellScreenMs);
        }
      }
      await till.close();
      results.add(FLOOR, floor);
      results.add(SELL_SCREEN, sellScreen);
      results.note(
        `Offline start: headless Chromium, tablet viewport, context offline, service worker warm ` +
          `(${WARM_UP_NAVIGATIONS} navigations of each first); from navigation start until the ` +
          'search box and the first product tiles are in the DOM, against the load event of the ' +
          'static file. Front end size row: the initial JavaScript measured against the precache.',
      );
    });
  });
}
