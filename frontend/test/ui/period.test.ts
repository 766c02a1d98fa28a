import { describe, expect, it } from 'vitest';
import { dayString, periodFor } from '../../src/ui/period';
import { DAR, onDeviceInZone } from '../support/time-zone';

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

describe('periodFor on a device set to another zone than the shop’s', () => {
  onDeviceInZone('America/Lima');
  // 22:30 on 20 November in Lima is 06:30 on the 21st in Dar es Salaam, where the shop's day runs.
  const lateInLima = new Date('2026-11-21T03:30:00Z');
  const iso = (period: { from: Date; to: Date }) => [
    period.from.toISOString(),
    period.to.toISOString(),
  ];

  it('starts and ends the shop’s days at the shop’s midnight', () => {
    expect(iso(periodFor('today', lateInLima, undefined, DAR))).toEqual([
      '2026-11-20T21:00:00.000Z',
      '2026-11-21T21:00:00.000Z',
    ]);
    expect(iso(periodFor('yesterday', lateInLima, undefined, DAR))).toEqual([
      '2026-11-19T21:00:00.000Z',
      '2026-11-20T21:00:00.000Z',
    ]);
    expect(dayString(lateInLima, DAR)).toBe('2026-11-21');
  });

  it('reads the days of a custom period on the shop’s calendar', () => {
    const period = periodFor('custom', lateInLima, { from: '2026-11-01', to: '2026-11-03' }, DAR);
    expect(iso(period)).toEqual(['2026-10-31T21:00:00.000Z', '2026-11-03T21:00:00.000Z']);
  });
});
