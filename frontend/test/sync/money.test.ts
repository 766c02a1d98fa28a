import { describe, expect, it } from 'vitest';
import { fromCents, fromMilli, lineTotal, toCents, toMilli } from '../../src/sync/money';

describe('money', () => {
  describe('toCents', () => {
    it.each([
      [3500, 350_000],
      [1500.5, 150_050],
      [0.29, 29], // 0.29 * 100 is 28.999999999999996 in binary floating point
      [1.1, 110],
      [19.99, 1_999],
      [333.33, 33_333],
      [0, 0],
      [12_345_678.91, 1_234_567_891],
    ])('reads %d TZS as %i cents', (amount, cents) => {
      expect(toCents(amount)).toBe(cents);
    });

    it('reads every two-place amount up to 10,000.00 exactly', () => {
      const misread: number[] = [];
      for (let cents = 0; cents <= 1_000_000; cents++) {
        if (toCents(Number((cents / 100).toFixed(2))) !== cents) {
          misread.push(cents);
        }
      }
      expect(misread).toEqual([]);
    });
  });

  describe('fromCents', () => {
    it('writes the shortest decimal JSON number', () => {
      expect(JSON.stringify({ amount: fromCents(150_050) })).toBe('{"amount":1500.5}');
      expect(JSON.stringify({ amount: fromCents(350_000) })).toBe('{"amount":3500}');
      expect(JSON.stringify({ amount: fromCents(29) })).toBe('{"amount":0.29}');
    });

    it('round-trips with toCents', () => {
      const misread: number[] = [];
      for (let cents = 0; cents <= 1_000_000; cents++) {
        if (toCents(fromCents(cents)) !== cents) {
          misread.push(cents);
        }
      }
      expect(misread).toEqual([]);
    });
  });

  describe('toMilli and fromMilli', () => {
    it.each([
      [1, 1_000],
      [1.5, 1_500],
      [0.333, 333],
      [1.005, 1_005], // 1.005 * 1000 is 1004.9999999999999
      [0.001, 1],
      [2.675, 2_675],
    ])('reads %d units as %i thousandths', (quantity, milli) => {
      expect(toMilli(quantity)).toBe(milli);
      expect(fromMilli(milli)).toBe(quantity);
    });
  });

  describe('lineTotal', () => {
    it.each([
      // quantity (thousandths), unit price (cents), line total (cents): as the server's HALF_UP
      [2_000, 350_000, 700_000, '2 × 3,500.00 = 7,000.00'],
      [333, 100_000, 33_300, '0.333 × 1,000.00 = 333.00'],
      [1_500, 33_333, 50_000, '1.5 × 333.33 = 499.995 → 500.00'],
      [1_000, 33_333, 33_333, '1 × 333.33 = 333.33'],
      [125, 99_999, 12_500, '0.125 × 999.99 = 124.99875 → 125.00'],
      [1_500, 1, 2, '1.5 × 0.01 = 0.015 → 0.02'],
      [1_400, 1, 1, '1.4 × 0.01 = 0.014 → 0.01'],
      [1, 1, 0, '0.001 × 0.01 = 0.00001 → 0.00'],
      [2_345, 299_999, 703_498, '2.345 × 2,999.99 = 7,034.976… → 7,034.98'],
      [3_335, 100, 334, '3.335 × 1.00 = 3.335 → 3.34'],
    ])('%i × %i = %i (%s)', (quantity, price, total) => {
      expect(lineTotal(quantity, price)).toBe(total);
    });

    it('stays exact for a large wholesale line', () => {
      // 1,000 bags at 12,500,000.00 TZS: 12,500,000,000.00 TZS.
      expect(lineTotal(1_000_000, 1_250_000_000)).toBe(1_250_000_000_000);
    });

    it('agrees with decimal arithmetic rounded half up', () => {
      const wrong: string[] = [];
      for (let quantity = 1; quantity <= 10_000; quantity++) {
        for (const price of [1, 5, 99, 33_333, 350_000, 299_999]) {
          const exact = BigInt(quantity) * BigInt(price); // in 1/100,000 TZS
          const expected = Number((exact + 500n) / 1000n);
          if (lineTotal(quantity, price) !== expected) {
            wrong.push(`${quantity} × ${price}`);
          }
        }
      }
      expect(wrong).toEqual([]);
    });
  });
});
