import { shopTimeZone } from '../sync';
import { currentLocale } from './messages';

let currency = 'TZS';
const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Sets the shop's currency (ISO 4217, as the server is configured); TZS until the server says. */
export function setCurrency(code: string): void {
  currency = code;
}

/** The shop's currency code. */
export function currentCurrency(): string {
  return currency;
}

/**
 * "TZS 12,500" for 1250000 cents, in the active language; cents show only when there are some,
 * since shillings have no minor unit in daily use.
 */
export function formatMoney(cents: number): string {
  const key = `${currentLocale()}|${currency}`;
  let format = moneyFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(currentLocale(), {
      style: 'currency',
      currency,
      trailingZeroDisplay: 'stripIfInteger',
    });
    moneyFormats.set(key, format);
  }
  return format.format(cents / 100);
}

/** "2", "1.5" for thousandths of a unit. */
export function formatQuantity(milli: number): string {
  return new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 3 }).format(milli / 1000);
}

/** "1.2 MB", "350 kB" for a number of bytes, in the active language. */
export function formatBytes(bytes: number): string {
  const [value, unit] =
    bytes >= 1e9
      ? [bytes / 1e9, 'gigabyte']
      : bytes >= 1e6
        ? [bytes / 1e6, 'megabyte']
        : [bytes / 1e3, 'kilobyte'];
  return new Intl.NumberFormat(currentLocale(), {
    style: 'unit',
    unit,
    maximumFractionDigits: 1,
  }).format(value);
}

/** Date and time of a sale on the shop's clock, whatever zone the device is set to. */
export function formatDateTime(iso: string, timeZone = shopTimeZone()): string {
  return new Intl.DateTimeFormat(currentLocale(), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}

/** "2 minutes ago", "just now". */
export function formatAgo(iso: string, now = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const format = new Intl.RelativeTimeFormat(currentLocale(), { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 45) {
    return format.format(0, 'second');
  }
  if (abs < 3600) {
    return format.format(Math.round(seconds / 60), 'minute');
  }
  if (abs < 86_400) {
    return format.format(Math.round(seconds / 3600), 'hour');
  }
  return format.format(Math.round(seconds / 86_400), 'day');
}

/**
 * "30,000" or "1,500.50" for cents: an amount in a field, grouped as {@link formatMoney} groups it in
 * the active language but without the currency, so {@link parseMoney} reads it back.
 */
export function formatAmount(cents: number): string {
  return new Intl.NumberFormat(currentLocale(), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    trailingZeroDisplay: 'stripIfInteger',
  }).format(cents / 100);
}

/**
 * Cents for what a cashier typed ("5000", "5,000", "5 000", "1500.50"), or a field's
 * {@link formatAmount}; null when it is not an amount. The active language's grouping separator and
 * spaces are read as grouping, its decimal separator as the decimal point.
 */
export function parseMoney(text: string): number | null {
  const parts = new Intl.NumberFormat(currentLocale()).formatToParts(1234567.5);
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  const cleaned = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .split(group)
    .join('')
    .replace(decimal, '.');
  if (!/^\d{1,12}(\.\d{0,2})?$/.test(cleaned)) {
    return null;
  }
  const [whole = '0', fraction = ''] = cleaned.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Thousandths for a typed quantity ("2", "1.5"); null when it is not a positive quantity. */
export function parseQuantity(text: string): number | null {
  const cleaned = text.trim().replace(',', '.');
  if (!/^\d{1,9}(\.\d{0,3})?$/.test(cleaned)) {
    return null;
  }
  const [whole = '0', fraction = ''] = cleaned.split('.');
  const milli = Number(whole) * 1000 + Number(fraction.padEnd(3, '0'));
  return milli > 0 ? milli : null;
}
