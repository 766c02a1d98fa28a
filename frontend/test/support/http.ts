/**
 * Stubs `fetch` at the HTTP level, so the real ApiClient builds the requests and reads the responses.
 */
import { vi } from 'vitest';

/** A request as the stubbed server received it. */
export interface SentRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Headers;
  /** The parsed JSON body, undefined without one. */
  readonly body: unknown;
  readonly signal: AbortSignal | undefined;
}

/** Answers one request; throw (for example a `TypeError`) to simulate a network failure. */
export type Handler = (request: SentRequest) => Response | Promise<Response>;

/** Replaces `fetch` with `handler`; returns the list the requests are recorded in. */
export function stubFetch(handler: Handler): SentRequest[] {
  const requests: SentRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = new URL(String(input), 'https://duka.example');
      const request: SentRequest = {
        method: init.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: new Headers(init.headers),
        body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
        signal: init.signal ?? undefined,
      };
      requests.push(request);
      return handler(request);
    }),
  );
  return requests;
}

/** Gives a `document`-less environment (like a service worker) a Cookie Store holding `jar`. */
export function stubCookieStore(jar: Map<string, string>): void {
  vi.stubGlobal('cookieStore', {
    get: async (name: string) => {
      const value = jar.get(name);
      return value === undefined ? null : { value };
    },
  });
}

/** A JSON response. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** An RFC 9457 problem response with the backend's stable `code`. */
export function problem(
  status: number,
  code: string,
  detail: string,
  headers: Record<string, string> = {},
  extensions: Record<string, unknown> = {},
): Response {
  const body = {
    type: `https://pos.example/problems/${code}`,
    title: code,
    status,
    detail,
    code,
    ...extensions,
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

/** A 200 whose JSON body was cut off on the way (a dropped connection, a proxy timeout). */
export function cutOff(body: unknown): Response {
  const text = JSON.stringify(body);
  return new Response(text.slice(0, Math.floor(text.length / 2)), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** 204 No Content. */
export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** What `fetch` throws when there is no network. */
export function networkError(): TypeError {
  return new TypeError('Failed to fetch');
}

/** Resolves after pending promise callbacks and IndexedDB tasks have run. */
export function settled(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
