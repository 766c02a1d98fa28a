import { fetchStockMovements } from '../../back-office';
import { DEFAULT_LOW_STOCK, setArchived, type StockedProduct } from '../../shop';
import { el } from '../dom';
import { errorText } from '../error-text';
import { formatDateTime, formatMoney, formatQuantity } from '../format';
import { isMessageKey, t } from '../messages';
import { button, facts, screenCard, section } from '../parts';
import type { ScreenContext } from '../screen-context';
import { table } from '../table';
import { productForm } from './product-form';
import { stockForm } from './stock-form';

/** Every category in use, by name, for the filters and the form's suggestions. */
export function categoriesOf(products: readonly StockedProduct[]): string[] {
  return [
    ...new Set(products.flatMap((product) => (product.category ? [product.category] : []))),
  ].sort((a, b) => a.localeCompare(b));
}

/** One product: its details, edit, archive, stock received or counted, and its stock history. */
export async function productDetail(
  param: string,
  products: readonly StockedProduct[],
  context: ScreenContext,
): Promise<HTMLElement> {
  const [id = '', mode = ''] = param.split('/');
  const product = products.find((candidate) => candidate.id === id);
  const back = button(t('products.back'), () => context.go('products'));
  if (product === undefined) {
    return screenCard('product', t('products.heading'), el('p', {}, t('products.notFound')), back);
  }
  if (mode === 'edit') {
    return screenCard(
      'product-edit',
      product.name,
      productForm(product, categoriesOf(products), context),
    );
  }
  const archive = button(t('products.archive'), () => {
    if (confirm(t('products.archive.confirm', { name: product.name }))) {
      void setArchived(product.id, true).then(() => context.go('products'));
    }
  });
  return screenCard(
    'product',
    product.name,
    facts([
      [t('products.sku'), product.sku],
      [t('products.barcode'), product.barcode ?? '—'],
      [t('products.category'), product.category ?? '—'],
      [t('products.price'), formatMoney(product.unitPrice)],
      [t('reports.available'), formatQuantity(product.available)],
      [t('reports.threshold'), formatQuantity(product.lowStockThreshold ?? DEFAULT_LOW_STOCK)],
      [t('customers.state'), product.version > 0 ? t('history.confirmed') : t('history.waiting')],
    ]),
    el(
      'div',
      { className: 'row' },
      button(t('customers.edit'), () => context.go(`products/${product.id}/edit`), 'primary'),
      archive,
      back,
    ),
    stockForm(product, () => context.go(`products/${product.id}`)),
    historyPart(product),
  );
}

function historyPart(product: StockedProduct): HTMLElement {
  const body = el('div', { className: 'part' });
  const show = button(t('products.history.show'), () => {
    show.disabled = true;
    fetchStockMovements(product.id).then(
      (movements) =>
        body.replaceChildren(
          movements.length === 0
            ? el('p', { className: 'muted' }, t('products.history.none'))
            : table(
                [t('receipt.date'), t('products.history.what'), t('reports.quantity')],
                movements.map((movement) => [
                  formatDateTime(movement.createdAt),
                  movement.kind === 'sale'
                    ? t('products.history.sale')
                    : [reasonText(movement.reason), movement.note].filter(Boolean).join(' · '),
                  formatQuantity(movement.quantity),
                ]),
                'stock-movements',
              ),
        ),
      (failure: unknown) => {
        show.disabled = false;
        body.replaceChildren(el('p', { className: 'error' }, errorText(failure)));
      },
    );
  });
  return section(
    t('products.history'),
    el('p', { className: 'muted fine' }, t('products.history.online')),
    show,
    body,
  );
}

function reasonText(reason: string | null): string {
  const key = `stock.reason.${reason ?? 'correction'}`;
  return isMessageKey(key) ? t(key) : (reason ?? '');
}
