import { Workbox } from 'workbox-window';
import { CATALOGUE_SYNC_TAG, OUTBOX_SYNC_TAG } from '../sw/sync-tags';

const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;
const CATALOGUE_SYNC_MIN_INTERVAL_MS = 12 * 60 * 60 * 1000;

// Background Sync and Periodic Background Sync are Chromium-only and missing from TypeScript's DOM
// lib: https://wicg.github.io/background-sync/spec/, https://wicg.github.io/periodic-background-sync/
interface SyncManager {
  register(tag: string): Promise<void>;
}
interface PeriodicSyncManager {
  register(tag: string, options?: { minInterval?: number }): Promise<void>;
}
interface SyncCapableRegistration extends ServiceWorkerRegistration {
  readonly sync?: SyncManager;
  readonly periodicSync?: PeriodicSyncManager;
}

/** Registers the service worker; calls `onUpdateReady(accept)` when a new version is installed and waiting. `accept()` activates it and reloads the page once it controls. Never reloads by itself. */
export function registerServiceWorker(onUpdateReady: (accept: () => void) => void): void {
  if (!('serviceWorker' in navigator)) {
    return;
  }
  const wb = new Workbox('/sw.js', { scope: '/' });
  let accepted = false;
  // Also fires for a version found waiting at start-up (wasWaitingBeforeRegister) or found by
  // another tab (isExternal): the offer is the same.
  wb.addEventListener('waiting', () => {
    onUpdateReady(() => {
      accepted = true;
      wb.messageSkipWaiting();
    });
  });
  // The first install and an update accepted in another tab also change the controller; only
  // this tab's cashier may decide to reload this tab, so as not to interrupt a sale.
  wb.addEventListener('controlling', () => {
    if (accepted) {
      window.location.reload();
    }
  });
  // Offline, an update check fails; the next one will do.
  const checkForUpdate = () => void wb.update().catch(() => undefined);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') {
      checkForUpdate();
    }
  });
  setInterval(checkForUpdate, UPDATE_CHECK_INTERVAL_MS);
  wb.register().catch((error: unknown) => {
    console.warn('Service worker registration failed; the app will not work offline.', error);
  });
}

/** Asks the browser to push the outbox from the service worker once it is online; false where Background Sync is missing, so the page must push itself. */
export async function requestBackgroundSync(): Promise<boolean> {
  const registration = await activeRegistration();
  if (registration?.sync === undefined) {
    return false;
  }
  try {
    await registration.sync.register(OUTBOX_SYNC_TAG);
    return true;
  } catch {
    return false;
  }
}

/** Asks the browser to refresh the catalogue every 12 hours or so from the service worker; false where Periodic Background Sync is missing or not permitted (Chromium grants it to installed apps). */
export async function requestPeriodicCatalogueSync(): Promise<boolean> {
  const registration = await activeRegistration();
  if (registration?.periodicSync === undefined) {
    return false;
  }
  try {
    const permission = await navigator.permissions.query({
      name: 'periodic-background-sync' as PermissionName,
    });
    if (permission.state !== 'granted') {
      return false;
    }
    await registration.periodicSync.register(CATALOGUE_SYNC_TAG, {
      minInterval: CATALOGUE_SYNC_MIN_INTERVAL_MS,
    });
    return true;
  } catch {
    return false;
  }
}

// Not `navigator.serviceWorker.ready`: it never settles where the service worker failed to install.
async function activeRegistration(): Promise<SyncCapableRegistration | undefined> {
  if (!('serviceWorker' in navigator)) {
    return undefined;
  }
  const registration: SyncCapableRegistration | undefined = await navigator.serviceWorker
    .getRegistration('/')
    .catch(() => undefined);
  return registration?.active ? registration : undefined;
}
