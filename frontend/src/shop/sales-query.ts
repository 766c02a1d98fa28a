import { getDb, salesBetween } from '../db';
import type { PaymentMethod, Sale } from '../db';

/** Which sales to show: a period and optional filters. */
export interface SalesFilter {
  readonly from: Date;
  /** Exclusive. */
  readonly to: Date;
  /** A cashier's id, or null for all. */
  readonly cashierId?: string | null;
  readonly paymentMethod?: PaymentMethod | null;
  /** Only sales rung up on this device. */
  readonly deviceId?: string | null;
}

/**
 * The sales on this device in the filter, newest first: this device's own (confirmed or not) and what
 * the last pulls brought (the last 30 days; a cashier's own only).
 */
export async function loadSales(filter: SalesFilter): Promise<Sale[]> {
  const sales = await salesBetween(
    await getDb(),
    filter.from.toISOString(),
    filter.to.toISOString(),
  );
  return filterSales(sales, filter).reverse();
}

/** Applies the cashier, payment and device filters (the period is the caller's). */
export function filterSales(
  sales: readonly Sale[],
  filter: Omit<SalesFilter, 'from' | 'to'>,
): Sale[] {
  return sales.filter(
    (sale) =>
      (filter.cashierId == null || sale.cashierId === filter.cashierId) &&
      (filter.paymentMethod == null || sale.paymentMethod === filter.paymentMethod) &&
      (filter.deviceId == null || sale.deviceId === filter.deviceId),
  );
}

/** A cashier who appears in some sales, with the name the sales give. */
export interface CashierName {
  readonly id: string;
  readonly name: string;
}

/** The cashiers of `sales`, by name; a cashier whose name no sale carries shows a short id. */
export function cashiersOf(sales: readonly Sale[]): CashierName[] {
  const names = new Map<string, string>();
  for (const sale of sales) {
    if (sale.cashierId !== null && (sale.cashierName || !names.has(sale.cashierId))) {
      names.set(sale.cashierId, sale.cashierName || sale.cashierId.slice(0, 8));
    }
  }
  return [...names]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Every sale on this device bought by `customerId`, newest first. */
export async function loadCustomerSales(customerId: string): Promise<Sale[]> {
  const sales = await (await getDb()).getAll('sales');
  return sales
    .filter((sale) => sale.customerId === customerId)
    .sort((a, b) => b.soldAt.localeCompare(a.soldAt));
}
