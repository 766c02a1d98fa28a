import { adjustStock, type AdjustmentReason, type StockedProduct } from '../../shop';
import { el } from '../dom';
import { formMessage } from '../form-message';
import { formatQuantity, parseQuantity } from '../format';
import { t } from '../messages';
import { button, section } from '../parts';

/** Reasons offered, and the sign each gives the quantity typed; `count` is a counted total. */
const REASONS: readonly (readonly [AdjustmentReason, 1 | -1 | 0])[] = [
  ['received', 1],
  ['count', 0],
  ['returned', 1],
  ['damaged', -1],
  ['expired', -1],
  ['lost', -1],
];

/**
 * The signed change to record: a count becomes the difference from what this device believes is on
 * hand (the server adds movements, so two counts of one shelf cannot overwrite a sale in between).
 */
export function stockDelta(reason: AdjustmentReason, quantity: number, available: number): number {
  const sign = REASONS.find(([candidate]) => candidate === reason)?.[1] ?? 1;
  return sign === 0 ? quantity - available : sign * quantity;
}

/** Stock received, counted or written off, recorded offline as a movement. */
export function stockForm(product: StockedProduct, done: () => void): HTMLElement {
  const reason = el(
    'select',
    {},
    ...REASONS.map(([value]) => el('option', { value }, t(`stock.reason.${value}`))),
  );
  const quantity = el('input', { inputMode: 'decimal', autocomplete: 'off' });
  const quantityLabel = el('span', {}, t('stock.quantity'));
  const note = el('input', { maxLength: 500, autocomplete: 'off' });
  const message = formMessage();
  reason.addEventListener('change', () => {
    quantityLabel.textContent = reason.value === 'count' ? t('stock.counted') : t('stock.quantity');
  });
  const save = button(
    t('stock.save'),
    () => {
      const typed =
        reason.value === 'count' && quantity.value.trim() === '0'
          ? 0
          : parseQuantity(quantity.value);
      if (typed === null) {
        message.error(t('products.quantityInvalid'));
        return;
      }
      const delta = stockDelta(reason.value as AdjustmentReason, typed, product.available);
      if (delta === 0) {
        message.error(t('stock.noChange'));
        return;
      }
      save.disabled = true;
      void adjustStock(product.id, delta, reason.value as AdjustmentReason, note.value).then(done);
    },
    'primary',
  );
  const part = section(
    t('stock.heading'),
    el(
      'p',
      { className: 'muted fine' },
      t('stock.onHand', { count: formatQuantity(product.available) }),
    ),
    el(
      'div',
      { className: 'filters' },
      el('label', { className: 'field' }, t('stock.reason'), reason),
      el('label', { className: 'field' }, quantityLabel, quantity),
      el('label', { className: 'field' }, t('stock.note'), note),
    ),
    el('div', { className: 'row' }, save),
    message.element,
  );
  part.dataset['testid'] = 'stock-form';
  return part;
}
