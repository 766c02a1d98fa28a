import { describe, expect, it } from 'vitest';
import { clockAt, dayStartIn, dayStringIn, startOfDayIn } from '../../src/shop/shop-time';

const DAR = 'Africa/Dar_es_Salaam';

describe('shop time', () => {
  describe('startOfDayIn', () => {
    it('gives the shop’s midnight as an instant', () => {
      expect(startOfDayIn(2026, 11, 21, DAR).toISOString()).toBe('2026-11-20T21:00:00.000Z');
      expect(startOfDayIn(2026, 11, 21, 'America/Lima').toISOString()).toBe(
        '2026-11-21T05:00:00.000Z',
      );
    });

    it('rolls days past the month’s end over, as Date.UTC does', () => {
      expect(startOfDayIn(2026, 12, 32, DAR).toISOString()).toBe('2026-12-31T21:00:00.000Z');
    });

    it('follows a clock change on either side of the day', () => {
      // New York leaves summer time on 1 November 2026: that day has 25 hours.
      const sunday = startOfDayIn(2026, 11, 1, 'America/New_York');
      const monday = startOfDayIn(2026, 11, 2, 'America/New_York');
      expect(sunday.toISOString()).toBe('2026-11-01T04:00:00.000Z');
      expect(monday.toISOString()).toBe('2026-11-02T05:00:00.000Z');
    });

    it('starts a day whose midnight is skipped at the first hour that exists', () => {
      // Santiago springs from 23:59:59 on 5 September 2026 to 01:00 on the 6th.
      expect(startOfDayIn(2026, 9, 6, 'America/Santiago').toISOString()).toBe(
        '2026-09-06T04:00:00.000Z',
      );
    });
  });

  describe('dayStartIn and clockAt', () => {
    // 22:30 in Lima on 20 November is already 06:30 on the 21st in Dar es Salaam.
    const lateInLima = new Date('2026-11-21T03:30:00Z');

    it('reads the day and hour on the shop’s clock, not the device’s', () => {
      expect(clockAt(lateInLima, DAR)).toEqual({ year: 2026, month: 11, day: 21, hour: 6 });
      expect(clockAt(lateInLima, 'America/Lima')).toEqual({
        year: 2026,
        month: 11,
        day: 20,
        hour: 22,
      });
      expect(dayStringIn(lateInLima, DAR)).toBe('2026-11-21');
    });

    it('counts whole days from the day an instant falls on', () => {
      expect(dayStartIn(lateInLima, DAR).toISOString()).toBe('2026-11-20T21:00:00.000Z');
      expect(dayStartIn(lateInLima, DAR, 1).toISOString()).toBe('2026-11-21T21:00:00.000Z');
      expect(dayStartIn(lateInLima, DAR, -29).toISOString()).toBe('2026-10-22T21:00:00.000Z');
    });
  });
});
