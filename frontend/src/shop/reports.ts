import type { PaymentMethod, Product, Sale } from '../db';
import { shopTimeZone } from '../sync/shop-settings';
import { clockAt } from './shop-time';

/** A count of sales and their total (cents). */
export interface Takings {
  readonly count: number;
  readonly total: number;
}

/** The headline figures of a set of sales. */
export interface ReportSummary extends Takings {
  /** Total divided by count, rounded to the cent; 0 without sales. */
  readonly average: number;
  /** Discounts given (cents). */
  readonly discounts: number;
  /** Units sold (thousandths). */
  readonly quantity: number;
}

/** One cashier's takings. */
export interface CashierTakings extends Takings {
  readonly cashierId: string | null;
  readonly name: string;
}

/** One hour of the day's takings (0–23, the device's time zone). */
export interface HourTakings extends Takings {
  readonly hour: number;
}

/** A product's sales. */
export interface ProductSales {
  readonly productId: string;
  readonly name: string;
  /** Thousandths of a unit. */
  readonly quantity: number;
  /** Cents, line totals (before any sale-level discount). */
  readonly revenue: number;
}

/** A product whose stock is at or below its threshold. */
export interface LowStock {
  readonly product: Product;
  /** Thousandths. */
  readonly available: number;
  /** Thousandths. */
  readonly threshold: number;
}

const METHODS: readonly PaymentMethod[] = ['cash', 'mobile_money', 'card'];

/** Stock at or below this (thousandths) is low when a product has no threshold of its own. */
export const DEFAULT_LOW_STOCK = 5_000;

/** Count, total, average, discounts and units of `sales`. */
export function summarize(sales: readonly Sale[]): ReportSummary {
  const total = sum(sales, (sale) => sale.totalAmount);
  return {
    count: sales.length,
    total,
    average: sales.length === 0 ? 0 : Math.round(total / sales.length),
    discounts: sum(sales, (sale) => sale.discount),
    quantity: sum(sales, (sale) => sum(sale.lines, (line) => line.quantity)),
  };
}

/** Takings per payment method, every method listed (zero when unused), in a fixed order. */
export function takingsByMethod(
  sales: readonly Sale[],
): { readonly method: PaymentMethod; readonly takings: Takings }[] {
  return METHODS.map((method) => ({
    method,
    takings: takings(sales.filter((sale) => sale.paymentMethod === method)),
  }));
}

/** Takings per cashier, largest total first. */
export function takingsByCashier(sales: readonly Sale[]): CashierTakings[] {
  const groups = new Map<string, Sale[]>();
  for (const sale of sales) {
    const key = sale.cashierId ?? '';
    groups.set(key, [...(groups.get(key) ?? []), sale]);
  }
  return [...groups.entries()]
    .map(([cashierId, group]) => ({
      cashierId: cashierId || null,
      name: group.find((sale) => sale.cashierName)?.cashierName ?? cashierId.slice(0, 8),
      ...takings(group),
    }))
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
}

/** Takings for each of the 24 hours, by the hour of `soldAt` on the shop's clock. */
export function takingsByHour(sales: readonly Sale[], timeZone = shopTimeZone()): HourTakings[] {
  const hours = Array.from({ length: 24 }, (_, hour) => ({ hour, count: 0, total: 0 }));
  for (const sale of sales) {
    const bucket = hours[clockAt(new Date(sale.soldAt), timeZone).hour] as HourTakings & {
      count: number;
      total: number;
    };
    bucket.count += 1;
    bucket.total += sale.totalAmount;
  }
  return hours;
}

/** The `limit` best-selling products by revenue (then quantity). */
export function topProducts(sales: readonly Sale[], limit = 10): ProductSales[] {
  const products = new Map<
    string,
    { productId: string; name: string; quantity: number; revenue: number }
  >();
  for (const line of sales.flatMap((sale) => sale.lines)) {
    const entry = products.get(line.productId) ?? {
      productId: line.productId,
      name: line.productName || line.sku,
      quantity: 0,
      revenue: 0,
    };
    entry.quantity += line.quantity;
    entry.revenue += line.lineTotal;
    products.set(line.productId, entry);
  }
  return [...products.values()]
    .sort(
      (a, b) => b.revenue - a.revenue || b.quantity - a.quantity || a.name.localeCompare(b.name),
    )
    .slice(0, limit);
}

/**
 * Products at or below their low-stock threshold (their own, else `defaultThreshold`), emptiest first.
 * `available` is stock on hand net of this device's unconfirmed sales.
 */
export function lowStock(
  products: readonly (Product & { readonly available: number })[],
  defaultThreshold: number,
): LowStock[] {
  return products
    .map((product) => ({
      product,
      available: product.available,
      threshold: product.lowStockThreshold ?? defaultThreshold,
    }))
    .filter((row) => row.available <= row.threshold)
    .sort((a, b) => a.available - b.available || a.product.name.localeCompare(b.product.name));
}

function takings(sales: readonly Sale[]): Takings {
  return { count: sales.length, total: sum(sales, (sale) => sale.totalAmount) };
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}
