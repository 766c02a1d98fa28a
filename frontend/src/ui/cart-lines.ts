import { type CartLine } from '../shop';
import { lineTotal } from '../sync';
import type { Cart } from './cart';
import { el } from './dom';
import { formatMoney, formatQuantity, parseQuantity } from './format';
import { t } from './messages';

/** The cart's lines with − / quantity / + and remove, redrawn from the cart's state. */
export function cartLines(cart: Cart): { element: HTMLElement; render: () => void } {
  const list = el('ul', { className: 'cart-lines' });
  const empty = el('p', { className: 'muted cart-empty' }, t('cart.empty'));
  const element = el('div', {}, empty, list);
  const render = () => {
    empty.hidden = !cart.isEmpty;
    list.replaceChildren(...cart.state.lines.map((line) => row(cart, line)));
  };
  return { element, render };
}

function row(cart: Cart, line: CartLine): HTMLElement {
  const { product, quantity } = line;
  const less = iconButton('−', t('cart.decrease', { name: product.name }));
  const more = iconButton('+', t('cart.increase', { name: product.name }));
  const remove = iconButton('×', t('cart.remove', { name: product.name }));
  const amount = el('input', {
    className: 'qty',
    value: formatQuantity(quantity),
    inputMode: 'decimal',
    autocomplete: 'off',
  });
  amount.setAttribute('aria-label', t('cart.quantity', { name: product.name }));
  less.addEventListener('click', () => cart.setQuantity(product.id, quantity - 1000));
  more.addEventListener('click', () => cart.setQuantity(product.id, quantity + 1000));
  remove.addEventListener('click', () => cart.remove(product.id));
  amount.addEventListener('change', () => {
    const typed = parseQuantity(amount.value);
    if (typed === null) {
      amount.value = formatQuantity(quantity);
    } else {
      cart.setQuantity(product.id, typed);
    }
  });
  const item = el(
    'li',
    { className: 'cart-line' },
    el(
      'div',
      { className: 'cart-line-text' },
      el('span', { className: 'product-name' }, product.name),
      el('span', { className: 'muted' }, formatMoney(product.unitPrice)),
    ),
    el('div', { className: 'stepper' }, less, amount, more),
    el('span', { className: 'line-total' }, formatMoney(lineTotal(quantity, product.unitPrice))),
    remove,
  );
  item.dataset['sku'] = product.sku;
  return item;
}

function iconButton(symbol: string, label: string): HTMLButtonElement {
  const button = el('button', { type: 'button', className: 'icon-button' }, symbol);
  button.setAttribute('aria-label', label);
  return button;
}
