import { afterEach, describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatDateTime,
  formatMoney,
  parseMoney,
  parseQuantity,
} from '../../src/ui/format';
import { setLocale } from '../../src/ui/messages';
import { quickAmounts } from '../../src/ui/payment-panel';
import { DAR, onDeviceInZone } from '../support/time-zone';

describe('format', () => {
  describe('parseMoney', () => {
    it.each([
      ['5000', 500_000],
      ['5,000', 500_000],
      ['5 000', 500_000],
      ['1500.5', 150_050],
      ['1500.50', 150_050],
      ['0', 0],
    ])('reads %s as %i cents', (text, cents) => {
      expect(parseMoney(text)).toBe(cents);
    });

    it.each(['', 'abc', '-5', '1.234', '5e3', '1.2.3'])('refuses %j', (text) => {
      expect(parseMoney(text)).toBeNull();
    });
  });

  describe('parseQuantity', () => {
    it('reads whole and fractional quantities in thousandths', () => {
      expect(parseQuantity('2')).toBe(2000);
      expect(parseQuantity('1.25')).toBe(1250);
      expect(parseQuantity('0,5')).toBe(500);
    });

    it('refuses zero, negative and over-precise quantities', () => {
      expect(parseQuantity('0')).toBeNull();
      expect(parseQuantity('-1')).toBeNull();
      expect(parseQuantity('1.2345')).toBeNull();
    });
  });

  describe('formatAmount', () => {
    afterEach(() => setLocale('en'));

    it.each(['en', 'sw'] as const)(
      'groups cash received as money is grouped, in %s',
      async (locale) => {
        await setLocale(locale);
        expect(formatAmount(3_000_000)).toBe('30,000');
        expect(formatAmount(150_050)).toBe('1,500.50');
        expect(formatAmount(123_456_700)).toBe('1,234,567');
        expect(formatMoney(3_000_000)).toContain(formatAmount(3_000_000));
      },
    );

    it.each(['en', 'sw'] as const)('reads back what it wrote, in %s', async (locale) => {
      await setLocale(locale);
      for (const cents of [0, 5, 100, 150_050, 3_000_000, 123_456_700]) {
        expect(parseMoney(formatAmount(cents))).toBe(cents);
      }
    });
  });

  describe('formatMoney', () => {
    it('shows shillings without cents when there are none', () => {
      expect(formatMoney(1_250_000)).toMatch(/^TZS\s12,500$/);
      expect(formatMoney(150_050)).toMatch(/^TZS\s1,500\.50$/);
    });
  });
});

describe('quickAmounts', () => {
  it('offers the exact amount, then the next round notes', () => {
    expect(quickAmounts(1_080_000)).toEqual([1_080_000, 1_100_000, 1_500_000, 2_000_000]);
  });

  it('offers nothing for an empty cart', () => {
    expect(quickAmounts(0)).toEqual([]);
  });
});

describe('formatDateTime on a device set to another zone than the shop’s', () => {
  onDeviceInZone('America/Lima');

  it('shows the time on the shop’s clock', () => {
    // 22:30 on 20 November in Lima is 06:30 on the 21st in Dar es Salaam.
    const shown = formatDateTime('2026-11-21T03:30:00Z', DAR);
    expect(shown).toContain('Nov 21, 2026');
    expect(shown).toMatch(/6:30\sAM/);
  });
});
