import { api } from '../sync/connection';
import { isRecord } from '../sync/problem';

/**
 * The back office's online calls: conflicts, devices and users live on the server only. Answers are
 * the API's JSON (snake_case), read by the screens that show them; failures are SyncErrors.
 */
type Json = Record<string, unknown>;

/** A conflict the server recorded (docs/sync-protocol.md, "Server decides, and tells"). */
export interface Conflict {
  readonly id: string;
  readonly type: string;
  readonly deviceId: string | null;
  readonly saleId: string | null;
  readonly productId: string | null;
  readonly customerId: string | null;
  readonly values: Readonly<Json>;
  readonly createdAt: string;
  readonly resolvedAt: string | null;
}

/** Conflicts by status (`open`, `resolved`, `all`) and optional type, newest first. */
export async function fetchConflicts(status: string, type: string | null): Promise<Conflict[]> {
  const query = new URLSearchParams({ status, limit: '500' });
  if (type !== null) {
    query.set('type', type);
  }
  const body = (await api.call('GET', `/api/sync/conflicts?${query}`)).body;
  return (Array.isArray(body) ? body : []).filter(isRecord).map(toConflict);
}

/** Marks a conflict resolved. */
export async function resolveConflict(id: string): Promise<Conflict> {
  const answer = await api.call('POST', `/api/sync/conflicts/${encodeURIComponent(id)}/resolve`);
  return toConflict(isRecord(answer.body) ? answer.body : {});
}

/** `GET /api/sync/status`: the server's view of every device (managers). */
export async function fetchSyncStatus(): Promise<Json> {
  const body = (await api.call('GET', '/api/sync/status')).body;
  return isRecord(body) ? body : {};
}

/** `GET /api/sync/devices/{id}`: one device's state as the server sees it (every role). */
export async function fetchDeviceState(id: string, from?: Date, to?: Date): Promise<Json> {
  const query = new URLSearchParams();
  if (from !== undefined) {
    query.set('from', from.toISOString());
  }
  if (to !== undefined) {
    query.set('to', to.toISOString());
  }
  const suffix = query.size > 0 ? `?${query}` : '';
  const body = (await api.call('GET', `/api/sync/devices/${encodeURIComponent(id)}${suffix}`)).body;
  return isRecord(body) ? body : {};
}

/**
 * `PUT /api/sync/devices/{id}/code` (managers): the device's new sale-number code, as the server stored
 * it (in capitals). The till uses it from the next sale it rings up after it next registers.
 */
export async function changeDeviceCode(id: string, code: string): Promise<string> {
  const answer = await api.call('PUT', `/api/sync/devices/${encodeURIComponent(id)}/code`, {
    code,
  });
  return isRecord(answer.body) && typeof answer.body['code'] === 'string'
    ? answer.body['code']
    : code;
}

/** A user account (admins). */
export interface UserAccount {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: 'ADMIN' | 'MANAGER' | 'CASHIER';
  readonly enabled: boolean;
}

/** Every user (admins). */
export async function fetchUsers(): Promise<UserAccount[]> {
  const body = (await api.call('GET', '/api/users')).body;
  return (Array.isArray(body) ? body : []).filter(isRecord).map(toUser);
}

/** Creates a cashier, manager or admin. */
export async function createUser(input: {
  username: string;
  displayName: string;
  password: string;
  role: UserAccount['role'];
}): Promise<UserAccount> {
  const answer = await api.call('POST', '/api/users', {
    username: input.username,
    display_name: input.displayName,
    password: input.password,
    role: input.role,
  });
  return toUser(isRecord(answer.body) ? answer.body : {});
}

/** Changes a user's name, role or whether they may sign in. */
export async function updateUser(
  id: string,
  change: { displayName?: string; role?: UserAccount['role']; enabled?: boolean },
): Promise<UserAccount> {
  const answer = await api.call('PATCH', `/api/users/${encodeURIComponent(id)}`, {
    ...(change.displayName !== undefined && { display_name: change.displayName }),
    ...(change.role !== undefined && { role: change.role }),
    ...(change.enabled !== undefined && { enabled: change.enabled }),
  });
  return toUser(isRecord(answer.body) ? answer.body : {});
}

/** Sets a new password (the user's sessions end). */
export async function resetPassword(id: string, password: string): Promise<void> {
  await api.call('PUT', `/api/users/${encodeURIComponent(id)}/password`, { password });
}

function toConflict(row: Json): Conflict {
  const text = (key: string) => (typeof row[key] === 'string' ? (row[key] as string) : null);
  return {
    id: text('id') ?? '',
    type: text('type') ?? '',
    deviceId: text('device_id'),
    saleId: text('sale_id'),
    productId: text('product_id'),
    customerId: text('customer_id'),
    values: isRecord(row['values']) ? row['values'] : {},
    createdAt: text('created_at') ?? '',
    resolvedAt: text('resolved_at'),
  };
}

function toUser(row: Json): UserAccount {
  const role = row['role'];
  return {
    id: String(row['id'] ?? ''),
    username: String(row['username'] ?? ''),
    displayName: String(row['display_name'] ?? ''),
    role: role === 'ADMIN' || role === 'MANAGER' ? role : 'CASHIER',
    enabled: row['enabled'] !== false,
  };
}
