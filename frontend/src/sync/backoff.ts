/** The first wait after a failed sync, doubled for each failure in a row. */
const BASE_MS = 2_000;

/** The longest wait between attempts while the server cannot be reached. */
const MAX_MS = 5 * 60_000;

/**
 * How long to wait before the next attempt after `failures` failures in a row: exponential with full
 * jitter (so a shop's tablets do not return together), never sooner than the server's `Retry-After`.
 */
export function backoffDelay(
  failures: number,
  retryAfterSeconds: number | undefined,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(MAX_MS, BASE_MS * 2 ** Math.max(0, failures - 1));
  const jittered = ceiling / 2 + random() * (ceiling / 2);
  const asked = retryAfterSeconds === undefined ? 0 : retryAfterSeconds * 1000;
  return Math.round(Math.max(jittered, asked));
}
