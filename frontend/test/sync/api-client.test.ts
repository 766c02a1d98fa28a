import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClient, parseRetryAfter } from '../../src/sync/api-client';
import { SyncError } from '../../src/sync/sync-error';

const amina = {
  id: '3f1c2a8e-5b7d-4e3a-9c1f-2d6b8e4a7c10',
  username: 'amina',
  display_name: 'Amina Wanjiru',
  role: 'CASHIER',
};

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

function problem(status: number, code: string, detail: string, headers = {}): Response {
  const body = { type: `https://pos.example/problems/${code}`, title: code, status, detail, code };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

function noContent(): Response {
  return new Response(null, { status: 204 });
}

describe('ApiClient', () => {
  const fetchMock = vi.fn<typeof fetch>();
  const browser = { cookie: '' };
  let client: ApiClient;

  beforeEach(() => {
    fetchMock.mockReset();
    browser.cookie = 'XSRF-TOKEN=token-1';
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal('document', browser);
    client = new ApiClient();
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  function request(index: number): { url: string; init: RequestInit; headers: Headers } {
    const call = fetchMock.mock.calls[index];
    if (call === undefined) {
      throw new Error(`fetch was called ${fetchMock.mock.calls.length} times`);
    }
    const init = call[1] ?? {};
    return { url: String(call[0]), init, headers: new Headers(init.headers) };
  }

  async function failure(promise: Promise<unknown>): Promise<SyncError> {
    const error = await promise.then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(SyncError);
    return error as SyncError;
  }

  describe('login', () => {
    it('posts the credentials as JSON', async () => {
      fetchMock.mockResolvedValue(json(amina));

      await client.login({ username: 'amina', password: 'correct horse' });

      const { url, init, headers } = request(0);
      expect(url).toBe('/api/auth/login');
      expect(init.method).toBe('POST');
      expect(init.credentials).toBe('same-origin');
      expect(headers.get('Accept')).toBe('application/json');
      expect(headers.get('Content-Type')).toBe('application/json');
      expect(JSON.parse(String(init.body))).toEqual({
        username: 'amina',
        password: 'correct horse',
      });
    });

    it('sends the XSRF token from the cookie', async () => {
      browser.cookie = 'theme=dark; XSRF-TOKEN=5a7c9e1b-token; other=x';
      fetchMock.mockResolvedValue(json(amina));

      await client.login({ username: 'amina', password: 'correct horse' });

      expect(fetchMock).toHaveBeenCalledTimes(1);
      expect(request(0).headers.get('X-XSRF-TOKEN')).toBe('5a7c9e1b-token');
    });

    it('fetches /api/auth/csrf first when there is no cookie', async () => {
      browser.cookie = '';
      fetchMock.mockImplementationOnce(async () => {
        browser.cookie = 'XSRF-TOKEN=fresh-token';
        return noContent();
      });
      fetchMock.mockResolvedValueOnce(json(amina));

      await client.login({ username: 'amina', password: 'correct horse' });

      expect(request(0).url).toBe('/api/auth/csrf');
      expect(request(0).init.method).toBe('GET');
      expect(request(1).url).toBe('/api/auth/login');
      expect(request(1).headers.get('X-XSRF-TOKEN')).toBe('fresh-token');
    });

    it('returns the user with a camelCase display name', async () => {
      fetchMock.mockResolvedValue(json(amina));

      const user = await client.login({ username: 'amina', password: 'correct horse' });

      expect(user).toEqual({
        id: amina.id,
        username: 'amina',
        displayName: 'Amina Wanjiru',
        role: 'CASHIER',
      });
    });

    it('rejects a wrong password as unauthenticated with the code bad-credentials', async () => {
      fetchMock.mockResolvedValue(problem(401, 'bad-credentials', 'Wrong username or password'));

      const error = await failure(client.login({ username: 'amina', password: 'wrong' }));

      expect(error.code).toBe('unauthenticated');
      expect(error.status).toBe(401);
      expect(error.problem?.code).toBe('bad-credentials');
      expect(error.problem?.detail).toBe('Wrong username or password');
    });

    it('rejects too many attempts as retryable with the Retry-After seconds', async () => {
      fetchMock.mockResolvedValue(
        problem(429, 'too-many-attempts', 'Too many attempts', { 'Retry-After': '30' }),
      );

      const error = await failure(client.login({ username: 'amina', password: 'wrong' }));

      expect(error.code).toBe('retryable');
      expect(error.problem?.code).toBe('too-many-attempts');
      expect(error.retryAfterSeconds).toBe(30);
    });
  });

  describe('currentUser', () => {
    it('asks for JSON with the session cookie and sends no XSRF token', async () => {
      fetchMock.mockResolvedValue(json(amina));

      await client.currentUser();

      const { url, init, headers } = request(0);
      expect(url).toBe('/api/auth/me');
      expect(init.method).toBe('GET');
      expect(init.credentials).toBe('same-origin');
      expect(headers.get('Accept')).toBe('application/json');
      expect(headers.has('X-XSRF-TOKEN')).toBe(false);
    });

    it('rejects as unauthenticated when nobody is signed in', async () => {
      fetchMock.mockResolvedValue(problem(401, 'unauthenticated', 'Sign in first'));

      const error = await failure(client.currentUser());

      expect(error.code).toBe('unauthenticated');
      expect(error.problem?.code).toBe('unauthenticated');
    });

    it('treats a success body it cannot read as retryable', async () => {
      fetchMock.mockResolvedValue(
        new Response('<html>Sign in to the Wi-Fi</html>', {
          status: 200,
          headers: { 'Content-Type': 'text/html' },
        }),
      );

      const error = await failure(client.currentUser());

      expect(error.code).toBe('retryable');
      expect(error.status).toBe(200);
    });
  });

  describe('logout', () => {
    it('reads the cookie again before each request because the token changes', async () => {
      fetchMock.mockImplementationOnce(async () => {
        browser.cookie = 'XSRF-TOKEN=token-after-login';
        return json(amina);
      });
      fetchMock.mockResolvedValueOnce(noContent());

      await client.login({ username: 'amina', password: 'correct horse' });
      await client.logout();

      expect(request(0).headers.get('X-XSRF-TOKEN')).toBe('token-1');
      expect(request(1).url).toBe('/api/auth/logout');
      expect(request(1).init.method).toBe('POST');
      expect(request(1).headers.get('X-XSRF-TOKEN')).toBe('token-after-login');
    });

    it('resolves on 204 No Content', async () => {
      fetchMock.mockResolvedValue(noContent());

      await expect(client.logout()).resolves.toBeUndefined();
    });
  });

  describe('error classification', () => {
    it.each([
      [400, 'rejected'],
      [401, 'unauthenticated'],
      [403, 'forbidden'],
      [404, 'rejected'],
      [409, 'rejected'],
      [422, 'rejected'],
      [429, 'retryable'],
      [500, 'retryable'],
      [502, 'retryable'],
      [503, 'retryable'],
    ])('classifies %i as %s', async (status, code) => {
      fetchMock.mockResolvedValue(problem(status, 'some-problem', 'Something'));

      const error = await failure(client.logout());

      expect(error.code).toBe(code);
      expect(error.status).toBe(status);
    });

    it('treats a stale CSRF token as worth another try, not as a lost session', async () => {
      fetchMock.mockResolvedValue(problem(403, 'csrf-rejected', 'Invalid CSRF token'));

      const error = await failure(client.logout());

      expect(error.code).toBe('retryable');
      expect(error.status).toBe(403);
    });

    it('classifies a network failure as offline', async () => {
      const networkError = new TypeError('Failed to fetch');
      fetchMock.mockRejectedValue(networkError);

      const error = await failure(client.currentUser());

      expect(error.code).toBe('offline');
      expect(error.status).toBeUndefined();
      expect(error.cause).toBe(networkError);
    });

    it('keeps the problem detail, code, status and field errors', async () => {
      fetchMock.mockResolvedValue(
        json(
          {
            type: 'https://pos.example/problems/validation',
            title: 'Invalid request',
            status: 422,
            detail: 'Username must not be blank',
            code: 'validation',
            errors: [{ field: 'username', message: 'must not be blank' }, { field: 42 }],
          },
          422,
          { 'Content-Type': 'application/problem+json' },
        ),
      );

      const error = await failure(client.login({ username: '', password: 'x' }));

      expect(error.code).toBe('rejected');
      expect(error.problem).toEqual({
        type: 'https://pos.example/problems/validation',
        title: 'Invalid request',
        status: 422,
        detail: 'Username must not be blank',
        code: 'validation',
        errors: [{ field: 'username', message: 'must not be blank' }],
      });
    });

    it('tolerates an error body that is not a problem', async () => {
      fetchMock.mockResolvedValue(
        new Response('<h1>502 Bad Gateway</h1>', {
          status: 502,
          headers: { 'Content-Type': 'text/html' },
        }),
      );

      const error = await failure(client.currentUser());

      expect(error.code).toBe('retryable');
      expect(error.problem).toBeUndefined();
    });
  });
});

describe('parseRetryAfter', () => {
  it('reads delay seconds', () => {
    expect(parseRetryAfter('120')).toBe(120);
  });

  it('reads an HTTP date as seconds from now', () => {
    const now = Date.parse('2026-11-21T10:00:00Z');

    expect(parseRetryAfter('Sat, 21 Nov 2026 10:01:30 GMT', now)).toBe(90);
  });

  it('ignores a missing or unreadable header', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});
