/**
 * A small Node-side client of the API for seeding data and checking what the server stored.
 * Signs in like the README's curl session (CSRF cookie, session, then a bearer token) and uses
 * only the token afterwards. Bodies and answers keep the API's snake_case field names
 * (`openapi.yaml`); money and quantities are JSON numbers.
 *
 * @example
 * ```ts
 * const api = await adminApi();
 * const sugar = await api.createProduct(sugar1kg());
 * await api.adjustStock(sugar.id, 24, 'received');
 * expect((await api.getProduct(sugar.id)).stock_on_hand).toBe(24);
 * ```
 *
 * @packageDocumentation
 */
import { randomUUID } from 'node:crypto';
import { server } from './context';
import { ADMIN } from './env';

export type Role = 'ADMIN' | 'MANAGER' | 'CASHIER';
export type StockReason =
  'received' | 'count' | 'damaged' | 'expired' | 'returned' | 'lost' | 'correction';
export type PaymentMethod = 'cash' | 'mobile_money' | 'card';

/** `UserResponse`. */
export interface User {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  enabled: boolean;
  created_at: string;
}

/** What {@link ApiClient.createProduct} needs; `id` defaults to a new UUID. */
export interface NewProduct {
  id?: string;
  sku: string;
  name: string;
  unitPrice: number;
  barcode?: string;
  category?: string;
}

/** `ProductResponse`. */
export interface Product {
  id: string;
  sku: string;
  barcode: string | null;
  name: string;
  category: string | null;
  unit_price: number;
  archived: boolean;
  stock_on_hand: number;
  version: number;
  created_at: string;
  updated_at: string;
}

/** `StockAdjustment`. */
export interface StockAdjustment {
  id: string;
  product_id: string;
  delta: number;
  reason: StockReason;
  note: string | null;
  user_id: string;
  created_at: string;
  stock_on_hand: number;
}

/** `SaleItem`. */
export interface SaleItem {
  product_id: string;
  product_name: string;
  sku: string;
  quantity: number;
  unit_price: number;
  line_total: number;
}

/** `SaleResponse`. */
export interface Sale {
  id: string;
  sale_number: string;
  device_id: string | null;
  device_seq: number | null;
  cashier_id: string;
  customer_id: string | null;
  customer_name: string | null;
  customer_phone: string | null;
  sold_at: string;
  received_at: string;
  payment_method: PaymentMethod;
  payment_reference: string | null;
  currency: string;
  subtotal: number;
  discount: number;
  total_amount: number;
  amount_tendered: number | null;
  change_due: number | null;
  version: number;
  items: SaleItem[];
}

/** Filters of `GET /api/sales` (without paging: {@link ApiClient.listSales} reads every page). */
export interface SalesQuery {
  from?: string;
  to?: string;
  cashier_id?: string;
  device_id?: string;
  payment_method?: PaymentMethod;
}

/** `ConflictView`. */
export interface Conflict {
  id: string;
  type: string;
  device_id: string | null;
  sale_id: string | null;
  product_id: string | null;
  customer_id: string | null;
  values: Record<string, unknown>;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
}

/** `SyncStatusDevice`. */
export interface SyncStatusDevice {
  id: string;
  name: string | null;
  user_id: string | null;
  user_name: string | null;
  app_version: string | null;
  first_seen_at: string;
  last_seen_at: string | null;
  last_pull_at: string | null;
  last_push_at: string | null;
  pending: number | null;
  contiguous_seq: number;
  max_seq: number;
  gaps: number[];
  gap_count: number;
}

/** `SyncStatus`. */
export interface SyncStatus {
  server_time: string;
  devices: SyncStatusDevice[];
  open_conflicts: Record<string, number>;
  sales_received_today: number;
}

/** An answer that was not 2xx; `problem` is the RFC 9457 body when there was one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: { code?: string; detail?: string } | undefined,
    request: string,
  ) {
    super(`${request} answered ${status} ${problem?.code ?? ''} ${problem?.detail ?? ''}`.trim());
    this.name = 'ApiError';
  }
}

/** The API as one user, by bearer token. */
export class ApiClient {
  private constructor(
    readonly baseURL: string,
    private readonly token: string,
  ) {}

