import { cashiersOf, loadSales } from '../../shop';
import { type Sale } from '../../sync';
import { el } from '../dom';
import { formatDateTime, formatMoney } from '../format';
import { t, tn } from '../messages';
import { redrawAfterSync, screenCard } from '../parts';
import type { ScreenContext } from '../screen-context';
import { DEFAULT_CHOICE, choicePeriod, salesFilters, type FilterChoice } from '../sales-filters';
import { saleDetail } from './sale-detail';

/** The filters survive moving to a sale and back. */
let remembered: FilterChoice = DEFAULT_CHOICE;

/**
 * Sales history from the device's own data, so it works offline: today by default, by period, cashier
 * and payment method, with the count and total; a sale opens its receipt for a reprint.
 */
export async function historyScreen(context: ScreenContext): Promise<HTMLElement> {
  if (context.param !== '') {
    return saleDetail(context.param, context);
  }
  const summary = el('p', { className: 'summary', role: 'status' });
  const list = el('ul', { className: 'sale-list' });
  const filters = el('div');
  const screen = screenCard('history', t('history.heading'), filters, summary, list);
  screen.classList.add('roomy');
  const show = async (choice: FilterChoice) => {
    remembered = choice;
    const period = choicePeriod(choice);
    const inPeriod = await loadSales({ ...period });
    const sales = await loadSales({
      ...period,
      cashierId: choice.cashierId,
      paymentMethod: choice.paymentMethod,
    });
    filters.replaceChildren(
      salesFilters(choice, cashiersOf(inPeriod), { payment: true }, (next) => void show(next)),
    );
    const total = sales.reduce((sum, sale) => sum + sale.totalAmount, 0);
    summary.textContent = tn('history.summary', sales.length, { total: formatMoney(total) });
    list.replaceChildren(...sales.map((sale) => saleRow(sale, context)));
    if (sales.length === 0) {
      list.append(el('li', { className: 'muted' }, t('history.none')));
    }
  };
  await show(remembered);
  redrawAfterSync(context.manager, screen, () => void show(remembered));
  return screen;
}

/**
 * One sale: number and amount first, then when, who, for whom and how it was paid. A phone shows the
 * details as one wrapping line under the number; a tablet lines every row up in columns.
 */
function saleRow(sale: Sale, context: ScreenContext): HTMLElement {
  const open = el(
    'button',
    { type: 'button', className: 'list-button sale-row' },
    el('strong', { className: 'sale-number' }, sale.saleNumber),
    el('strong', { className: 'amount' }, formatMoney(sale.totalAmount)),
    el(
      'span',
      { className: 'sale-meta' },
      el('span', {}, formatDateTime(sale.soldAt)),
      el('span', {}, sale.cashierName ?? ''),
      el('span', {}, sale.customerName ?? ''),
      el('span', {}, t(`payment.${sale.paymentMethod}`)),
    ),
    el(
      'span',
      { className: sale.version > 0 ? 'sale-state ok fine' : 'sale-state warn fine' },
      sale.version > 0 ? t('history.confirmed') : t('history.waiting'),
    ),
  );
  open.addEventListener('click', () => context.go(`history/${sale.id}`));
  const row = el('li', {}, open);
  row.dataset['saleNumber'] = sale.saleNumber;
  return row;
}
