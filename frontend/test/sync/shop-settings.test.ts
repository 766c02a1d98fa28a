import '../support/db';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteDB } from 'idb';
import { DB_NAME, getDb, saveShopSettings } from '../../src/db';
import { loadShop, shopTimeZone, toShop } from '../../src/sync/shop-settings';
import { periodFor } from '../../src/ui/period';
import { DAR, onDeviceInZone } from '../support/time-zone';

describe('shop settings', () => {
  describe('shopTimeZone', () => {
    onDeviceInZone('America/Lima');

    afterEach(async () => {
      await deleteDB(DB_NAME);
    });

    it('is the shop’s zone once the stored details are read, and periods follow it', async () => {
      const shop = toShop({ currency: 'TZS', time_zone: DAR, name: 'Duka la Mama Asha' });
      await saveShopSettings(await getDb(), shop!);
      await loadShop();
      expect(shopTimeZone()).toBe(DAR);
      // 22:30 on 20 November in Lima: the shop's today is already the 21st.
      expect(periodFor('today', new Date('2026-11-21T03:30:00Z')).from.toISOString()).toBe(
        '2026-11-20T21:00:00.000Z',
      );
    });

    it('keeps the last good zone when the stored one is unknown to the browser', async () => {
      const shop = toShop({ currency: 'TZS', time_zone: 'Mars/Olympus_Mons' });
      await saveShopSettings(await getDb(), shop!);
      await loadShop();
      expect(shopTimeZone()).toBe(DAR);
    });
  });
});
