import type { PushRequest, PushResponse, PushResult } from '../contract/push';
import { isRecord, toProblem } from './problem';
import { SyncError, type SyncErrorCode } from './sync-error';
import { toUser, type Credentials, type User } from './user';

/** Spring Security's cookie-to-header CSRF names. */
const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A back-office call's answer. */
export interface ApiAnswer {
  readonly body: unknown;
  /** The `ETag` header, for a later `If-Match`. */
  readonly etag: string | null;
  readonly status: number;
}

/** Headers that name this device on every call (docs/sync-protocol.md, Identity). */
export interface DeviceHeaders {
  readonly id: string;
  readonly name: string;
  readonly appVersion: string;
}

/** A page of a pull, before conversion. */
export interface RawPullPage {
  readonly data: readonly unknown[];
  readonly cursor: string;
  readonly hasMore: boolean;
}

/** How long a call may take before it counts as a lost connection. */
const TIMEOUT_MS = 60_000;

/**
 * The only code that talks HTTP to the backend (same origin) and looks at status codes; every failure
 * leaves here as a {@link SyncError}.
 */
export class ApiClient {
  constructor(
    private readonly device: () => Promise<DeviceHeaders | undefined> = async () => undefined,
  ) {}

  /** Signs in; the server answers with the user and a new session and CSRF cookie. */
  async login(credentials: Credentials): Promise<User> {
    return readUser(await this.send('POST', '/api/auth/login', credentials));
  }

  /** The user of the current session. */
  async currentUser(): Promise<User> {
    return readUser(await this.send('GET', '/api/auth/me'));
  }

  /** Ends the current session. */
  async logout(): Promise<void> {
    await this.send('POST', '/api/auth/logout');
  }

  /** One page of `GET /api/{collection}/sync`; no cursor asks for a full download. */
  async pull(collection: string, cursor: string | null, limit: number): Promise<RawPullPage> {
    const query = new URLSearchParams({ limit: String(limit) });
    if (cursor !== null) {
      query.set('last_sync', cursor);
    }
    const body = await readJson(await this.send('GET', `/api/${collection}/sync?${query}`));
    if (!isRecord(body) || !Array.isArray(body['data']) || typeof body['cursor'] !== 'string') {
      throw new SyncError('retryable', { status: 200 });
    }
    return { data: body['data'], cursor: body['cursor'], hasMore: body['has_more'] === true };
  }

  /** `POST /api/sales/bulk_create`; resolves to the parsed answer (one result per sale). */
  async pushSales(request: unknown): Promise<unknown> {
    return readJson(await this.send('POST', '/api/sales/bulk_create', request));
  }

  /**
   * `POST /api/sync/push`: resolves to one result per mutation the server answered (results it cannot
   * read are left out, so their mutations wait for another attempt).
   */
  async push(request: PushRequest): Promise<PushResponse> {
    const body = await readJson(await this.send('POST', '/api/sync/push', request));
    const results = isRecord(body) && Array.isArray(body['results']) ? body['results'] : [];
    return {
      ...(isRecord(body) ? body : {}),
      results: results.filter(
        (result): result is PushResult => isRecord(result) && typeof result['id'] === 'string',
      ),
    };
  }

  /**
   * Any other call (the back-office screens): JSON in and out, with extra headers such as `If-Match`.
   * An answer without a body (204) has `body` undefined.
   */
  async call(
    method: Method,
    path: string,
    body?: unknown,
    extraHeaders: Readonly<Record<string, string>> = {},
  ): Promise<ApiAnswer> {
    const response = await this.send(method, path, body, extraHeaders);
    const hasBody = response.status !== 204 && response.headers.get('Content-Length') !== '0';
    return {
      body: hasBody ? await readJson(response) : undefined,
      etag: response.headers.get('ETag'),
      status: response.status,
    };
  }

  private async send(
    method: Method,
    path: string,
    body?: unknown,
    extraHeaders: Readonly<Record<string, string>> = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json', ...extraHeaders };
    const device = await this.device();
    if (device !== undefined) {
      headers['X-Device-Id'] = device.id;
      if (device.name !== '') {
        headers['X-Device-Name'] = device.name;
      }
      headers['X-App-Version'] = device.appVersion;
    }
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (method !== 'GET') {
      // Read right before sending: the server issues a new token when the session changes.
      const token = (await readCookie(CSRF_COOKIE)) ?? (await this.fetchCsrfToken());
      if (token !== undefined) {
        headers[CSRF_HEADER] = token;
      }
    }
    const init: RequestInit = {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
    }
    let response: Response;
    try {
      response = await fetch(path, init);
    } catch (cause) {
      throw new SyncError('offline', { cause });
    }
    if (!response.ok) {
      throw await toSyncError(response);
    }
    return response;
  }

  private async fetchCsrfToken(): Promise<string | undefined> {
    await this.send('GET', '/api/auth/csrf');
    return readCookie(CSRF_COOKIE);
  }
}

/** Maps an HTTP status that is not 2xx to what the caller should do about it. */
export function classifyStatus(status: number): SyncErrorCode {
  if (status === 401) {
    return 'unauthenticated';
  }
  if (status === 403) {
    return 'forbidden';
  }
  if (status === 408 || status === 429 || status >= 500) {
    return 'retryable';
  }
  return 'rejected';
}

async function toSyncError(response: Response): Promise<SyncError> {
  const isJson = /[/+]json\b/.test(response.headers.get('Content-Type') ?? '');
  const problem = isJson ? toProblem(await response.json().catch(() => undefined)) : undefined;
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  // A CSRF token that went stale (the session rotated it) is fixed by the next attempt, which reads
  // the new cookie: not a reason to ask for a sign-in.
  const code = problem?.code === 'csrf-rejected' ? 'retryable' : classifyStatus(response.status);
  return new SyncError(code, {
    status: response.status,
    ...(problem && { problem }),
    ...(retryAfterSeconds !== undefined && { retryAfterSeconds }),
  });
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch (cause) {
    // A 2xx we cannot read (a captive portal, an answer cut off mid-way) is worth another try later.
    throw new SyncError('retryable', { status: response.status, cause });
  }
}

async function readUser(response: Response): Promise<User> {
  const user = toUser(await response.json().catch(() => undefined));
  if (user === undefined) {
    // A 2xx we cannot read (a captive portal, a half-deployed server) is worth another try later.
    throw new SyncError('retryable', { status: response.status });
  }
  return user;
}

/** Seconds to wait from a `Retry-After` header, given as seconds or as an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') {
    return undefined;
  }
  if (/^\s*\d+\s*$/.test(value)) {
    return Number(value);
  }
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** The Cookie Store API, which service workers have where they lack `document.cookie`. */
interface CookieStoreLike {
  get(name: string): Promise<{ value: string } | null>;
}

async function readCookie(name: string): Promise<string | undefined> {
  // This module also runs in the service worker, which has no `document`.
  const scope = globalThis as { document?: { cookie: string }; cookieStore?: CookieStoreLike };
  if (scope.document === undefined) {
    return (await scope.cookieStore?.get(name))?.value;
  }
  const cookies = scope.document.cookie;
  for (const pair of cookies.split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) {
      const raw = value.join('=');
      try {
        return decodeURIComponent(raw);
      } catch {
        return raw;
      }
    }
  }
  return undefined;
}
