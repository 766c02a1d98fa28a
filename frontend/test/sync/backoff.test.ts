import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../src/sync/backoff';

const lowest = () => 0;
const highest = () => 0.999_999_999;

describe('backoffDelay', () => {
  describe('without Retry-After', () => {
    it.each([
      [1, 2_000],
      [2, 4_000],
      [3, 8_000],
      [4, 16_000],
      [5, 32_000],
      [6, 64_000],
      [7, 128_000],
      [8, 256_000],
      [9, 300_000],
      [10, 300_000],
    ])('waits at most %i failures → %i ms, and at least half of it', (failures, ceiling) => {
      expect(backoffDelay(failures, undefined, highest)).toBe(ceiling);
      expect(backoffDelay(failures, undefined, lowest)).toBe(ceiling / 2);
    });

    it('never waits longer than 5 minutes, however long the outage', () => {
      for (const failures of [9, 20, 100, 1_100, Number.MAX_SAFE_INTEGER]) {
        expect(backoffDelay(failures, undefined, highest)).toBe(300_000);
        expect(backoffDelay(failures, undefined, lowest)).toBe(150_000);
      }
    });

    it('spreads the tablets of a shop across the whole window', () => {
      const delays = Array.from({ length: 1_000 }, (_, index) =>
        backoffDelay(4, undefined, () => index / 1_000),
      );

      expect(Math.min(...delays)).toBe(8_000);
      expect(Math.max(...delays)).toBeLessThanOrEqual(16_000);
      expect(Math.max(...delays)).toBeGreaterThan(15_900);
      expect(new Set(delays).size).toBeGreaterThan(900);
    });

    it('stays within [ceiling / 2, ceiling] with the real Math.random', () => {
      for (let failures = 1; failures <= 12; failures++) {
        const ceiling = Math.min(300_000, 2_000 * 2 ** (failures - 1));
        for (let draw = 0; draw < 50; draw++) {
          const delay = backoffDelay(failures, undefined);
          expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
          expect(delay).toBeLessThanOrEqual(ceiling);
        }
      }
    });

    it('treats zero failures like the first', () => {
      expect(backoffDelay(0, undefined, highest)).toBe(2_000);
    });

    it('returns whole milliseconds', () => {
      expect(Number.isInteger(backoffDelay(3, undefined, () => 0.123_456_789))).toBe(true);
    });
  });

  describe('with Retry-After', () => {
    it('waits as long as the server asked when that is longer', () => {
      expect(backoffDelay(1, 120, highest)).toBe(120_000);
    });

    it('keeps its own wait when the server asked for less', () => {
      expect(backoffDelay(6, 10, lowest)).toBe(32_000);
    });

    it('honours a Retry-After beyond the 5 minute cap', () => {
      expect(backoffDelay(20, 900, highest)).toBe(900_000);
    });

    it('treats Retry-After: 0 as no wish', () => {
      expect(backoffDelay(2, 0, lowest)).toBe(2_000);
    });
  });
});
