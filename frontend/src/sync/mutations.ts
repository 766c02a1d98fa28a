import type {
  Collection,
  Customer,
  MutationArgs,
  MutationName,
  OutboxEntry,
  Product,
  Sale,
} from '../db';
import type { PushMutation } from '../contract/push';
import { fromCents, fromMilli, toMilli } from './money';

/** Why stock changed, as the server names it. */
export type AdjustmentReason = MutationArgs['stock.adjust']['reason'];

/** What each kind of mutation is built from on this device (money in cents, quantities in thousandths). */
export interface MutationInputs {
  'sale.record': Sale;
  /** The customer before the edit (undefined for a new one) and after it. */
  'customer.upsert': { readonly before: Customer | undefined; readonly after: Customer };
  'product.create': Product;
  /** The product as the server last sent it, and as edited here. */
  'product.update': { readonly base: Product; readonly edited: Product };
  'product.archive': { readonly id: string };
  'product.restore': { readonly id: string };
  'stock.adjust': {
    /** The adjustment's id, made here so a replay changes nothing. */
    readonly id: string;
    readonly productId: string;
    /** Signed, thousandths. */
    readonly delta: number;
    readonly reason: AdjustmentReason;
    readonly note: string;
  };
}

/** Everything the device needs to know about one kind of mutation. */
interface MutationKind<N extends MutationName> {
  /** The arguments sent, in the wire shape. */
  readonly args: (input: MutationInputs[N]) => MutationArgs[N];
  /** The record the mutation is about (what a result's `record` is a copy of). */
  readonly recordId: (args: Readonly<MutationArgs[N]>) => string;
  readonly collection: Collection;
  /**
   * How a waiting mutation changes stock the server has not counted yet: thousandths by product id.
   */
  readonly stock: (args: Readonly<MutationArgs[N]>) => readonly (readonly [string, number])[];
}

const noStock = (): readonly [] => [];

/**
 * Every mutation kind (docs/sync-protocol.md, "Mutation kinds"). A new offline action is one entry
 * here and its arguments in openapi.yaml; the outbox, the push and the results need nothing more.
 */
const KINDS: { readonly [N in MutationName]: MutationKind<N> } = {
  'sale.record': {
    args: saleArgs,
    recordId: (args) => args.id,
    collection: 'sales',
    stock: (args) => args.items.map((item) => [item.product_id, -toMilli(item.quantity)] as const),
  },
  'customer.upsert': {
    args: ({ before, after }) => {
      // Only what changed, so a stale value of an untouched field never beats another device's edit;
      // everything while the server has never confirmed the customer (it needs the name).
      const all = before === undefined || before.version === 0;
      return {
        id: after.id,
        edited_at: after.updatedAt,
        ...((all || before.name !== after.name) && { name: after.name }),
        ...((all || before.phone !== after.phone) && { phone: after.phone }),
        ...((all || before.email !== after.email) && { email: after.email }),
        ...((all || before.notes !== after.notes) && { notes: after.notes }),
      };
    },
    recordId: (args) => args.id,
    collection: 'customers',
    stock: noStock,
  },
  'product.create': {
    args: (product) => ({ id: product.id, ...productFields(product) }),
    recordId: (args) => args.id,
    collection: 'products',
    stock: noStock,
  },
  'product.update': {
    args: ({ base, edited }) => ({
      id: edited.id,
      base_version: base.version,
      ...productFields(edited),
    }),
    recordId: (args) => args.id,
    collection: 'products',
    stock: noStock,
  },
  'product.archive': {
    args: ({ id }) => ({ id }),
    recordId: (args) => args.id,
    collection: 'products',
    stock: noStock,
  },
  'product.restore': {
    args: ({ id }) => ({ id }),
    recordId: (args) => args.id,
    collection: 'products',
    stock: noStock,
  },
  'stock.adjust': {
    args: (input) => ({
      id: input.id,
      product_id: input.productId,
      delta: fromMilli(input.delta),
      reason: input.reason,
      ...(input.note.trim() !== '' && { note: input.note.trim() }),
    }),
    recordId: (args) => args.product_id,
    collection: 'products',
    stock: (args) => [[args.product_id, toMilli(args.delta)]],
  },
};

/** A new PENDING outbox entry for `name`, built from what the device knows. */
export function mutation<N extends MutationName>(
  name: N,
  input: MutationInputs[N],
  now: Date,
): OutboxEntry<N> {
  const kind = KINDS[name] as MutationKind<N>;
  const args = kind.args(input);
  return fromArgs(name, args, now);
}

/** A new PENDING outbox entry carrying `args` as they are (e.g. a refused edit sent again). */
export function fromArgs<N extends MutationName>(
  name: N,
  args: MutationArgs[N],
  now: Date,
): OutboxEntry<N> {
  const kind = KINDS[name] as MutationKind<N>;
  const deviceSeq =
    name === 'sale.record' ? (args as MutationArgs['sale.record']).device_seq : null;
  return {
    id: crypto.randomUUID(),
    name,
    args,
    ...(typeof deviceSeq === 'number' && { deviceSeq }),
    recordId: kind.recordId(args),
    createdAt: now.toISOString(),
    state: 'PENDING',
    attempts: 0,
    lastAttemptAt: null,
    syncedAt: null,
    lastError: null,
    conflicts: [],
  } as unknown as OutboxEntry<N>;
}

/** The collection whose record a mutation's result carries. */
export function collectionOf(name: MutationName): Collection {
  return KINDS[name].collection;
}

/** The mutation as it travels: serialised only when it is pushed. */
export function toPushMutation(entry: OutboxEntry): PushMutation {
  return {
    id: entry.id,
    name: entry.name,
    args: entry.args,
    created_at: entry.createdAt,
  } as PushMutation;
}

/**
 * Stock (thousandths, by product id) that waiting mutations change and the server has not counted:
 * only PENDING and SYNCING entries count, so a refused sale no longer lowers what is on the shelf.
 */
export function unsyncedStock(entries: readonly OutboxEntry[]): Map<string, number> {
  const change = new Map<string, number>();
  for (const entry of entries) {
    if (entry.state !== 'PENDING' && entry.state !== 'SYNCING') {
      continue;
    }
    const kind = KINDS[entry.name] as MutationKind<MutationName>;
    for (const [productId, delta] of kind.stock(entry.args as never)) {
      change.set(productId, (change.get(productId) ?? 0) + delta);
    }
  }
  return change;
}

function saleArgs(sale: Sale): MutationArgs['sale.record'] {
  return {
    id: sale.id,
    sale_number: sale.saleNumber,
    device_id: sale.deviceId,
    device_seq: sale.deviceSeq,
    sold_at: sale.soldAt,
    customer_id: sale.customerId,
    customer_name: sale.customerName,
    customer_phone: sale.customerPhone,
    payment_method: sale.paymentMethod,
    payment_reference: sale.paymentReference,
    amount_tendered: sale.amountTendered === null ? null : fromCents(sale.amountTendered),
    discount: fromCents(sale.discount),
    total_amount: fromCents(sale.totalAmount),
    items: sale.lines.map((line) => ({
      product_id: line.productId,
      quantity: fromMilli(line.quantity),
      unit_price: fromCents(line.unitPrice),
    })),
  };
}

function productFields(product: Product) {
  return {
    sku: product.sku,
    barcode: product.barcode,
    name: product.name,
    category: product.category,
    unit_price: fromCents(product.unitPrice),
    low_stock_threshold:
      product.lowStockThreshold === null || product.lowStockThreshold === undefined
        ? null
        : fromMilli(product.lowStockThreshold),
  };
}
