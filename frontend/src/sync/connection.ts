import { getDb, loadDevice } from '../db';
import { ApiClient } from './api-client';
import { APP_VERSION } from './app-version';

/** The one API client of this page or worker; every call names the device (docs/sync-protocol.md, Identity). */
export const api = new ApiClient(async () => {
  const device = await loadDevice(await getDb());
  return { id: device.id, name: device.name, appVersion: APP_VERSION };
});

/** This device's id, created on first use. */
export async function deviceId(): Promise<string> {
  return (await loadDevice(await getDb())).id;
}
