/**
 * Released builds of the app, served by the shared server in place of the current one, and deploys
 * of the current build on top of them: how tests put an older app on a device and then update it.
 * The releases are the tarballs in `e2e/fixtures/` (see the README there).
 *
 * Each build served gets a release tag appended to its `sw.js`: a message listener that answers
 * which build it is ({@link controllerRelease}), so a test can prove which app controls a page even
 * when two builds are otherwise byte for byte the same.
 *
 * @example
 * ```ts
 * serveRelease('0.1.0');            // devices that open the app now get release 0.1.0
 * // ... ring up sales offline ...
 * await deployCurrentBuild();       // the shop's server is updated
 * expect(await controllerRelease(page)).toBe(CURRENT_BUILD);
 * ```
 *
 * @packageDocumentation
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { waitForServiceWorker } from './browser';
import { server } from './context';
import { SYNC_TIMEOUT_MS } from './pos';

/** What the current build's worker answers to {@link controllerRelease}. */
export const CURRENT_BUILD = 'current';

/** The tarball of a released build, `e2e/fixtures/app-release-<version>.tar.gz`. */
export function releaseArchive(version: string): string {
  return fileURLToPath(new URL(`../fixtures/app-release-${version}.tar.gz`, import.meta.url));
}

/**
 * Makes the server serve the built app of release `version` (every static file: `index.html`,
 * `sw.js`, `assets/`, icons, manifest), as a shop server still running that release would. Undo with
 * {@link deployCurrentBuild} or `server.clearStaticOverrides()`.
 */
export function serveRelease(version: string): void {
  const archive = releaseArchive(version);
  if (!existsSync(archive)) {
    throw new Error(`No release ${version} at ${archive}`);
  }
  server.clearStaticOverrides();
  execFileSync('tar', ['-xzf', archive, '-C', server.staticDir]);
  const worker = join(server.staticDir, 'sw.js');
  server.overrideStatic('sw.js', readFileSync(worker, 'utf8') + releaseTag(version));
}

/**
 * Deploys the current build (the jar's own files) over whatever was served, as updating the shop's
 * server does. Its `sw.js` carries the {@link CURRENT_BUILD} tag, so a device's worker always finds a
 * new script, also while the current build equals the release (before the changes it proves land).
 */
export async function deployCurrentBuild(): Promise<void> {
  server.clearStaticOverrides();
  const response = await fetch(`${server.baseURL}/sw.js`, { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`GET /sw.js answered ${response.status}`);
  }
  server.overrideStatic('sw.js', (await response.text()) + releaseTag(CURRENT_BUILD));
}

/** A listener appended to a worker script that answers `{type: 'E2E_RELEASE'}` with `release`. */
function releaseTag(release: string): string {
  return `
// e2e release tag
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'E2E_RELEASE') {
    event.ports[0].postMessage(${JSON.stringify(release)});
  }
});
`;
}

/** Which build the worker controlling `page` says it is, or null (no controller, or no answer in 10 s). */
export function controllerRelease(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const controller = navigator.serviceWorker.controller;
        if (controller === null) {
          resolve(null);
          return;
        }
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(String(event.data));
        controller.postMessage({ type: 'E2E_RELEASE' }, [channel.port2]);
        setTimeout(() => resolve(null), 10_000);
      }),
  );
}

/**
 * Has the device's worker look for a new version now (as the app does on its own timer), and waits
 * until the app offers it; then taps "Update" and waits for the reload and the new worker in control.
 */
export async function updateApp(page: Page, timeoutMs = SYNC_TIMEOUT_MS): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  const banner = page.getByTestId('update-banner');
  await banner.waitFor({ state: 'visible', timeout: timeoutMs });
  const reloaded = page.waitForEvent('load', { timeout: timeoutMs });
  await banner.getByRole('button', { name: 'Update' }).click();
  await reloaded;
  await waitForServiceWorker(page, timeoutMs);
}
