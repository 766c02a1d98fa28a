import {
  DEFAULT_LOW_STOCK,
  loadCatalogueChanges,
  loadProducts,
  type StockedProduct,
} from '../../shop';
import { el } from '../dom';
import { formatMoney, formatQuantity } from '../format';
import { t } from '../messages';
import { button, listCount, redrawAfterSync, screenCard } from '../parts';
import type { ScreenContext } from '../screen-context';
import { archivedList } from './archived-list';
import { categoriesOf, productDetail } from './product-detail';
import { productForm } from './product-form';
import { pendingChanges } from './pending-changes';

const SHOWN = 200;

/** What the list shows. */
interface ListFilter {
  readonly query: string;
  readonly category: string;
  readonly lowOnly: boolean;
  readonly archived: boolean;
}

let remembered: ListFilter = { query: '', category: '', lowOnly: false, archived: false };

/**
 * Products for managers: search, filter by category and low stock, create and edit offline (queued like
 * sales), archived products (from the server, online), and the changes still on their way, with stale
 * edits to settle.
 */
export async function productsScreen(context: ScreenContext): Promise<HTMLElement> {
  let products = await loadProducts();
  if (context.param === 'new') {
    return screenCard(
      'product-new',
      t('products.new'),
      productForm(undefined, categoriesOf(products), context),
    );
  }
  if (context.param !== '') {
    return productDetail(context.param, products, context);
  }
  const changes = el('div');
  const drawChanges = async () =>
    changes.replaceChildren(
      pendingChanges(
        await loadCatalogueChanges(),
        products,
        () => context.go('products'),
        (id) => context.go(`products/${id}`),
      ),
    );
  await drawChanges();
  const list = el('ul', { className: 'plain-list' });
  const count = el('p', { className: 'muted fine', role: 'status' });
  const search = el('input', { type: 'search', value: remembered.query, autocomplete: 'off' });
  search.placeholder = t('sell.searchHint');
  search.setAttribute('aria-label', t('sell.search'));
  const category = el(
    'select',
    {},
    el('option', { value: '' }, t('products.allCategories')),
    ...categoriesOf(products).map((name) =>
      el('option', { value: name, selected: name === remembered.category }, name),
    ),
  );
  const low = el('input', { type: 'checkbox', checked: remembered.lowOnly });
  const archived = el('input', { type: 'checkbox', checked: remembered.archived });
  const render = () => {
    remembered = {
      query: search.value,
      category: category.value,
      lowOnly: low.checked,
      archived: archived.checked,
    };
    if (remembered.archived) {
      count.textContent = '';
      void archivedList(context).then((element) => list.replaceChildren(element));
      return;
    }
    const matches = filterProducts(products, remembered);
    count.textContent = listCount(matches.length, SHOWN, 'products.count');
    list.replaceChildren(...matches.slice(0, SHOWN).map((product) => row(product, context)));
  };
  search.addEventListener('input', render);
  [category, low, archived].forEach((input) => input.addEventListener('change', render));
  render();
  const screen = screenCard(
    'products',
    t('products.heading'),
    changes,
    el(
      'div',
      { className: 'row' },
      button(t('products.new'), () => context.go('products/new'), 'primary'),
    ),
    search,
    el(
      'div',
      { className: 'filters' },
      el('label', { className: 'field' }, t('products.category'), category),
      el('label', { className: 'check' }, low, t('products.lowOnly')),
      el('label', { className: 'check' }, archived, t('products.archived')),
    ),
    count,
    list,
  );
  redrawAfterSync(
    context.manager,
    screen,
    () =>
      void loadProducts().then(async (latest) => {
        products = latest;
        await drawChanges();
        render();
      }),
  );
  return screen;
}

/** Products matching the search (name, SKU, barcode), category and low-stock filter, by name. */
export function filterProducts(
  products: readonly StockedProduct[],
  filter: Omit<ListFilter, 'archived'>,
): StockedProduct[] {
  const query = filter.query.trim().toLocaleLowerCase();
  return products.filter(
    (product) =>
      (query === '' ||
        product.name.toLocaleLowerCase().includes(query) ||
        product.sku.toLocaleLowerCase().includes(query) ||
        (product.barcode ?? '').includes(query)) &&
      (filter.category === '' || product.category === filter.category) &&
      (!filter.lowOnly || product.available <= (product.lowStockThreshold ?? DEFAULT_LOW_STOCK)),
  );
}

function row(product: StockedProduct, context: ScreenContext): HTMLElement {
  const isLow = product.available <= (product.lowStockThreshold ?? DEFAULT_LOW_STOCK);
  const open = el(
    'button',
    { type: 'button', className: 'list-button product-row' },
    el(
      'span',
      { className: 'product-title' },
      el('span', { className: 'product-name' }, product.name),
      el('span', { className: 'muted fine' }, product.sku),
    ),
    el('span', { className: 'price' }, formatMoney(product.unitPrice)),
    el(
      'span',
      { className: isLow ? 'stock warn' : 'stock muted' },
      t('sell.stock', { count: formatQuantity(product.available) }),
    ),
  );
  open.addEventListener('click', () => context.go(`products/${product.id}`));
  const item = el('li', {}, open);
  item.dataset['sku'] = product.sku;
  return item;
}
