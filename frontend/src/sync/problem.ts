/** One invalid field of a rejected request. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** An `application/problem+json` error body (RFC 9457) with the backend's stable `code`. */
export interface Problem {
  readonly type: string | undefined;
  readonly title: string | undefined;
  readonly status: number | undefined;
  readonly detail: string | undefined;
  readonly code: string | undefined;
  readonly errors: readonly FieldError[];
  /** A stale edit's answer (412) carries the server's current record here. */
  readonly current?: unknown;
}

/** Reads a problem body, keeping only the members that have the expected types. */
export function toProblem(body: unknown): Problem | undefined {
  if (!isRecord(body)) {
    return undefined;
  }
  return {
    type: text(body['type']),
    title: text(body['title']),
    status: typeof body['status'] === 'number' ? body['status'] : undefined,
    detail: text(body['detail']),
    code: text(body['code']),
    errors: Array.isArray(body['errors']) ? body['errors'].flatMap(toFieldError) : [],
    ...(isRecord(body['current']) && { current: body['current'] }),
  };
}

function toFieldError(item: unknown): FieldError[] {
  if (!isRecord(item)) {
    return [];
  }
  const field = text(item['field']);
  const message = text(item['message']);
  return field === undefined || message === undefined ? [] : [{ field, message }];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** True for a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
