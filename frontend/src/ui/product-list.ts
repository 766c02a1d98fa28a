import type { Role } from '../sync';
import { findProductByCode, type StockedProduct } from '../shop';
import { catalogueNotice, type CatalogueState } from './catalogue-notice';
import { el } from './dom';
import { formatMoney, formatQuantity } from './format';
import { t } from './messages';

/** How many tiles to draw at once; the search narrows a large catalogue quickly. */
const MAX_TILES = 60;

/** The product picker of the sell screen. */
export interface ProductList {
  readonly element: HTMLElement;
  /** Replaces the products shown (after a pull, or a sale changed stock). */
  setProducts(products: readonly StockedProduct[], state: Omit<CatalogueState, 'products'>): void;
  /** Puts the cursor in the search box (scanners type into it). */
  focus(): void;
}

/**
 * Search box and product tiles. A barcode scanner types the code and Enter: an exact barcode or SKU adds
 * the product at once; otherwise Enter adds the only match, if there is exactly one.
 */
export function productList(onAdd: (product: StockedProduct) => void, role: Role): ProductList {
  let products: readonly StockedProduct[] = [];
  let catalogue: Omit<CatalogueState, 'products'> = {
    downloading: false,
    received: 0,
    online: null,
    synced: false,
  };
  const search = el('input', {
    type: 'search',
    name: 'search',
    placeholder: t('sell.searchHint'),
    autocomplete: 'off',
    enterKeyHint: 'search',
  });
  search.setAttribute('aria-label', t('sell.search'));
  search.spellcheck = false;
  const notice = el('p', { className: 'notice', role: 'status' });
  const grid = el('ul', { className: 'product-grid' });
  grid.setAttribute('aria-label', t('nav.sell'));
  const element = el(
    'section',
    { className: 'products-pane' },
    el('div', { className: 'search-row' }, search),
    notice,
    grid,
  );

  const matches = (): StockedProduct[] => {
    const query = search.value.trim().toLowerCase();
    if (query === '') {
      return [...products];
    }
    return products.filter(
      (product) =>
        product.name.toLowerCase().includes(query) ||
        product.sku.toLowerCase().includes(query) ||
        (product.barcode ?? '').includes(query),
    );
  };

  const render = () => {
    const found = matches();
    const shown = found.slice(0, MAX_TILES);
    grid.replaceChildren(...shown.map((product) => tile(product, onAdd)));
    const query = search.value.trim();
    const empty = catalogueNotice({ ...catalogue, products: products.length }, role);
    if (empty !== null) {
      notice.replaceChildren(t(empty.key, empty.params));
      if (empty.addProduct) {
        notice.append(
          el('a', { href: '#/products/new', className: 'button-link' }, t('sell.catalogue.add')),
        );
      }
      return;
    }
    notice.textContent =
      found.length === 0
        ? t('sell.noMatch', { query })
        : found.length > shown.length
          ? t('sell.more', { shown: shown.length, total: found.length })
          : '';
  };

  search.addEventListener('input', render);
  search.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') {
      return;
    }
    event.preventDefault();
    const code = search.value.trim();
    if (code === '') {
      return;
    }
    void findProductByCode(code).then((exact) => {
      const product = exact ? products.find((item) => item.id === exact.id) : undefined;
      const only = matches();
      const chosen = product ?? (only.length === 1 ? only[0] : undefined);
      if (chosen !== undefined) {
        onAdd(chosen);
        search.value = '';
        render();
      } else if (only.length === 0) {
        notice.textContent = t('sell.scanned.unknown', { code });
      }
    });
  });

  return {
    element,
    setProducts(next, state) {
      products = next;
      catalogue = state;
      render();
    },
    focus: () => search.focus(),
  };
}

function tile(product: StockedProduct, onAdd: (product: StockedProduct) => void): HTMLElement {
  const out = product.available <= 0;
  const button = el(
    'button',
    { type: 'button', className: `product-tile${out ? ' out' : ''}` },
    el('span', { className: 'product-name' }, product.name),
    el('span', { className: 'product-price' }, formatMoney(product.unitPrice)),
    el(
      'span',
      { className: 'product-stock' },
      out ? t('sell.outOfStock') : t('sell.stock', { count: formatQuantity(product.available) }),
    ),
  );
  button.dataset['sku'] = product.sku;
  button.addEventListener('click', () => onAdd(product));
  return el('li', {}, button);
}
