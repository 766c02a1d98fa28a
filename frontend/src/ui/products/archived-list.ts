import { fetchArchivedProducts } from '../../back-office';
import { setArchived } from '../../shop';
import { type Product } from '../../sync';
import { el } from '../dom';
import { errorText } from '../error-text';
import { formatMoney } from '../format';
import { t } from '../messages';
import { button } from '../parts';
import type { ScreenContext } from '../screen-context';

/** Archived products, asked of the server (devices do not keep them), each with "Restore". */
export async function archivedList(context: ScreenContext): Promise<HTMLElement> {
  let products: Product[];
  try {
    products = await fetchArchivedProducts();
  } catch (failure) {
    return el(
      'li',
      { className: 'error' },
      `${t('products.archived.online')} ${errorText(failure)}`,
    );
  }
  if (products.length === 0) {
    return el('li', { className: 'muted' }, t('products.archived.none'));
  }
  const list = el('ul', { className: 'plain-list' });
  for (const product of products) {
    const restore = button(
      t('products.restore'),
      () => {
        restore.disabled = true;
        void setArchived(product.id, false).then(() => {
          restore.textContent = t('products.restore.queued');
          void context.manager.syncNow();
        });
      },
      'chip',
    );
    list.append(
      el(
        'li',
        { className: 'row spread archived-row' },
        el('span', {}, `${product.name} · ${product.sku}`),
        el('span', { className: 'muted' }, formatMoney(product.unitPrice)),
        restore,
      ),
    );
  }
  return el('li', {}, list);
}
