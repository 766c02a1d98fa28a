/**
 * Timing of navigations answered by the service worker, in the page's own clock: every time is
 * `performance.now()` of the new document, i.e. from the start of its navigation.
 *
 * @packageDocumentation
 */
import type { Page } from 'playwright-core';

/** One pair of navigations: the floor (a static file) and the app's sell screen. */
export interface NavigationTimes {
  readonly floorMs: number;
  readonly sellScreenMs: number;
}

const installed = new WeakSet<Page>();

/**
 * Navigates `page` to `floorPath` (a precached static file), then to the app, and answers how long
 * each took: the file until its load event ended, the app until the sell screen is usable (the
 * search box and product tiles are in the DOM). Both must have gone through the service worker.
 */
export async function measureOfflineNavigation(
  page: Page,
  floorPath: string,
): Promise<NavigationTimes> {
  if (!installed.has(page)) {
    await page.addInitScript(watchForSellScreen);
    installed.add(page);
  }
  await page.goto(floorPath);
  const floor = await page.waitForFunction(() => {
    const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return entry !== undefined && entry.loadEventEnd > 0
      ? { ms: entry.loadEventEnd, worker: entry.workerStart }
      : undefined;
  });
  const floorTimes = await floor.jsonValue();

  await page.goto('/', { waitUntil: 'commit' });
  const ready = await page.waitForFunction(
    () => {
      const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      const at = (window as { sellScreenReadyAt?: number }).sellScreenReadyAt;
      return at === undefined ? undefined : { ms: at, worker: entry?.workerStart ?? 0 };
    },
    undefined,
    { timeout: 60_000 },
  );
  const sellTimes = await ready.jsonValue();
  if (floorTimes === undefined || sellTimes === undefined) {
    throw new Error('A navigation was never timed');
  }
  if (floorTimes.worker <= 0 || sellTimes.worker <= 0) {
    throw new Error('A navigation did not go through the service worker');
  }
  return { floorMs: floorTimes.ms, sellScreenMs: sellTimes.ms };
}

// Runs in every new document before its scripts: notes when the sell screen first becomes usable.
function watchForSellScreen(): void {
  const usable = () => {
    const search = document.querySelector('input[name="search"]');
    return (
      search instanceof HTMLInputElement &&
      !search.disabled &&
      document.querySelector('button.product-tile') !== null
    );
  };
  const observer = new MutationObserver(() => {
    if (usable()) {
      (window as { sellScreenReadyAt?: number }).sellScreenReadyAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}
