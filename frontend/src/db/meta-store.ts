import type { Collection, DeviceIdentity, PullState, ShopSettings, StoredUser } from './records';
import { pullKey, type PosDb } from './schema';

/** The device's identity, created with a random id in the same transaction that first reads it. */
export async function loadDevice(db: PosDb): Promise<DeviceIdentity> {
  const tx = db.transaction('meta', 'readwrite', { durability: 'strict' });
  let device = (await tx.store.get('device')) as DeviceIdentity | undefined;
  if (device === undefined) {
    const id = crypto.randomUUID();
    device = {
      id,
      salePrefix: id.slice(0, 4).toUpperCase(),
      name: '',
      lastSaleSeq: 0,
      storagePersisted: null,
    };
    await tx.store.put(device, 'device');
  }
  await tx.done;
  return device;
}

/** Changes what the device remembers about itself; the id and sale counter cannot be changed here. */
export async function updateDevice(
  db: PosDb,
  change: Partial<Pick<DeviceIdentity, 'name' | 'storagePersisted'>>,
): Promise<DeviceIdentity> {
  const device = await loadDevice(db);
  const tx = db.transaction('meta', 'readwrite', { durability: 'strict' });
  const latest = ((await tx.store.get('device')) as DeviceIdentity | undefined) ?? device;
  const next = { ...latest, ...change };
  await tx.store.put(next, 'device');
  await tx.done;
  return next;
}

/**
 * Starts the sale numbers rung up from now on with the code the server gave this device. Numbers
 * already issued keep their prefix: they are on receipts. Answers the device as stored.
 */
export async function adoptSaleCode(db: PosDb, code: string): Promise<DeviceIdentity> {
  const device = await loadDevice(db);
  const tx = db.transaction('meta', 'readwrite', { durability: 'strict' });
  const latest = ((await tx.store.get('device')) as DeviceIdentity | undefined) ?? device;
  const next = { ...latest, salePrefix: code, codeFromServer: true };
  if (latest.salePrefix !== code || latest.codeFromServer !== true) {
    await tx.store.put(next, 'device');
  }
  await tx.done;
  return next;
}

/** The user of the last session on this device, if any. */
export async function loadUser(db: PosDb): Promise<StoredUser | undefined> {
  return (await db.get('meta', 'user')) as StoredUser | undefined;
}

/** Remembers the signed-in user so the app can start without the network. */
export async function saveUser(db: PosDb, user: StoredUser): Promise<void> {
  await db.put('meta', { ...user }, 'user');
}

/** Forgets the signed-in user (sign out). */
export async function clearUser(db: PosDb): Promise<void> {
  await db.delete('meta', 'user');
}

/** Where pulling `collection` stands; a new device starts with a full download. */
export async function loadPullState(db: PosDb, collection: Collection): Promise<PullState> {
  const stored = (await db.get('meta', pullKey(collection))) as PullState | undefined;
  return stored ?? initialPullState(collection);
}

/** The state before the first pull of a collection. */
export function initialPullState(collection: Collection): PullState {
  return { collection, cursor: null, snapshot: 1, full: true, received: 0, lastPulledAt: null };
}

/** When the device last completed a sync, if ever. */
export async function loadLastSyncedAt(db: PosDb): Promise<string | null> {
  return ((await db.get('meta', 'lastSyncedAt')) as string | undefined) ?? null;
}

/** Remembers when the device last completed a sync. */
export async function saveLastSyncedAt(db: PosDb, at: Date): Promise<void> {
  await db.put('meta', at.toISOString(), 'lastSyncedAt');
}

/** The shop's details as last fetched, if ever. */
export async function loadShopSettings(db: PosDb): Promise<ShopSettings | undefined> {
  return (await db.get('meta', 'shop')) as ShopSettings | undefined;
}

/** Keeps the shop's details for offline receipts. */
export async function saveShopSettings(db: PosDb, shop: ShopSettings): Promise<void> {
  await db.put('meta', { ...shop }, 'shop');
}
