import type { Conflict } from '../../back-office';
import { formatMoney, formatQuantity } from '../format';
import { t, type MessageKey } from '../messages';

/** One sentence on what happened, in the active language, from the conflict's figures. */
export function describeConflict(conflict: Conflict, productName: string | null): string {
  const values = conflict.values;
  const product = productName ?? t('conflicts.aProduct');
  const money = (key: string) => formatMoney(Math.round(Number(values[key] ?? 0) * 100));
  switch (conflict.type) {
    case 'oversold':
      return t('conflicts.text.oversold', {
        product,
        stock: formatQuantity(Math.round(Number(values['stock_after'] ?? 0) * 1000)),
      });
    case 'price-mismatch':
      return t('conflicts.text.price-mismatch', {
        product,
        charged: money('unit_price'),
        current: money('current_price'),
      });
    case 'archived-product':
      return t('conflicts.text.archived-product', { product });
    case 'total-mismatch':
      return t('conflicts.text.total-mismatch', {
        device: money('device_total'),
        server: money('server_total'),
      });
    case 'customer-edit':
      return t('conflicts.text.customer-edit', {
        field: fieldLabel(String(values['field'] ?? '')),
        kept: String(values['kept'] ?? '—'),
        lost: String(values['offered'] ?? '—'),
      });
    default:
      return JSON.stringify(values);
  }
}

/** A customer field's name as the customer form labels it. */
const FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  name: 'customer.name',
  phone: 'customer.phone',
  email: 'customers.email',
  notes: 'customers.notes',
};

function fieldLabel(field: string): string {
  const key = FIELD_LABELS[field];
  return key === undefined ? field : t(key);
}
