/**
 * What the device stores. Money is in integer cents and quantities in integer thousandths, so sums are
 * exact; the API's decimal numbers are converted at its edge (`sync/server-records.ts` in, `sync/mutations.ts` out).
 */
import type { MutationArgs, MutationName } from '../contract/push';

export type { MutationArgs, MutationName };

/** A product as the last pull delivered it; archived products arrive as tombstones and are removed. */
export interface Product {
  readonly id: string;
  readonly version: number;
  readonly sku: string;
  readonly barcode: string | null;
  readonly name: string;
  readonly category: string | null;
  readonly unitPrice: number;
  /** Stock on hand in thousandths, as the server counted it at `version`. */
  readonly stockOnHand: number;
  /**
   * At or below this stock (thousandths) the product counts as low; null for the shop's default.
   * Absent on rows pulled before the field existed.
   */
  readonly lowStockThreshold?: number | null;
  readonly updatedAt: string;
  /** Which full download wrote this row; rows left from an older one are swept after a resync. */
  readonly snapshot: number;
}

/** A customer; `version` is 0 while the customer exists only on this device. */
export interface Customer {
  readonly id: string;
  readonly version: number;
  readonly name: string;
  readonly phone: string | null;
  readonly email: string | null;
  readonly notes: string | null;
  readonly updatedAt: string;
  readonly snapshot: number;
}

/** How a sale was paid. */
export type PaymentMethod = 'cash' | 'mobile_money' | 'card';

/** One line of a sale. */
export interface SaleLine {
  readonly productId: string;
  readonly productName: string;
  readonly sku: string;
  /** Thousandths of a unit. */
  readonly quantity: number;
  readonly unitPrice: number;
  readonly lineTotal: number;
}

/** A sale rung up on this device or pulled from the server for history and reports. */
export interface Sale {
  readonly id: string;
  readonly saleNumber: string;
  readonly deviceId: string | null;
  readonly deviceSeq: number | null;
  readonly cashierId: string | null;
  /** Known for sales made on this device; the server's record names only the cashier's id. */
  readonly cashierName: string | null;
  readonly customerId: string | null;
  readonly customerName: string | null;
  readonly customerPhone: string | null;
  readonly soldAt: string;
  readonly paymentMethod: PaymentMethod;
  readonly paymentReference: string | null;
  readonly amountTendered: number | null;
  readonly subtotal: number;
  readonly discount: number;
  readonly totalAmount: number;
  readonly changeDue: number;
  readonly lines: readonly SaleLine[];
  /** 0 until the server's record of this sale has been pulled or returned by a push. */
  readonly version: number;
  readonly snapshot: number;
}

/** Where an outbox entry stands; see docs/sync-protocol.md. */
export type OutboxState = 'PENDING' | 'SYNCING' | 'SYNCED' | 'FAILED';

/** Why the server refused an entry, as it said. */
export interface OutboxError {
  readonly code: string;
  readonly message: string;
  readonly status: number | null;
  /** For a stale product edit (412): the server's current record, for a person to compare. */
  readonly current?: unknown;
}

/** A named change with its arguments in the wire shape; one member per mutation name. */
export type Mutation<N extends MutationName = MutationName> = N extends MutationName
  ? {
      /** The mutation's id: the server applies each id once. */
      readonly id: string;
      readonly name: N;
      readonly args: Readonly<MutationArgs[N]>;
      /** The sale's gapless number on this device (`sale.record` only). */
      readonly deviceSeq?: number;
    }
  : never;

/** What the outbox keeps about delivering a mutation. */
export interface Delivery {
  /** Written order, assigned by IndexedDB. */
  readonly seq?: number;
  /** The record the mutation is about: the sale's, customer's or product's id. */
  readonly recordId: string;
  readonly createdAt: string;
  readonly state: OutboxState;
  readonly attempts: number;
  readonly lastAttemptAt: string | null;
  readonly syncedAt: string | null;
  readonly lastError: OutboxError | null;
  /** Conflict types the server recorded when it accepted the entry (oversold, price-mismatch, …). */
  readonly conflicts: readonly string[];
  /** A person settled a refused entry without sending it (e.g. kept the server's version). */
  readonly resolution?: string;
}

/**
 * A change made on this device, waiting for (or confirmed by) the server. Entries are pushed in `seq`
 * order and are never deleted while unconfirmed.
 */
export type OutboxEntry<N extends MutationName = MutationName> = Mutation<N> & Delivery;

/** A collection the device pulls. */
export type Collection = 'products' | 'customers' | 'sales';

/** Progress of pulling one collection; `cursor` null means the next pull is a full download. */
export interface PullState {
  readonly collection: Collection;
  readonly cursor: string | null;
  /** The download being written; rows with an older snapshot are swept when a full download ends. */
  readonly snapshot: number;
  /** True while a full download is under way (it resumes from `cursor` after a reload). */
  readonly full: boolean;
  /** Records received in the current full download, for progress. */
  readonly received: number;
  readonly lastPulledAt: string | null;
}

/** Who this device is; created on first start and kept for ever. */
export interface DeviceIdentity {
  readonly id: string;
  /**
   * Short prefix of the sale numbers this device issues next: the code the server gave it (`T3-000142`),
   * or, until it first reaches the server, four hex digits of its id (`7F3A-000142`).
   */
  readonly salePrefix: string;
  /** True once `salePrefix` is the server's code; absent on devices made before codes existed. */
  readonly codeFromServer?: boolean;
  readonly name: string;
  /** The last device_seq used; the next sale takes this plus one. */
  readonly lastSaleSeq: number;
  /** The answer of `navigator.storage.persist()`, null before asking. */
  readonly storagePersisted: boolean | null;
}

/** The user of the last session, so the app can start offline. */
export interface StoredUser {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: 'ADMIN' | 'MANAGER' | 'CASHIER';
}

/** The shop's details for receipts and money, as the server keeps them (`GET /api/shop`). */
export interface ShopSettings {
  readonly name: string | null;
  readonly address: string | null;
  readonly phone: string | null;
  /** Tax identification number, printed on receipts. */
  readonly tin: string | null;
  readonly receiptFooter: string | null;
  /** ISO 4217 code of every price and sale. */
  readonly currency: string;
  readonly timeZone: string;
  readonly version: number;
}
