import { getDb, updateDevice } from '../db';
import { APP_VERSION } from './app-version';
import { api } from './connection';
import { learnSaleCode } from './device-code';
import { SyncError } from './sync-error';

const INTERVAL_KEY = 'bidhaa.syncIntervalMinutes';

/** The refresh intervals the settings offer, in minutes. */
export const SYNC_INTERVALS: readonly number[] = [1, 5, 15, 30, 60];

const DEFAULT_INTERVAL = 5;

/** Minutes between catalogue refreshes while no sale waits (sales always go at once). */
export function loadSyncInterval(storage: Pick<Storage, 'getItem'> = localStorage): number {
  const stored = Number(storage.getItem(INTERVAL_KEY));
  return SYNC_INTERVALS.includes(stored) ? stored : DEFAULT_INTERVAL;
}

/** Remembers the refresh interval on this device. */
export function saveSyncInterval(
  minutes: number,
  storage: Pick<Storage, 'setItem'> = localStorage,
): void {
  storage.setItem(INTERVAL_KEY, String(minutes));
}

/** Longest device name the server keeps. */
export const DEVICE_NAME_MAX = 100;

/**
 * Why a device name cannot be used, or null. The name travels in an HTTP header on every call, and
 * headers carry only Latin-1: a name with other characters would make every request fail.
 */
export function checkDeviceName(name: string): 'too-long' | 'characters' | null {
  if (name.trim().length > DEVICE_NAME_MAX) {
    return 'too-long';
  }
  return /^[\u0020-\u007e\u00a0-\u00ff]*$/.test(name) ? null : 'characters';
}

/**
 * Names this device (kept here at once; every later call carries it) and tells the server now if it
 * can. Resolves to true when the server has it, false when it will learn it on the next sync.
 */
export async function renameDevice(name: string): Promise<boolean> {
  const trimmed = name.trim();
  const device = await updateDevice(await getDb(), { name: trimmed });
  try {
    const answer = await api.call('PUT', `/api/sync/devices/${device.id}`, {
      name: trimmed,
      app_version: APP_VERSION,
    });
    await learnSaleCode(await getDb(), answer.body);
    return true;
  } catch (failure) {
    if (
      failure instanceof SyncError &&
      (failure.code === 'offline' || failure.code === 'retryable')
    ) {
      return false;
    }
    throw failure;
  }
}
