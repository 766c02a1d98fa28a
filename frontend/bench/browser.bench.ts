/**
 * The browser-side benchmarks (issue 6), in this order because each grows the server's catalogue
 * for the next: the front end on a 2,000-product shop, the offline backlog, then the pull of a
 * 100,000-product catalogue. Writes `browser-results.json` to `BIDHAA_BENCH_OUT` and prints the
 * table. Figures are never asserted; counts are, so a benchmark that did not do its work fails.
 *
 * @packageDocumentation
 */
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type Browser } from '../e2e/support/browser';
import { describeBacklog } from './backlog';
import { describeFrontEnd } from './front-end';
import { describePull } from './pull';
import { describeMachine } from './support/machine';
import { ResultsCollector } from './support/results';
import { benchOutDir } from './support/settings';

const results = new ResultsCollector();
let browser: Browser | undefined;
let chromium: string | null = null;

beforeAll(async () => {
  browser = await launchBrowser();
  chromium = browser.version();
});

const current = (): Browser => {
  if (browser === undefined) {
    throw new Error('Chromium has not been launched');
  }
  return browser;
};

describeFrontEnd(current, results);
describeBacklog(current, results);
describePull(current, results);

afterAll(() => {
  const path = results.write(benchOutDir(), describeMachine(chromium));
  console.log(`\n${results.table()}\n\n[bench] results in ${path}`);
});
