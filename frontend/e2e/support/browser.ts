/**
 * Debian's Chromium driven by playwright-core: one browser per test file, one context per
 * "device" (its own cookies, IndexedDB and service worker). Page errors and console errors are
 * logged; an uncaught page error fails the test (see {@link ./setup.ts}), and a failing test gets
 * a screenshot of every open device.
 *
 * @example
 * ```ts
 * let browser: Browser;
 * beforeAll(async () => (browser = await launchBrowser()));
 *
 * it('...', async () => {
 *   const till = await newDevice(browser, { name: 'till', viewport: PHONE });
 *   await till.page.goto('/');
 *   await goOffline(till.context);
 * });
 * ```
 *
 * @packageDocumentation
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { server } from './context';
import { chromiumPath, outDir } from './env';

export type { Browser, BrowserContext, Page } from 'playwright-core';

/** A phone in portrait (the smallest screen we support). */
export const PHONE = { width: 390, height: 844 } as const;
/** A counter tablet in landscape. */
export const TABLET = { width: 1280, height: 800 } as const;
/** A 10-inch tablet in landscape, the narrowest screen with products and cart side by side. */
export const SMALL_TABLET = { width: 1024, height: 768 } as const;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const browsers = new Set<Browser>();
const devices = new Set<Device>();

/** Launches Chromium (`CHROMIUM_PATH`, default `/usr/bin/chromium`); closed after the test file. */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  browsers.add(browser);
  browser.once('disconnected', () => browsers.delete(browser));
  return browser;
}

/** What {@link newDevice} may be told. */
export interface DeviceOptions {
  /** Names the device in logs and screenshots. Default `device-<n>`. */
  name?: string;
  /** Default {@link PHONE}. */
  viewport?: { width: number; height: number };
  /** Anything else playwright's `newContext` takes (locale, timezone, ...). */
  context?: BrowserContextOptions;
}

/** One browser context and its page: a phone or tablet with its own storage. */
export interface Device {
  readonly name: string;
  readonly context: BrowserContext;
  /** The device's open page (a new one after {@link Device.reopen}). */
  readonly page: Page;
  /** Uncaught errors of the page so far; any left at the end of a test fail it. */
  readonly pageErrors: Error[];
  /** `console.error` messages of the page so far (logged, never fatal). */
  readonly consoleErrors: string[];
  /** Whether it was opened inside a test (closed after that test) or in a hook (after the file). */
  readonly inTest: boolean;
  /** Hands over the page errors so far (the test expected them), so they do not fail it. */
  takePageErrors(): Error[];
  /**
   * Closes the page and opens a blank one in the same context, as a cashier closing the app and
   * opening it again: storage, service worker and network state (offline) stay. `page` is the new
   * one afterwards; navigate it yourself.
   */
  reopen(): Promise<Page>;
  close(): Promise<void>;
}

let deviceCount = 0;
let testRunning = false;

/** Tells the registry whether a test body is running ({@link ./setup.ts} calls it). */
export function markTestRunning(running: boolean): void {
  testRunning = running;
}

/** Devices not closed yet. */
export function openDevices(): Device[] {
  return [...devices];
}

/** Browsers not closed yet. */
export function openBrowsers(): Browser[] {
  return [...browsers];
}

/**
 * Opens a device at the shared app's base URL (so `page.goto('/')` works) with service workers
 * allowed. Opened in a test, it is closed after the test; opened in `beforeAll`, after the file.
 */
export async function newDevice(browser: Browser, options: DeviceOptions = {}): Promise<Device> {
  const name = options.name ?? `device-${++deviceCount}`;
  const context = await browser.newContext({
    baseURL: server.baseURL,
    viewport: options.viewport ?? PHONE,
    serviceWorkers: 'allow',
    ...options.context,
  });
  const pageErrors: Error[] = [];
  const consoleErrors: string[] = [];
  const log = (line: string) => browserLog(`[${name}] ${line}`);
  const watch = (page: Page): Page => {
    page.on('pageerror', (error) => {
      pageErrors.push(error);
      log(`uncaught page error: ${error.stack ?? error.message}`);
      console.error(`[${name}] uncaught page error: ${error.message}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') {
        const where = message.location().url;
        consoleErrors.push(message.text());
        const line = `console.error: ${message.text()}${where === '' ? '' : ` (${where})`}`;
        log(line);
        console.log(`[${name}] ${line}`);
      }
    });
    page.on('crash', () => log('page crashed'));
    return page;
  };
  context.on('weberror', (error) => log(`web error: ${error.error().message}`));
  let page = watch(await context.newPage());

  const device: Device = {
    name,
    context,
    get page() {
      return page;
    },
    pageErrors,
    consoleErrors,
    inTest: testRunning,
    takePageErrors: () => pageErrors.splice(0),
    async reopen() {
      await page.close();
      page = watch(await context.newPage());
      return page;
    },
    async close() {
      devices.delete(device);
      await context.close().catch(() => undefined);
    },
  };
  devices.add(device);
  return device;
}

/** The device loses its network (pages and service worker); the server stays up. */
export function goOffline(context: BrowserContext): Promise<void> {
  return context.setOffline(true);
}

/** The device's network is back. */
export function goOnline(context: BrowserContext): Promise<void> {
  return context.setOffline(false);
}

/** Waits until a service worker is active and controls `page`. */
export async function waitForServiceWorker(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  try {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: timeoutMs,
    });
  } catch (error) {
    throw new Error(
      `A service worker is active but does not control ${page.url()} after ${timeoutMs} ms ` +
        '(does it call clients.claim()?)',
      { cause: error },
    );
  }
}

/**
 * Saves a PNG to `$BIDHAA_E2E_OUT/screenshots/<name>.png` and answers its path: the full page, or
 * with `{ fullPage: false }` only what the screen shows (fixed bars and inner scrolling as a user
 * sees them).
 */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  const dir = join(outDir(), 'screenshots');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  const fullPage = options.fullPage ?? true;
  if (fullPage) {
    // From the top, or the sticky header is drawn where the page was scrolled to.
    await page.evaluate(() => window.scrollTo(0, 0));
  }
  await page.screenshot({ path, fullPage });
  return path;
}

/** Appends a line to `$BIDHAA_E2E_OUT/browser.log`. */
export function browserLog(line: string): void {
  mkdirSync(outDir(), { recursive: true });
  appendFileSync(join(outDir(), 'browser.log'), `${new Date().toISOString()} ${line}\n`);
}
