import { describe, expect, it } from 'vitest';
import type { DeviceIdentity } from '../../src/db';
import {
  buildSale,
  checkSale,
  saleNumber,
  saleTotals,
  type SaleInput,
} from '../../src/shop/sale-builder';
import { toSale } from '../../src/sync/server-records';
import { amina, cashSale, mafuta, mchele, neema, NOW, sukari, unga } from '../support/fixtures';

const device: DeviceIdentity = {
  id: '7f3a9e10-1111-4222-8333-444455556666',
  salePrefix: '7F3A',
  name: 'Kaunta 1',
  lastSaleSeq: 41,
  storagePersisted: true,
};

/** 2 × Sukari and 1.5 kg of rice, paid by M-Pesa. */
function mpesaSale(overrides: Partial<SaleInput> = {}): SaleInput {
  return {
    ...cashSale([
      [sukari(), 2_000],
      [mchele(), 1_500],
    ]),
    paymentMethod: 'mobile_money',
    amountTendered: null,
    paymentReference: '  QK71H3XY2P ',
    ...overrides,
  };
}

describe('saleTotals', () => {
  it('adds line totals rounded half up to the cent, like the server', () => {
    const totals = saleTotals(
      [
        { product: { ...sukari(), unitPrice: 100_000 }, quantity: 333 }, // 0.333 × 1,000.00 = 333.00
        { product: { ...unga(), unitPrice: 33_333 }, quantity: 1_500 }, // 1.5 × 333.33 → 500.00
      ],
      0,
      null,
    );

    expect(totals).toEqual({ subtotal: 83_300, discount: 0, total: 83_300, changeDue: 0 });
  });

  it('takes the discount off the subtotal and gives change from cash', () => {
    const totals = saleTotals(
      [
        { product: sukari(), quantity: 2_000 },
        { product: mafuta(), quantity: 1_000 },
      ],
      50_000,
      2_000_000,
    );

    expect(totals).toEqual({
      subtotal: 1_350_000,
      discount: 50_000,
      total: 1_300_000,
      changeDue: 700_000,
    });
  });

  it('gives no negative change', () => {
    expect(saleTotals([{ product: sukari(), quantity: 1_000 }], 0, 100_000).changeDue).toBe(0);
  });
});

describe('checkSale', () => {
  it('accepts a complete cash sale', () => {
    expect(checkSale(cashSale([[sukari(), 2_000]], 1_000_000))).toBeNull();
  });

  it('accepts exact cash', () => {
    expect(checkSale(cashSale([[sukari(), 2_000]], 700_000))).toBeNull();
  });

  it('accepts a card payment without a reference', () => {
    expect(checkSale({ ...cashSale(), paymentMethod: 'card', amountTendered: null })).toBeNull();
  });

  it.each<[string, SaleInput, string]>([
    ['an empty cart', { ...cashSale(), lines: [] }, 'empty-cart'],
    ['a zero quantity', cashSale([[sukari(), 0]], 0), 'bad-quantity'],
    ['a negative quantity', cashSale([[sukari(), -1_000]], 0), 'bad-quantity'],
    ['a fractional thousandth', cashSale([[sukari(), 1_000.5]], 350_000), 'bad-quantity'],
    ['a negative discount', { ...cashSale(), discount: -100 }, 'bad-discount'],
    ['a discount above the subtotal', { ...cashSale(), discount: 700_001 }, 'bad-discount'],
    ['a fractional cent discount', { ...cashSale(), discount: 0.5 }, 'bad-discount'],
    ['too little cash', cashSale([[sukari(), 2_000]], 699_999), 'tendered-too-little'],
    ['no cash amount', { ...cashSale(), amountTendered: null }, 'tendered-too-little'],
    [
      'mobile money without a reference',
      mpesaSale({ paymentReference: null }),
      'reference-missing',
    ],
    [
      'mobile money with a blank reference',
      mpesaSale({ paymentReference: '   ' }),
      'reference-missing',
    ],
  ])('refuses %s', (_name, input, problem) => {
    expect(checkSale(input)).toBe(problem);
  });

  it('accepts a discount of the whole subtotal', () => {
    expect(checkSale({ ...cashSale(), discount: 700_000, amountTendered: 0 })).toBeNull();
  });
});

describe('saleNumber', () => {
  it.each([
    ['ABCD', 42, 'ABCD-000042'],
    ['7F3A', 1, '7F3A-000001'],
    ['7F3A', 999_999, '7F3A-999999'],
    ['7F3A', 1_234_567, '7F3A-1234567'],
  ])('numbers %s sale %i as %s', (prefix, seq, expected) => {
    expect(saleNumber(prefix, seq)).toBe(expected);
  });
});

