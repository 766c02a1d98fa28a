import { describe, expect, it } from 'vitest';
import { catalogueNotice, type CatalogueState } from '../../src/ui/catalogue-notice';

const newShopOnline: CatalogueState = {
  products: 0,
  downloading: false,
  received: 0,
  online: true,
  synced: true,
};

describe('catalogueNotice', () => {
  it('never tells a device that is online to connect to the internet', () => {
    for (const synced of [true, false]) {
      for (const role of ['ADMIN', 'MANAGER', 'CASHIER'] as const) {
        const notice = catalogueNotice({ ...newShopOnline, synced }, role);
        expect(notice?.key).not.toBe('sell.catalogue.offline');
      }
    }
  });

  it('tells a manager of a new shop that there are no products and offers to add one', () => {
    expect(catalogueNotice(newShopOnline, 'MANAGER')).toEqual({
      key: 'sell.catalogue.none.manager',
      addProduct: true,
    });
    expect(catalogueNotice(newShopOnline, 'ADMIN')?.addProduct).toBe(true);
  });

  it('tells a cashier of a new shop to ask a manager, with nothing to tap', () => {
    expect(catalogueNotice(newShopOnline, 'CASHIER')).toEqual({
      key: 'sell.catalogue.none.cashier',
      addProduct: false,
    });
  });

  it('says the catalogue is on its way while the first sync runs or downloads', () => {
    const first = { ...newShopOnline, synced: false };
    expect(catalogueNotice(first, 'CASHIER')?.key).toBe('sell.catalogue.fetching');
    expect(catalogueNotice({ ...first, online: null }, 'CASHIER')?.key).toBe(
      'sell.catalogue.fetching',
    );
    expect(catalogueNotice({ ...first, downloading: true, received: 250 }, 'CASHIER')).toEqual({
      key: 'sell.catalogue.downloading',
      params: { count: 250 },
      addProduct: false,
    });
  });

  it('asks for the internet only offline, before the catalogue ever arrived', () => {
    const stranded = { ...newShopOnline, synced: false, online: false };
    expect(catalogueNotice(stranded, 'MANAGER')?.key).toBe('sell.catalogue.offline');
  });

  it('says nothing once there are products to sell', () => {
    expect(catalogueNotice({ ...newShopOnline, products: 3 }, 'MANAGER')).toBeNull();
  });
});
