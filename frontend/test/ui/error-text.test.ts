import { describe, expect, it } from 'vitest';
import { SyncError, type Problem } from '../../src/sync';
import { errorText } from '../../src/ui/error-text';

function problem(code: string, detail: string): Problem {
  return { type: undefined, title: undefined, status: undefined, detail, code, errors: [] };
}

describe('errorText', () => {
  it('uses our own words for a known problem code', () => {
    const error = new SyncError('unauthenticated', {
      status: 401,
      problem: problem('bad-credentials', 'Bad credentials'),
    });

    expect(errorText(error)).toBe('Wrong username or password.');
  });

  it('says when to try again after too many attempts', () => {
    const error = new SyncError('retryable', {
      status: 429,
      problem: problem('too-many-attempts', 'Too many attempts'),
      retryAfterSeconds: 30,
    });

    expect(errorText(error)).toBe('Too many sign-in attempts. Try again in 30 seconds.');
  });

  it('counts long waits in minutes', () => {
    const error = new SyncError('retryable', {
      problem: problem('too-many-attempts', 'Too many attempts'),
      retryAfterSeconds: 300,
    });

    expect(errorText(error)).toBe('Too many sign-in attempts. Try again in 5 minutes.');
  });

  it('shows the server detail of a rejected request with an unknown code', () => {
    const error = new SyncError('rejected', {
      status: 422,
      problem: problem('username-taken', 'That username is taken'),
    });

    expect(errorText(error)).toBe('That username is taken');
  });

  it('falls back to the text for the classification code', () => {
    expect(errorText(new SyncError('offline'))).toBe(
      'Cannot reach the server. Check the connection and try again.',
    );
    expect(errorText(new SyncError('retryable', { status: 503 }))).toBe(
      'The server is busy or unavailable. Try again in a moment.',
    );
  });

  it('has a text for errors that are not from the API', () => {
    expect(errorText(new Error('boom'))).toBe('Something went wrong. Try again.');
  });
});
