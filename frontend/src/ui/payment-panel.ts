import { saleTotals } from '../shop';
import { type PaymentMethod } from '../sync';
import type { Cart } from './cart';
import { el } from './dom';
import { formatAmount, formatMoney, parseMoney } from './format';
import { t } from './messages';

const METHODS: readonly PaymentMethod[] = ['cash', 'mobile_money', 'card'];

/** Discount, totals, payment method and its details (cash received and change, or a reference). */
export function paymentPanel(cart: Cart): { element: HTMLElement; render: () => void } {
  const discount = moneyInput('discount', t('cart.discount'));
  const subtotal = el('dd', {});
  const total = el('dd', { className: 'total' });
  const methods = el('div', { className: 'segmented', role: 'radiogroup' });
  methods.setAttribute('aria-label', t('payment.method'));
  const methodButtons = METHODS.map((method) => {
    const button = el('button', { type: 'button', role: 'radio' }, t(`payment.${method}`));
    button.dataset['method'] = method;
    button.addEventListener('click', () => cart.update({ paymentMethod: method }));
    methods.append(button);
    return button;
  });
  const tendered = moneyInput('tendered', t('payment.tendered'));
  const quick = el('div', { className: 'quick-amounts' });
  const change = el('dd', { className: 'change' });
  const cash = el(
    'div',
    { className: 'cash' },
    tendered.label,
    quick,
    el('dl', { className: 'sums' }, el('dt', {}, t('payment.change')), change),
  );
  const reference = el('input', { name: 'reference', autocomplete: 'off' });
  const referenceText = el('span', {});
  const referenceField = el('label', { className: 'field' }, referenceText, reference);

  discount.input.addEventListener('change', () => {
    const cents = parseMoney(discount.input.value || '0');
    cart.update({ discount: cents ?? cart.state.discount });
  });
  tendered.input.addEventListener('input', () => {
    const cents = tendered.input.value.trim() === '' ? null : parseMoney(tendered.input.value);
    if (cents !== null || tendered.input.value.trim() === '') {
      cart.update({ amountTendered: cents });
    }
  });
  reference.addEventListener('input', () => cart.update({ paymentReference: reference.value }));
  // Typed amounts are grouped once the cashier leaves the field, as money is shown everywhere else.
  for (const [input, amount] of [
    [discount.input, () => cart.state.discount],
    [tendered.input, () => cart.state.amountTendered],
  ] as const) {
    input.addEventListener('blur', () => {
      const cents = amount();
      if (cents !== null && cents !== 0 && parseMoney(input.value) === cents) {
        input.value = formatAmount(cents);
      }
    });
  }

  const element = el(
    'div',
    { className: 'payment' },
    el(
      'dl',
      { className: 'sums' },
      el('dt', {}, t('cart.subtotal')),
      subtotal,
      el('dt', {}, el('label', { htmlFor: 'discount' }, t('cart.discount'))),
      el('dd', {}, discount.input),
      el('dt', { className: 'total' }, t('cart.total')),
      total,
    ),
    el('h3', { className: 'label' }, t('payment.method')),
    methods,
    cash,
    referenceField,
  );

  const render = () => {
    const state = cart.state;
    const sums = saleTotals(state.lines, state.discount, state.amountTendered);
    subtotal.textContent = formatMoney(sums.subtotal);
    total.textContent = formatMoney(sums.total);
    syncInput(discount.input, state.discount === 0 ? '' : formatAmount(state.discount));
    methodButtons.forEach((button) =>
      button.setAttribute('aria-checked', String(button.dataset['method'] === state.paymentMethod)),
    );
    cash.hidden = state.paymentMethod !== 'cash';
    referenceField.hidden = state.paymentMethod === 'cash';
    if (state.paymentMethod !== 'cash') {
      referenceText.textContent = t(`payment.reference.${state.paymentMethod}`);
      syncInput(reference, state.paymentReference);
    }
    syncInput(
      tendered.input,
      state.amountTendered === null ? '' : formatAmount(state.amountTendered),
    );
    change.textContent = formatMoney(sums.changeDue);
    quick.replaceChildren(
      ...quickAmounts(sums.total).map((amount, index) => {
        const button = el(
          'button',
          { type: 'button', className: 'chip' },
          index === 0 ? t('payment.exact') : formatMoney(amount),
        );
        button.addEventListener('click', () => cart.update({ amountTendered: amount }));
        return button;
      }),
    );
  };
  return { element, render };
}

/** Exact, then the next round notes a customer is likely to hand over. */
export function quickAmounts(total: number): number[] {
  if (total <= 0) {
    return [];
  }
  const amounts = [total];
  for (const step of [100_000, 500_000, 1_000_000, 5_000_000]) {
    const rounded = Math.ceil(total / step) * step;
    if (!amounts.includes(rounded) && amounts.length < 4) {
      amounts.push(rounded);
    }
  }
  return amounts;
}

function moneyInput(name: string, text: string) {
  const input = el('input', {
    name,
    id: name,
    inputMode: 'decimal',
    autocomplete: 'off',
    placeholder: '0',
  });
  const label = el('label', { className: 'field' }, el('span', {}, text), input);
  return { input, label };
}

/** Sets a field's value only when it differs, so typing is never interrupted by a redraw. */
function syncInput(input: HTMLInputElement, value: string): void {
  if (document.activeElement !== input && input.value !== value) {
    input.value = value;
  }
}
