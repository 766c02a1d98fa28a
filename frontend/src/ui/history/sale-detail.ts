import { loadSale } from '../../shop';
import { loadShop } from '../../sync';
import { el } from '../dom';
import { t } from '../messages';
import { button } from '../parts';
import { receipt } from '../receipt-view';
import type { ScreenContext } from '../screen-context';

/** One sale from history: its receipt, whether the server has it, and a reprint. */
export async function saleDetail(id: string, context: ScreenContext): Promise<HTMLElement> {
  const sale = await loadSale(id);
  const back = button(t('history.back'), () => context.go('history'));
  if (sale === undefined) {
    return el('section', { className: 'card' }, el('p', {}, t('receipt.notFound')), back);
  }
  const state = el(
    'p',
    { className: sale.version > 0 ? 'muted no-print' : 'warn no-print' },
    sale.version > 0 ? t('receipt.synced') : t('receipt.waiting'),
  );
  const view = el(
    'section',
    { className: 'receipt-screen' },
    el('h1', { className: 'no-print' }, t('history.sale', { number: sale.saleNumber })),
    receipt(sale, await loadShop()),
    state,
    el(
      'div',
      { className: 'row no-print' },
      back,
      button(t('receipt.reprint'), () => window.print(), 'primary'),
    ),
  );
  view.dataset['testid'] = 'sale-detail';
  return view;
}
