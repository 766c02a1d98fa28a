import { afterAll, beforeAll } from 'vitest';

/** The shop's zone, as the server is configured by default. */
export const DAR = 'Africa/Dar_es_Salaam';

/**
 * Sets this process's own time zone (the "device's") for the tests of the enclosing describe, so a
 * test can tell the device's clock from the shop's; Node applies a changed TZ at once.
 */
export function onDeviceInZone(zone: string): void {
  const before = process.env['TZ'];
  beforeAll(() => {
    process.env['TZ'] = zone;
  });
  afterAll(() => {
    if (before === undefined) {
      delete process.env['TZ'];
    } else {
      process.env['TZ'] = before;
    }
  });
}