describe('buildSale', () => {
  it('builds the sale.record arguments in snake_case with decimal numbers', () => {
    const {
      sale,
      entry: { args: body },
    } = buildSale(
      {
        ...cashSale(
          [
            [sukari(), 2_000],
            [mchele(), 1_500],
          ],
          1_500_000,
        ),
        discount: 20_000,
      },
      42,
      device,
      NOW,
    );

    expect(body).toEqual({
      id: sale.id,
      sale_number: '7F3A-000042',
      device_id: device.id,
      device_seq: 42,
      sold_at: '2026-11-21T07:30:00.000Z',
      customer_id: null,
      customer_name: null,
      customer_phone: null,
      payment_method: 'cash',
      payment_reference: null,
      amount_tendered: 15_000,
      discount: 200,
      total_amount: 11_300,
      items: [
        { product_id: sukari().id, quantity: 2, unit_price: 3_500 },
        { product_id: mchele().id, quantity: 1.5, unit_price: 3_000 },
      ],
    });
    expect(JSON.stringify(body)).toContain('"items":[{"product_id":');
    expect(JSON.stringify(body)).toContain('"quantity":1.5,"unit_price":3000}');
  });

  it('uses only snake_case keys', () => {
    const {
      entry: { args: body },
    } = buildSale(mpesaSale({ customer: neema() }), 1, device, NOW);
    const keys = JSON.stringify(body).match(/"([^"]+)":/g) ?? [];

    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) {
      expect(key).toMatch(/^"[a-z]+(_[a-z]+)*":$/);
    }
  });

  it('stores the sale in cents and thousandths, with what the receipt needs', () => {
    const { sale } = buildSale(cashSale([[sukari(), 2_000]], 1_000_000), 42, device, NOW);

    expect(sale).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      saleNumber: '7F3A-000042',
      deviceId: device.id,
      deviceSeq: 42,
      cashierId: amina.id,
      cashierName: 'Amina Wanjiru',
      customerId: null,
      customerName: null,
      customerPhone: null,
      soldAt: NOW.toISOString(),
      paymentMethod: 'cash',
      paymentReference: null,
      amountTendered: 1_000_000,
      subtotal: 700_000,
      discount: 0,
      totalAmount: 700_000,
      changeDue: 300_000,
      lines: [
        {
          productId: sukari().id,
          productName: 'Sukari 1kg',
          sku: 'SUK-1KG',
          quantity: 2_000,
          unitPrice: 350_000,
          lineTotal: 700_000,
        },
      ],
      version: 0,
      snapshot: 0,
    });
  });

  it('keeps a trimmed mobile money reference and no tendered amount', () => {
    const {
      sale,
      entry: { args: body },
    } = buildSale(mpesaSale(), 7, device, NOW);

    expect(sale).toMatchObject({
      paymentMethod: 'mobile_money',
      paymentReference: 'QK71H3XY2P',
      amountTendered: null,
      changeDue: 0,
      totalAmount: 1_150_000,
    });
    expect(body).toMatchObject({
      payment_method: 'mobile_money',
      payment_reference: 'QK71H3XY2P',
      amount_tendered: null,
      total_amount: 11_500,
    });
  });

  it('drops a reference typed for a cash sale', () => {
    const {
      entry: { args: body },
    } = buildSale({ ...cashSale(), paymentReference: 'QK71H3XY2P' }, 7, device, NOW);

    expect(body['payment_reference']).toBeNull();
  });

  it('names the customer', () => {
    const {
      entry: { args: body },
    } = buildSale(mpesaSale({ customer: neema() }), 7, device, NOW);

    expect(body).toMatchObject({
      customer_id: neema().id,
      customer_name: 'Neema Kimaro',
      customer_phone: '+255754000111',
    });
  });

  it('gives every sale a new id', () => {
    const first = buildSale(cashSale(), 1, device, NOW);
    const second = buildSale(cashSale(), 2, device, NOW);

    expect(first.sale.id).not.toBe(second.sale.id);
  });

  it('builds a body the device reads back as the same sale', () => {
    const {
      sale,
      entry: { args: body },
    } = buildSale(mpesaSale({ customer: neema() }), 42, device, NOW);
    const items = (body['items'] as Record<string, unknown>[]).map((item, index) => ({
      ...item,
      product_name: sale.lines[index]?.productName,
      sku: sale.lines[index]?.sku,
      line_total: (sale.lines[index]?.lineTotal ?? 0) / 100,
    }));

    const read = toSale({
      ...body,
      version: 0,
      cashier_id: amina.id,
      cashier_name: amina.displayName,
      subtotal: sale.subtotal / 100,
      change_due: sale.changeDue / 100,
      items,
    });

    const { snapshot: _snapshot, ...expected } = sale;
    expect(read).toEqual(expected);
  });
});