  /**
   * Signs in with a cookie session (CSRF as a browser does) and makes a bearer token.
   *
   * @param baseURL - default: the shared app server
   */
  static async signIn(
    username: string,
    password: string,
    baseURL: string = server.baseURL,
  ): Promise<ApiClient> {
    const cookies = new Map<string, string>();
    const call = async (method: string, path: string, body?: unknown): Promise<Response> => {
      const headers: Record<string, string> = {
        Accept: 'application/json',
        Cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      };
      const xsrf = cookies.get('XSRF-TOKEN');
      if (xsrf !== undefined) {
        headers['X-XSRF-TOKEN'] = xsrf;
      }
      if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
      }
      const response = await fetch(`${baseURL}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair = ''] = cookie.split(';');
        const at = pair.indexOf('=');
        cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
      }
      if (!response.ok) {
        throw new ApiError(response.status, await problemOf(response), `${method} ${path}`);
      }
      return response;
    };
    await call('GET', '/api/auth/csrf');
    await call('POST', '/api/auth/login', { username, password });
    await call('GET', '/api/auth/csrf'); // signing in rotates the CSRF token
    const created = (await (
      await call('POST', '/api/auth/tokens', { name: `e2e ${username}` })
    ).json()) as { secret: string };
    return new ApiClient(baseURL, created.secret);
  }

  /** Any call; answers the parsed JSON (undefined for 204) or throws {@link ApiError}. */
  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.fetch(method, path, body);
    if (!response.ok) {
      throw new ApiError(response.status, await problemOf(response), `${method} ${path}`);
    }
    return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
  }

  /** Any call, answering the raw response (for checking error statuses). */
  fetch(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    return fetch(`${this.baseURL}${path}`, {
      method,
      headers: {
        Accept: 'application/json',
        Authorization: `Bearer ${this.token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  /** `POST /api/users` (admins only). */
  createUser(role: Role, username: string, password: string, displayName = username) {
    return this.request<User>('POST', '/api/users', {
      username,
      password,
      role,
      display_name: displayName,
    });
  }

  /** `POST /api/products` with a client-made id (replaying it is harmless). */
  createProduct(product: NewProduct) {
    return this.request<Product>('POST', '/api/products', {
      id: product.id ?? randomUUID(),
      sku: product.sku,
      name: product.name,
      unit_price: product.unitPrice,
      ...(product.barcode === undefined ? {} : { barcode: product.barcode }),
      ...(product.category === undefined ? {} : { category: product.category }),
    });
  }

  /** `POST /api/products/{id}/stock_adjustments` with a new id; answers the new stock on hand too. */
  adjustStock(productId: string, delta: number, reason: StockReason = 'received', note?: string) {
    return this.request<StockAdjustment>('POST', `/api/products/${productId}/stock_adjustments`, {
      id: randomUUID(),
      delta,
      reason,
      ...(note === undefined ? {} : { note }),
    });
  }

  /** `GET /api/products/{id}`, with `stock_on_hand`. */
  getProduct(id: string) {
    return this.request<Product>('GET', `/api/products/${id}`);
  }

  /** Every sale matching `query`, newest first, across all pages of `GET /api/sales`. */
  async listSales(query: SalesQuery = {}): Promise<Sale[]> {
    const sales: Sale[] = [];
    for (let page = 0; ; page++) {
      const params = new URLSearchParams({ ...query, page: String(page), size: '500' });
      const answer = await this.request<{ data: Sale[]; total_pages: number }>(
        'GET',
        `/api/sales?${params}`,
      );
      sales.push(...answer.data);
      if (page + 1 >= answer.total_pages) {
        return sales;
      }
    }
  }

  /** `GET /api/sync/conflicts` (managers and admins); open ones unless `status` says otherwise. */
  conflicts(query: { status?: 'open' | 'resolved' | 'all'; type?: string } = {}) {
    const params = new URLSearchParams({ ...query, limit: '1000' });
    return this.request<Conflict[]>('GET', `/api/sync/conflicts?${params}`);
  }

  /** `GET /api/sync/status` (managers and admins). */
  syncStatus() {
    return this.request<SyncStatus>('GET', '/api/sync/status');
  }
}

async function problemOf(response: Response) {
  const text = await response.text();
  try {
    return JSON.parse(text) as { code?: string; detail?: string };
  } catch {
    return text === '' ? undefined : { detail: text.slice(0, 500) };
  }
}

let admin: Promise<ApiClient> | undefined;

/** The first admin's client on the shared server, signed in once per test file. */
export function adminApi(): Promise<ApiClient> {
  admin ??= ApiClient.signIn(ADMIN.username, ADMIN.password).catch((error: unknown) => {
    admin = undefined;
    throw error;
  });
  return admin;
}
