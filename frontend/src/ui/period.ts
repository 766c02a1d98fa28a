import { dayStartIn, dayStringIn, startOfDayIn } from '../shop';
import { shopTimeZone } from '../sync';

/** A named stretch of time, in the shop's time zone. */
export type PeriodName = 'today' | 'yesterday' | 'week' | 'month' | 'custom';

/** Every period the filters offer, in order. */
export const PERIODS: readonly PeriodName[] = ['today', 'yesterday', 'week', 'month', 'custom'];

/** From (inclusive) and to (exclusive). */
export interface Period {
  readonly from: Date;
  readonly to: Date;
}

/**
 * The dates of a period as of `now`, in the shop's time zone (the server's "today" is the shop's, not
 * the device's): days start at the shop's midnight; "week" and "month" are the last 7 and 30 days
 * including today; "custom" runs from the first to the last day given, both included (`yyyy-mm-dd`, as
 * date inputs give them).
 */
export function periodFor(
  name: PeriodName,
  now = new Date(),
  custom: { readonly from: string; readonly to: string } = { from: '', to: '' },
  timeZone = shopTimeZone(),
): Period {
  const day = (days: number) => dayStartIn(now, timeZone, days);
  switch (name) {
    case 'yesterday':
      return { from: day(-1), to: day(0) };
    case 'week':
      return { from: day(-6), to: day(1) };
    case 'month':
      return { from: day(-29), to: day(1) };
    case 'custom': {
      const from = parseDay(custom.from, timeZone) ?? day(0);
      const last = parseDay(custom.to, timeZone) ?? from;
      const [first, end] = last < from ? [last, from] : [from, last];
      return { from: first, to: dayStartIn(end, timeZone, 1) };
    }
    default:
      return { from: day(0), to: day(1) };
  }
}

/** `yyyy-mm-dd` of a date in the shop's time zone, as a date input wants it. */
export function dayString(date: Date, timeZone = shopTimeZone()): string {
  return dayStringIn(date, timeZone);
}

function parseDay(text: string, timeZone: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match === null
    ? undefined
    : startOfDayIn(Number(match[1]), Number(match[2]), Number(match[3]), timeZone);
}
