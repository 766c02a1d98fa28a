import type { Customer, DeviceIdentity, PaymentMethod, Product, Sale, SaleDraft } from '../db';
import { lineTotal } from '../sync/money';
import { mutation } from '../sync/mutations';

/** A product and how much of it (thousandths) is in the cart. */
export interface CartLine {
  readonly product: Pick<Product, 'id' | 'name' | 'sku' | 'unitPrice'>;
  readonly quantity: number;
}

/** Who rang the sale up. */
export interface Cashier {
  readonly id: string;
  readonly displayName: string;
}

/** Everything the sell screen knows when the cashier completes a sale. Money in cents. */
export interface SaleInput {
  readonly lines: readonly CartLine[];
  readonly discount: number;
  readonly paymentMethod: PaymentMethod;
  /** Cash handed over; null for other methods. */
  readonly amountTendered: number | null;
  /** Mobile money transaction id or card slip number. */
  readonly paymentReference: string | null;
  readonly customer: Pick<Customer, 'id' | 'name' | 'phone'> | null;
  readonly cashier: Cashier;
}

/** A sale's sums, computed exactly as the server does. */
export interface SaleTotals {
  readonly subtotal: number;
  readonly discount: number;
  readonly total: number;
  readonly changeDue: number;
}

/** Why a sale cannot be completed yet; the screen says so by code. */
export type SaleInputProblem =
  'empty-cart' | 'bad-quantity' | 'bad-discount' | 'tendered-too-little' | 'reference-missing';

/** Sums the cart: line totals rounded half up to the cent, the discount off the subtotal. */
export function saleTotals(
  lines: readonly CartLine[],
  discount: number,
  amountTendered: number | null,
): SaleTotals {
  const subtotal = lines.reduce(
    (sum, line) => sum + lineTotal(line.quantity, line.product.unitPrice),
    0,
  );
  const total = subtotal - discount;
  const changeDue = amountTendered === null ? 0 : Math.max(0, amountTendered - total);
  return { subtotal, discount, total, changeDue };
}

/** The first reason this sale cannot be completed, or null when it can. */
export function checkSale(input: SaleInput): SaleInputProblem | null {
  if (input.lines.length === 0) {
    return 'empty-cart';
  }
  if (input.lines.some((line) => !Number.isInteger(line.quantity) || line.quantity <= 0)) {
    return 'bad-quantity';
  }
  const totals = saleTotals(input.lines, input.discount, input.amountTendered);
  if (!Number.isInteger(input.discount) || input.discount < 0 || input.discount > totals.subtotal) {
    return 'bad-discount';
  }
  if (input.paymentMethod === 'cash' && (input.amountTendered ?? 0) < totals.total) {
    return 'tendered-too-little';
  }
  if (input.paymentMethod === 'mobile_money' && (input.paymentReference ?? '').trim() === '') {
    return 'reference-missing';
  }
  return null;
}

/** The sale number printed on receipts: the device's prefix and its gapless counter. */
export function saleNumber(prefix: string, deviceSeq: number): string {
  return `${prefix}-${String(deviceSeq).padStart(6, '0')}`;
}

/** Builds the stored sale and the mutation that delivers it, for the given sequence number. */
export function buildSale(
  input: SaleInput,
  deviceSeq: number,
  device: DeviceIdentity,
  now: Date,
): SaleDraft {
  const totals = saleTotals(input.lines, input.discount, input.amountTendered);
  const cash = input.paymentMethod === 'cash';
  const reference = cash ? null : input.paymentReference?.trim() || null;
  const sale: Sale = {
    id: crypto.randomUUID(),
    saleNumber: saleNumber(device.salePrefix, deviceSeq),
    deviceId: device.id,
    deviceSeq,
    cashierId: input.cashier.id,
    cashierName: input.cashier.displayName,
    customerId: input.customer?.id ?? null,
    customerName: input.customer?.name ?? null,
    customerPhone: input.customer?.phone ?? null,
    soldAt: now.toISOString(),
    paymentMethod: input.paymentMethod,
    paymentReference: reference,
    amountTendered: cash ? input.amountTendered : null,
    subtotal: totals.subtotal,
    discount: totals.discount,
    totalAmount: totals.total,
    changeDue: totals.changeDue,
    lines: input.lines.map((line) => ({
      productId: line.product.id,
      productName: line.product.name,
      sku: line.product.sku,
      quantity: line.quantity,
      unitPrice: line.product.unitPrice,
      lineTotal: lineTotal(line.quantity, line.product.unitPrice),
    })),
    version: 0,
    snapshot: 0,
  };
  return { sale, entry: mutation('sale.record', sale, now) };
}
