import { describe, expect, it } from 'vitest';
import type { DeviceIdentity, Sale } from '../../src/db';
import {
  lowStock,
  summarize,
  takingsByCashier,
  takingsByHour,
  takingsByMethod,
  topProducts,
} from '../../src/shop/reports';
import { buildSale, type Cashier } from '../../src/shop/sale-builder';
import { amina, cashSale, mafuta, mchele, sukari, unga } from '../support/fixtures';
import { DAR, onDeviceInZone } from '../support/time-zone';

const till: DeviceIdentity = {
  id: '7d1e5b2a-4c3f-4e8a-9b6d-2f1a0c9e8d77',
  salePrefix: '7D1E',
  name: 'Till 1',
  lastSaleSeq: 0,
  storagePersisted: true,
};
const baraka: Cashier = {
  id: '5a0c7d1e-1111-4e3a-9c1f-2d6b8e4a7c20',
  displayName: 'Baraka Mollel',
};

/** A sale rung up at `hour` local time today, as the sell screen builds it. */
function saleAt(
  hour: number,
  input: ReturnType<typeof cashSale>,
  overrides: Partial<Parameters<typeof buildSale>[0]> = {},
): Sale {
  const at = new Date(2026, 10, 21, hour, 15);
  return buildSale({ ...input, ...overrides }, hour, till, at).sale;
}

// Sugar 3,500, flour 4,200, oil 6,500, rice 3,000/kg.
const morning = saleAt(8, cashSale([[sukari(), 2_000]])); // 7,000 cash, Amina
const lateMorning = saleAt(
  11,
  cashSale([
    [unga(), 1_000],
    [mafuta(), 1_000],
  ]),
  {
    paymentMethod: 'mobile_money',
    amountTendered: null,
    paymentReference: 'QK7H2M3',
    cashier: baraka,
  },
); // 10,700 mobile money, Baraka
const noon = saleAt(
  12,
  cashSale([
    [sukari(), 1_000],
    [mchele(), 2_500],
  ]),
  { discount: 50_000 },
); // 3,500 + 7,500 - 500 = 10,500 cash, Amina
const afternoon = saleAt(15, cashSale([[mafuta(), 2_000]]), {
  paymentMethod: 'card',
  amountTendered: null,
  cashier: baraka,
}); // 13,000 card, Baraka
const sales = [morning, lateMorning, noon, afternoon];

describe('reports', () => {
  describe('summarize', () => {
    it('adds up count, takings, average, discounts and units', () => {
      expect(summarize(sales)).toEqual({
        count: 4,
        total: 700_000 + 1_070_000 + 1_050_000 + 1_300_000,
        average: 1_030_000,
        discounts: 50_000,
        quantity: 2_000 + 2_000 + 3_500 + 2_000,
      });
    });

    it('reports zeros, not NaN, without sales', () => {
      expect(summarize([])).toEqual({ count: 0, total: 0, average: 0, discounts: 0, quantity: 0 });
    });
  });

  describe('takingsByMethod', () => {
    it('lists every method in a fixed order, unused ones at zero', () => {
      expect(takingsByMethod([morning, noon, afternoon])).toEqual([
        { method: 'cash', takings: { count: 2, total: 1_750_000 } },
        { method: 'mobile_money', takings: { count: 0, total: 0 } },
        { method: 'card', takings: { count: 1, total: 1_300_000 } },
      ]);
    });

    it('sums to the summary total', () => {
      const byMethod = takingsByMethod(sales).reduce((sum, row) => sum + row.takings.total, 0);
      expect(byMethod).toBe(summarize(sales).total);
    });
  });

  describe('takingsByCashier', () => {
    it('groups by cashier id, names them from the sales, largest first', () => {
      expect(takingsByCashier(sales)).toEqual([
        { cashierId: baraka.id, name: 'Baraka Mollel', count: 2, total: 2_370_000 },
        { cashierId: amina.id, name: 'Amina Wanjiru', count: 2, total: 1_750_000 },
      ]);
    });

    it('names a cashier by a short id when no sale carries a name', () => {
      const pulled: Sale = { ...morning, cashierName: null };
      expect(takingsByCashier([pulled])[0]?.name).toBe(amina.id.slice(0, 8));
    });
  });

  describe('takingsByHour', () => {
    it('puts each sale in its local hour and keeps all 24 hours', () => {
      const hours = takingsByHour(sales);
      expect(hours).toHaveLength(24);
      expect(hours.filter((hour) => hour.count > 0).map((hour) => [hour.hour, hour.total])).toEqual(
        [
          [8, 700_000],
          [11, 1_070_000],
          [12, 1_050_000],
          [15, 1_300_000],
        ],
      );
    });
  });

  describe('topProducts', () => {
    it('ranks products by sales value, adding up quantities across sales', () => {
      expect(topProducts(sales, 2)).toEqual([
        {
          productId: mafuta().id,
          name: 'Mafuta ya Kupikia 1L',
          quantity: 3_000,
          revenue: 1_950_000,
        },
        { productId: sukari().id, name: 'Sukari 1kg', quantity: 3_000, revenue: 1_050_000 },
      ]);
    });
  });

  describe('lowStock', () => {
    it('uses a product’s own threshold, else the default, emptiest first', () => {
      const products = [
        { ...sukari(), available: 4_000 },
        { ...unga({ lowStockThreshold: 10_000 }), available: 9_000 },
        { ...mafuta(), available: 12_000 },
        { ...mchele({ lowStockThreshold: null }), available: -1_000 },
      ];
      expect(lowStock(products, 5_000).map((row) => [row.product.sku, row.threshold])).toEqual([
        ['MCHELE-KG', 5_000],
        ['SUK-1KG', 5_000],
        ['UNGA-2KG', 10_000],
      ]);
    });
  });
});

describe('takingsByHour on a device set to another zone than the shop’s', () => {
  onDeviceInZone('America/Lima');

  it('buckets a sale by the hour on the shop’s clock', () => {
    // Sold at 22:30 in Lima, which is 06:30 in the shop's Dar es Salaam.
    const sale = buildSale(
      cashSale([[sukari(), 1_000]]),
      1,
      till,
      new Date('2026-11-21T03:30:00Z'),
    );
    const busy = takingsByHour([sale.sale], DAR).filter((hour) => hour.count > 0);
    expect(busy.map((hour) => hour.hour)).toEqual([6]);
  });
});
