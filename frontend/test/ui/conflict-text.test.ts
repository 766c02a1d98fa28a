import { afterEach, describe, expect, it } from 'vitest';
import type { Conflict } from '../../src/back-office';
import { describeConflict } from '../../src/ui/conflicts/conflict-text';
import { setLocale } from '../../src/ui/messages';

function conflict(type: string, values: Record<string, unknown>): Conflict {
  return {
    id: 'c-1',
    type,
    deviceId: null,
    saleId: null,
    productId: null,
    customerId: null,
    values,
    createdAt: '2026-11-21T07:30:00Z',
    resolvedAt: null,
  };
}

describe('describeConflict', () => {
  afterEach(() => setLocale('en'));

  it('reads the server’s figures as money and quantities', () => {
    expect(
      describeConflict(
        conflict('price-mismatch', { unit_price: 3000, current_price: 3500 }),
        'Sugar 1kg',
      ),
    ).toMatch(/^Sugar 1kg: sold at TZS\s3,000, the price was TZS\s3,500\.$/);
    expect(describeConflict(conflict('oversold', { stock_after: -2 }), null)).toBe(
      'a product: stock went down to -2.',
    );
  });

  it('names a customer field as the form does, in the chosen language', async () => {
    await setLocale('sw');
    expect(
      describeConflict(
        conflict('customer-edit', {
          field: 'phone',
          kept: '0754 111 222',
          offered: '0713 000 111',
        }),
        null,
      ),
    ).toBe('Simu: imebaki “0754 111 222”, badiliko lingine “0713 000 111” limeachwa.');
  });
});
