import { loadCustomers } from '../../shop';
import { type Customer } from '../../sync';
import { el } from '../dom';
import { t } from '../messages';
import { button, listCount, redrawAfterSync, screenCard } from '../parts';
import type { ScreenContext } from '../screen-context';
import { customerDetail } from './customer-detail';
import { customerForm } from './customer-form';

/** At most this many rows are drawn; typing narrows the list. */
const SHOWN = 200;

/**
 * The shop's customers from the device's copy, so it works offline: search by name or phone, add, and
 * open one to edit it or see what they bought.
 */
export async function customersScreen(context: ScreenContext): Promise<HTMLElement> {
  if (context.param === 'new') {
    return screenCard('customer-new', t('customers.new'), customerForm(undefined, context));
  }
  if (context.param !== '') {
    return customerDetail(context.param, context);
  }
  let customers = await loadCustomers();
  const search = el('input', { type: 'search', autocomplete: 'off' });
  search.placeholder = t('customer.search');
  search.setAttribute('aria-label', t('customer.search'));
  const count = el('p', { className: 'muted fine', role: 'status' });
  const list = el('ul', { className: 'plain-list' });
  const render = () => {
    const matches = matching(customers, search.value);
    count.textContent = listCount(matches.length, SHOWN, 'customers.count');
    list.replaceChildren(...matches.slice(0, SHOWN).map((customer) => row(customer, context)));
  };
  search.addEventListener('input', render);
  render();
  const screen = screenCard(
    'customers',
    t('customers.heading'),
    el(
      'div',
      { className: 'row' },
      button(t('customers.new'), () => context.go('customers/new'), 'primary'),
    ),
    search,
    count,
    list,
  );
  redrawAfterSync(
    context.manager,
    screen,
    () =>
      void loadCustomers().then((latest) => {
        customers = latest;
        render();
      }),
  );
  return screen;
}

/** Customers whose name contains the query, or whose phone contains its digits. */
export function matching(customers: readonly Customer[], query: string): Customer[] {
  const text = query.trim().toLocaleLowerCase();
  const digits = text.replace(/\D/g, '');
  if (text === '') {
    return [...customers];
  }
  return customers.filter(
    (customer) =>
      customer.name.toLocaleLowerCase().includes(text) ||
      (digits !== '' && (customer.phone ?? '').replace(/\D/g, '').includes(digits)),
  );
}

function row(customer: Customer, context: ScreenContext): HTMLElement {
  const open = el(
    'button',
    { type: 'button', className: 'list-button' },
    el('span', {}, customer.name),
    el('span', { className: 'muted' }, customer.phone ?? ''),
  );
  open.addEventListener('click', () => context.go(`customers/${customer.id}`));
  return el('li', {}, open);
}
