import { loadCustomer, loadCustomerSales } from '../../shop';
import { type Sale } from '../../sync';
import { el } from '../dom';
import { formatDateTime, formatMoney } from '../format';
import { t, tn } from '../messages';
import { button, facts, screenCard, section } from '../parts';
import type { ScreenContext } from '../screen-context';
import { customerForm } from './customer-form';

/** One customer: details with an edit form, and what they bought (from the device's sales). */
export async function customerDetail(id: string, context: ScreenContext): Promise<HTMLElement> {
  const [customerId = '', mode = ''] = id.split('/');
  const customer = await loadCustomer(customerId);
  if (customer === undefined) {
    return screenCard(
      'customer',
      t('customers.heading'),
      el('p', {}, t('customers.notFound')),
      button(t('customers.back'), () => context.go('customers')),
    );
  }
  if (mode === 'edit') {
    return screenCard('customer-edit', customer.name, customerForm(customer, context));
  }
  const sales = await loadCustomerSales(customer.id);
  const total = sales.reduce((sum, sale) => sum + sale.totalAmount, 0);
  return screenCard(
    'customer',
    customer.name,
    facts([
      [t('customer.phone'), customer.phone ?? '—'],
      [t('customers.email'), customer.email ?? '—'],
      [t('customers.notes'), customer.notes ?? '—'],
      [t('customers.state'), customer.version > 0 ? t('history.confirmed') : t('history.waiting')],
    ]),
    el(
      'div',
      { className: 'row' },
      button(t('customers.edit'), () => context.go(`customers/${customer.id}/edit`), 'primary'),
      button(t('customers.back'), () => context.go('customers')),
    ),
    section(
      t('customers.purchases'),
      el(
        'p',
        { className: 'summary' },
        tn('history.summary', sales.length, { total: formatMoney(total) }),
      ),
      el('ul', { className: 'plain-list' }, ...sales.map((sale) => purchase(sale, context))),
    ),
  );
}

function purchase(sale: Sale, context: ScreenContext): HTMLElement {
  const open = el(
    'button',
    { type: 'button', className: 'list-button' },
    el('span', {}, `${sale.saleNumber} · ${formatDateTime(sale.soldAt)}`),
    el('strong', {}, formatMoney(sale.totalAmount)),
  );
  open.addEventListener('click', () => context.go(`history/${sale.id}`));
  return el('li', {}, open);
}
