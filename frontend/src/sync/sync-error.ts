import type { Problem } from './problem';

/**
 * What a caller should do about a failed request: wait for the network (`offline`), try again later
 * (`retryable`), fix the request (`rejected`), sign in (`unauthenticated`) or give up (`forbidden`).
 */
export type SyncErrorCode = 'offline' | 'retryable' | 'rejected' | 'unauthenticated' | 'forbidden';

/** Facts about a failure, as far as the response told them. */
export interface SyncErrorDetails {
  readonly status?: number;
  readonly problem?: Problem;
  readonly retryAfterSeconds?: number;
  readonly cause?: unknown;
}

/** A failed call to the backend, classified by `code`; screens choose their text by code. */
export class SyncError extends Error {
  override readonly name = 'SyncError';
  readonly code: SyncErrorCode;
  /** HTTP status, absent when no response arrived. */
  readonly status: number | undefined;
  /** The problem body, when the server sent one. */
  readonly problem: Problem | undefined;
  /** Seconds the server asked us to wait (`Retry-After`). */
  readonly retryAfterSeconds: number | undefined;

  constructor(code: SyncErrorCode, details: SyncErrorDetails = {}) {
    const summary = [code, details.status, details.problem?.code].filter(
      (part) => part !== undefined,
    );
    super(summary.join(' '), { cause: details.cause });
    this.code = code;
    this.status = details.status;
    this.problem = details.problem;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}
