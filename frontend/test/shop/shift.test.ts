import { describe, expect, it } from 'vitest';
import type { DeviceIdentity, OutboxEntry, Sale } from '../../src/db';
import { buildSale } from '../../src/shop/sale-builder';
import { compareShift, shiftIncomplete, shiftStart } from '../../src/shop/shift';
import { cashSale, NOW, sukari } from '../support/fixtures';
import { DAR, onDeviceInZone } from '../support/time-zone';

const till: DeviceIdentity = {
  id: '7d1e5b2a-4c3f-4e8a-9b6d-2f1a0c9e8d77',
  salePrefix: '7D1E',
  name: 'Till 1',
  lastSaleSeq: 0,
  storagePersisted: true,
};

/** Sales 1..n of one bag of sugar (3,500) each. */
function sales(n: number): Sale[] {
  return Array.from(
    { length: n },
    (_, index) => buildSale(cashSale([[sukari(), 1_000]]), index + 1, till, NOW).sale,
  );
}

function entry(sale: Sale, state: OutboxEntry['state'], code?: string): OutboxEntry {
  return {
    ...buildSale(cashSale([[sukari(), 1_000]]), sale.deviceSeq as number, till, NOW).entry,
    seq: sale.deviceSeq as number,
    recordId: sale.id,
    state,
    attempts: 1,
    lastError: code === undefined ? null : { code, message: '', status: null },
  };
}

describe('compareShift', () => {
  it('says every sale arrived when the server’s gapless sequence covers them and figures agree', () => {
    const shift = sales(3);
    const result = compareShift(shift, 3, [], {
      contiguousSeq: 3,
      maxSeq: 3,
      gaps: [],
      gapCount: 0,
      count: 3,
      total: 1_050_000,
    });
    expect(result).toMatchObject({
      count: 3,
      total: 1_050_000,
      lastSeq: 3,
      allArrived: true,
      missing: [],
    });
  });

  it('lists a withheld sale with why it is not there', () => {
    const shift = sales(4);
    const [, second, , fourth] = shift;
    const outbox = [entry(second!, 'FAILED', 'unknown-product'), entry(fourth!, 'PENDING')];
    const result = compareShift(shift, 4, outbox, {
      contiguousSeq: 1,
      maxSeq: 1,
      gaps: [],
      gapCount: 0,
      count: 2,
      total: 700_000,
    });
    expect(result.allArrived).toBe(false);
    expect(result.missing).toEqual([
      { saleNumber: '7D1E-000002', deviceSeq: 2, reason: 'refused', code: 'unknown-product' },
      { saleNumber: '7D1E-000003', deviceSeq: 3, reason: 'not-on-server', code: null },
      { saleNumber: '7D1E-000004', deviceSeq: 4, reason: 'waiting', code: null },
    ]);
  });

  it('offline, says only what the device knows: unconfirmed or in the outbox, never "the server lacks it"', () => {
    const shift = sales(2);
    const result = compareShift(shift, 2, [entry(shift[1]!, 'SYNCING')], null);
    expect(result.allArrived).toBe(false);
    expect(result.missing.map((sale) => sale.reason)).toEqual(['unconfirmed', 'sending']);
    expect(shiftIncomplete(result)).toBe(true);
  });

  it('offline, does not list sales the server already confirmed to this device', () => {
    const [first, second, third] = sales(3);
    const pulledBack = { ...first!, version: 1 };
    const outbox = [entry(second!, 'SYNCED'), entry(third!, 'PENDING')];
    const result = compareShift([pulledBack, second!, third!], 3, outbox, null);
    expect(result.allArrived).toBe(false);
    expect(result.missing).toEqual([
      { saleNumber: '7D1E-000003', deviceSeq: 3, reason: 'waiting', code: null },
    ]);
    const allConfirmed = compareShift([pulledBack, second!], 2, outbox.slice(0, 1), null);
    expect(allConfirmed.missing).toEqual([]);
    expect(shiftIncomplete(allConfirmed)).toBe(false);
  });

  it('counts a sale above a gap as arrived when the server lists every gap', () => {
    const shift = sales(3);
    const outbox = [entry(shift[1]!, 'FAILED', 'unknown-product')];
    const server = {
      contiguousSeq: 1,
      maxSeq: 3,
      gaps: [2],
      gapCount: 1,
      count: 2,
      total: 700_000,
    };
    expect(compareShift(shift, 3, outbox, server).missing.map((sale) => sale.deviceSeq)).toEqual([
      2,
    ]);
    const cut = compareShift(shift, 3, [], { ...server, gaps: [], gapCount: 1 });
    expect(cut.missing.map((sale) => sale.reason)).toEqual(['not-on-server', 'not-on-server']);
  });

  it('asked, believes the server over an earlier confirmation', () => {
    const [first] = sales(1);
    const result = compareShift([{ ...first!, version: 1 }], 1, [], {
      contiguousSeq: 0,
      maxSeq: 0,
      gaps: [],
      gapCount: 0,
      count: 0,
      total: 0,
    });
    expect(result.missing.map((sale) => sale.reason)).toEqual(['not-on-server']);
  });

  it('is not satisfied by the sequence alone when the totals disagree', () => {
    const result = compareShift(sales(2), 2, [], {
      contiguousSeq: 2,
      maxSeq: 2,
      gaps: [],
      gapCount: 0,
      count: 2,
      total: 650_000,
    });
    expect(result.allArrived).toBe(false);
  });

  it('waits for sales of earlier shifts too: the last number is the device’s, not the shift’s', () => {
    const result = compareShift(sales(1), 5, [], {
      contiguousSeq: 4,
      maxSeq: 4,
      gaps: [],
      gapCount: 0,
      count: 1,
      total: 350_000,
    });
    expect(result.allArrived).toBe(false);
  });
});

describe('shiftStart', () => {
  const now = new Date(2026, 10, 21, 18, 0);
  const storage = (value: string | null) => ({ getItem: () => value });

  it('starts at the last close when it was within a day', () => {
    const closed = new Date(2026, 10, 21, 14, 0);
    expect(shiftStart(storage(closed.toISOString()), now)).toEqual(closed);
  });

  it('starts at midnight without a recent close', () => {
    expect(shiftStart(storage(null), now)).toEqual(new Date(2026, 10, 21));
    expect(shiftStart(storage(new Date(2026, 10, 18).toISOString()), now)).toEqual(
      new Date(2026, 10, 21),
    );
  });
});

describe('shiftStart on a device set to another zone than the shop’s', () => {
  onDeviceInZone('America/Lima');

  it('starts a shift without a recent close at the shop’s midnight', () => {
    // 22:30 on 20 November in Lima: the shop in Dar es Salaam is already at 06:30 on the 21st.
    const lateInLima = new Date('2026-11-21T03:30:00Z');
    expect(shiftStart({ getItem: () => null }, lateInLima, DAR).toISOString()).toBe(
      '2026-11-20T21:00:00.000Z',
    );
  });
});
