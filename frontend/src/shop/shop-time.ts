/**
 * Calendar days and hours in the shop's time zone, which the server uses for its "today": a device set
 * to another zone (a tablet bought abroad, a phone left on UTC) must still start the shop's day at the
 * shop's midnight. Pure functions of an instant and an IANA zone name.
 */

/** A calendar day (month 1–12) and hour (0–23) on the shop's clock. */
export interface ShopClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** The wall clock of `timeZone` at `instant`. */
export function clockAt(instant: Date, timeZone: string): ShopClock {
  const parts = wallClock(instant, timeZone);
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour };
}

/**
 * The instant the given day (month 1–12; days past the month's end roll over) starts in `timeZone`:
 * its midnight, or the first hour that exists where a clock change skips midnight.
 */
export function startOfDayIn(year: number, month: number, day: number, timeZone: string): Date {
  const midnight = Date.UTC(year, month - 1, day);
  // The zone's offset can differ between the guess and the answer around a clock change: settle it.
  let instant = midnight - offsetAt(midnight, timeZone);
  instant = midnight - offsetAt(instant, timeZone);
  const clock = clockAt(new Date(instant), timeZone);
  if (Date.UTC(clock.year, clock.month - 1, clock.day) < midnight) {
    // Midnight does not exist that day (the clock jumps past it): the day starts an hour later.
    instant += 3_600_000;
  }
  return new Date(instant);
}

/** The start of the day `days` after the one `instant` falls on, in `timeZone` (0 for that day). */
export function dayStartIn(instant: Date, timeZone: string, days = 0): Date {
  const clock = clockAt(instant, timeZone);
  return startOfDayIn(clock.year, clock.month, clock.day + days, timeZone);
}

/** `yyyy-mm-dd` of the day `instant` falls on in `timeZone`, as a date input wants it. */
export function dayStringIn(instant: Date, timeZone: string): string {
  const { year, month, day } = clockAt(instant, timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Milliseconds the zone's clock is ahead of UTC at `instant`. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = wallClock(new Date(instant), timeZone);
  const asUtc = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  // The wall clock shows whole seconds: compare it with the instant cut to its second.
  return asUtc - Math.floor(instant / 1000) * 1000;
}

function wallClock(
  instant: Date,
  timeZone: string,
): ShopClock & { minute: number; second: number } {
  let format = clocks.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    clocks.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const value = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value ?? 0);
  return {
    year: value('year'),
    month: value('month'),
    day: value('day'),
    hour: value('hour'),
    minute: value('minute'),
    second: value('second'),
  };
}
