/** Background Sync tag under which the page asks the service worker to push the outbox. */
export const OUTBOX_SYNC_TAG = 'bidhaa-outbox';

/** Periodic Background Sync tag under which the service worker refreshes the catalogue. */
export const CATALOGUE_SYNC_TAG = 'bidhaa-catalogue';
