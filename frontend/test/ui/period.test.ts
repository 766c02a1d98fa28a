import { describe, expect, it } from 'vitest';
import { dayString, periodFor } from '../../src/ui/period';

/** 15:20 local time on 21 November 2026. */
const now = new Date(2026, 10, 21, 15, 20);
const day = (date: Date) => dayString(date);

describe('periodFor', () => {
  it.each([
    ['today', '2026-11-21', '2026-11-22'],
    ['yesterday', '2026-11-20', '2026-11-21'],
    ['week', '2026-11-15', '2026-11-22'],
    ['month', '2026-10-23', '2026-11-22'],
  ] as const)('gives %s as local midnights, the end exclusive', (name, from, to) => {
    const period = periodFor(name, now);
    expect([day(period.from), day(period.to)]).toEqual([from, to]);
    expect(period.from.getHours()).toBe(0);
  });

  it('runs a custom period from its first to its last day, both included', () => {
    const period = periodFor('custom', now, { from: '2026-11-01', to: '2026-11-03' });
    expect([day(period.from), day(period.to)]).toEqual(['2026-11-01', '2026-11-04']);
  });

  it('swaps dates given the wrong way round and falls back to today without any', () => {
    const swapped = periodFor('custom', now, { from: '2026-11-03', to: '2026-11-01' });
    expect([day(swapped.from), day(swapped.to)]).toEqual(['2026-11-01', '2026-11-04']);
    const empty = periodFor('custom', now);
    expect([day(empty.from), day(empty.to)]).toEqual(['2026-11-21', '2026-11-22']);
  });
});
