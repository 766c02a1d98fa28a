import { recordSale, saleTotals, SaleInputError } from '../shop';
import { type Sale, type User } from '../sync';
import type { Cart } from './cart';
import { cartLines } from './cart-lines';
import { customerPicker } from './customer-picker';
import { el } from './dom';
import { formatMoney } from './format';
import { t } from './messages';
import { paymentPanel } from './payment-panel';

/**
 * The cart side of the sell screen: lines, customer, payment and "Complete sale". The sale counts as
 * done only once it is stored with its outbox entry on the device.
 */
export function cartPanel(
  cart: Cart,
  cashier: User,
  actions: { onCompleted: (sale: Sale) => void; onBack: () => void },
): HTMLElement {
  const lines = cartLines(cart);
  const customer = customerPicker(cart);
  const payment = paymentPanel(cart);
  const error = el('p', { className: 'error', role: 'alert' });
  const complete = el('button', { type: 'button', className: 'primary complete' });
  complete.dataset['testid'] = 'complete-sale';
  const back = el(
    'button',
    { type: 'button', className: 'link-button back' },
    `← ${t('cart.back')}`,
  );
  const clear = el('button', { type: 'button', className: 'link-button' }, t('cart.clear'));
  back.addEventListener('click', actions.onBack);
  clear.addEventListener('click', () => cart.clear());

  complete.addEventListener('click', async () => {
    const state = cart.state;
    complete.disabled = true;
    complete.textContent = t('payment.completing');
    error.textContent = '';
    try {
      const sale = await recordSale({
        lines: state.lines,
        discount: state.discount,
        paymentMethod: state.paymentMethod,
        amountTendered: state.paymentMethod === 'cash' ? state.amountTendered : null,
        paymentReference: state.paymentMethod === 'cash' ? null : state.paymentReference,
        customer: state.customer,
        cashier: { id: cashier.id, displayName: cashier.displayName },
      });
      cart.clear();
      actions.onCompleted(sale);
    } catch (failure) {
      error.textContent =
        failure instanceof SaleInputError ? t(`problem.${failure.code}`) : t('error.storage');
    } finally {
      render();
    }
  });

  const element = el(
    'section',
    { className: 'cart-pane' },
    el('div', { className: 'row spread' }, back, el('h2', {}, t('cart.heading')), clear),
    lines.element,
    customer.element,
    payment.element,
    error,
    complete,
  );
  element.setAttribute('aria-label', t('cart.heading'));

  const render = () => {
    lines.render();
    customer.render();
    payment.render();
    const totals = saleTotals(cart.state.lines, cart.state.discount, cart.state.amountTendered);
    complete.disabled = cart.isEmpty;
    complete.textContent = t('payment.complete', { total: formatMoney(totals.total) });
    clear.hidden = cart.isEmpty;
  };
  cart.subscribe(() => {
    error.textContent = '';
    render();
  });
  render();
  return element;
}
