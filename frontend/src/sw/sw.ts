import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types';
import { pullCatalogueFromServiceWorker, pushOutboxFromServiceWorker } from '../sync/background';
import { CATALOGUE_SYNC_TAG, OUTBOX_SYNC_TAG } from './sync-tags';

declare const self: ServiceWorkerGlobalScope;

// Background Sync and Periodic Background Sync are Chromium-only, so TypeScript's WebWorker lib
// lacks them: https://wicg.github.io/background-sync/spec/, https://wicg.github.io/periodic-background-sync/
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
  readonly lastChance: boolean;
}
interface PeriodicSyncEvent extends ExtendableEvent {
  readonly tag: string;
}
declare global {
  interface ServiceWorkerGlobalScopeEventMap {
    sync: SyncEvent;
    periodicsync: PeriodicSyncEvent;
  }
}

// Server paths that are not screens of the app: a navigation to them must reach the server.
const SERVER_PATHS = [/^\/api\//, /^\/actuator\//, /^\/swagger-ui/, /^\/v3\//];
const THIRTY_DAYS_IN_SECONDS = 30 * 24 * 60 * 60;

// The app shell: index.html, the hashed assets, the manifest and the icons, replaced as a whole
// by each new version of this file.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every screen is index.html, so a reload or a deep link such as /sales/history opens offline.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: SERVER_PATHS }),
);

// Product pictures and the like; precached images were answered by the route above. /api/ is
// left out because API answers are never cached: with no route they go straight to the network.
registerRoute(
  ({ request, sameOrigin, url }) =>
    request.destination === 'image' && sameOrigin && !url.pathname.startsWith('/api/'),
  new CacheFirst({
    cacheName: 'bidhaa-images',
    plugins: [
      // Workbox's plugin types clash with exactOptionalPropertyTypes:
      // https://github.com/GoogleChrome/workbox/issues/3141
      new ExpirationPlugin({
        maxEntries: 300,
        maxAgeSeconds: THIRTY_DAYS_IN_SECONDS,
        purgeOnQuotaError: true,
      }) as unknown as WorkboxPlugin,
    ],
  }),
);

// A new version waits until the page asks for it (the cashier accepts the update), so a sale in
// progress is never interrupted by a reload. The first version takes control at once.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') {
    event.waitUntil(self.skipWaiting());
  }
});
clientsClaim();

// As in workbox-background-sync's Queue: a rejected promise fails this sync and the browser
// retries it later. Even after the last chance the sales stay in the outbox for the page to push.
self.addEventListener('sync', (event) => {
  if (event.tag === OUTBOX_SYNC_TAG) {
    event.waitUntil(pushOutboxFromServiceWorker());
  }
});

self.addEventListener('periodicsync', (event) => {
  if (event.tag === CATALOGUE_SYNC_TAG) {
    event.waitUntil(pullCatalogueFromServiceWorker());
  }
});
