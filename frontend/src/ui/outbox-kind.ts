import type { MutationName } from '../sync';
import { t, type MessageKey } from './messages';

/** How each kind of waiting change is named on screen. */
const KIND_TEXT: { readonly [N in MutationName]: MessageKey } = {
  'sale.record': 'outbox.kind.sale',
  'customer.upsert': 'outbox.kind.customer',
  'product.create': 'outbox.kind.product',
  'product.update': 'outbox.kind.product',
  'product.archive': 'outbox.kind.product-archive',
  'product.restore': 'outbox.kind.product-restore',
  'stock.adjust': 'outbox.kind.stock-adjustment',
};

/** "A sale", "A product change", … for an outbox entry's mutation name. */
export function kindText(name: MutationName): string {
  return t(KIND_TEXT[name]);
}
