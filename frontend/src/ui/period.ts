/** A named stretch of time, in the device's time zone (the shop's). */
export type PeriodName = 'today' | 'yesterday' | 'week' | 'month' | 'custom';

/** Every period the filters offer, in order. */
export const PERIODS: readonly PeriodName[] = ['today', 'yesterday', 'week', 'month', 'custom'];

/** From (inclusive) and to (exclusive). */
export interface Period {
  readonly from: Date;
  readonly to: Date;
}

/**
 * The dates of a period as of `now`: days start at local midnight; "week" and "month" are the last 7
 * and 30 days including today; "custom" runs from the first to the last day given, both included
 * (`yyyy-mm-dd`, as date inputs give them).
 */
export function periodFor(
  name: PeriodName,
  now = new Date(),
  custom: { readonly from: string; readonly to: string } = { from: '', to: '' },
): Period {
  const today = startOfDay(now);
  switch (name) {
    case 'yesterday':
      return { from: addDays(today, -1), to: today };
    case 'week':
      return { from: addDays(today, -6), to: addDays(today, 1) };
    case 'month':
      return { from: addDays(today, -29), to: addDays(today, 1) };
    case 'custom': {
      const from = parseDay(custom.from) ?? today;
      const last = parseDay(custom.to) ?? from;
      return last < from ? { from: last, to: addDays(from, 1) } : { from, to: addDays(last, 1) };
    }
    default:
      return { from: today, to: addDays(today, 1) };
  }
}

/** `yyyy-mm-dd` of a date in local time, as a date input wants it. */
export function dayString(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

function parseDay(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match === null
    ? undefined
    : new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}
