/**
 * The push contract (`POST /api/sync/push`, docs/sync-protocol.md) in the names the device uses; the
 * only file that names the generated push schemas.
 */
import type { components } from './openapi';

type Schemas = components['schemas'];

/** A wire shape whose optional members the device sends as `null` when empty. */
export type Wire<T> = { [K in keyof T]: undefined extends T[K] ? T[K] | null : T[K] };

/** Every offline action a device can take, by the name it travels under. */
export type MutationName = Schemas['PushMutation']['name'];

/** Each mutation's arguments, exactly as they are sent (snake_case, decimals). */
export interface MutationArgs extends Record<MutationName, object> {
  'sale.record': Wire<Schemas['SaleRequest']>;
  'customer.upsert': Wire<Schemas['CustomerUpsertArgs']>;
  'product.create': Wire<Schemas['ProductCreateArgs']>;
  'product.update': Wire<Schemas['ProductUpdateArgs']>;
  'product.archive': Schemas['ProductRefArgs'];
  'product.restore': Schemas['ProductRefArgs'];
  'stock.adjust': Wire<Schemas['StockAdjustArgs']>;
}

/** One mutation as it is sent. */
export type PushMutation = {
  [N in MutationName]: Omit<Schemas['PushMutation'], 'name' | 'args'> & {
    name: N;
    args: MutationArgs[N];
  };
}[MutationName];

/** The body of a push. */
export type PushRequest = Omit<Schemas['PushRequest'], 'mutations' | 'health'> & {
  mutations: PushMutation[];
  health?: Wire<Schemas['DeviceHealthReport']>;
};

/** The server's answer to a push: one result per mutation, in the order sent. */
export type PushResponse = Schemas['PushResponse'];

/** What became of one mutation. */
export type PushResult = Schemas['PushResult'];

/** The collections a result's `record` belongs to. */
export type RecordCollection = NonNullable<PushResult['collection']>;
