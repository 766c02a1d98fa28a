/**
 * Exact arithmetic for the device: money in integer cents, quantities in integer thousandths. The API
 * speaks decimal JSON numbers (2 and 3 places); conversions happen only here.
 */

/** Cents of a decimal amount from the API (`1500.5` → 150050). */
export function toCents(amount: number): number {
  return Math.round(amount * 100);
}

/** The API's decimal amount for cents (150050 → 1500.5). */
export function fromCents(cents: number): number {
  return cents / 100;
}

/** Thousandths of a decimal quantity (`1.25` → 1250). */
export function toMilli(quantity: number): number {
  return Math.round(quantity * 1000);
}

/** The API's decimal quantity for thousandths. */
export function fromMilli(milli: number): number {
  return milli / 1000;
}

/** A line's total as the server computes it: quantity × price, rounded half up to the cent. */
export function lineTotal(quantityMilli: number, unitPriceCents: number): number {
  const product = quantityMilli * unitPriceCents;
  return Math.floor((product + 500) / 1000);
}
