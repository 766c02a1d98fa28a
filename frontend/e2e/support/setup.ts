/**
 * Vitest setup file, run in every e2e test file: after each test, screenshots every open device
 * when the test failed, fails the test on uncaught page errors and closes the devices the test
 * opened; after the file, closes what is left and makes sure the shared server is up for the next
 * file.
 *
 * @packageDocumentation
 */
import { basename } from 'node:path';
import { afterAll, afterEach, beforeEach } from 'vitest';
import { markTestRunning, openBrowsers, openDevices, screenshot } from './browser';
import { server } from './context';
import { closeDb } from './db';

beforeEach(() => markTestRunning(true));

afterEach(async ({ task }) => {
  markTestRunning(false);
  const pageErrors = openDevices().flatMap((device) =>
    device.takePageErrors().map((error) => `[${device.name}] ${error.stack ?? error.message}`),
  );
  if (task.result?.state === 'fail' || pageErrors.length > 0) {
    const file = basename(task.file.name).replace(/\.e2e\.ts$/, '');
    for (const device of openDevices()) {
      const path = await screenshot(
        device.page,
        `failed-${file}-${task.name}-${device.name}`,
      ).catch(() => undefined);
      if (path !== undefined) {
        console.log(`[e2e] screenshot of ${device.name}: ${path}`);
      }
    }
  }
  await Promise.all(
    openDevices()
      .filter((device) => device.inTest)
      .map((device) => device.close()),
  );
  if (pageErrors.length > 0) {
    throw new Error(`Uncaught errors in the page:\n${pageErrors.join('\n')}`);
  }
});

afterAll(async () => {
  await Promise.all(openDevices().map((device) => device.close()));
  await Promise.all(openBrowsers().map((browser) => browser.close()));
  await closeDb();
  await server.ensureRunning();
});
