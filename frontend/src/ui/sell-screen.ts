import { loadProducts, saleTotals } from '../shop';
import { type Sale, type SyncManager, type User } from '../sync';
import type { Cart } from './cart';
import { cartPanel } from './cart-panel';
import { el } from './dom';
import { formatMoney } from './format';
import { tn } from './messages';
import { productList } from './product-list';

/** While a catalogue downloads, the product list is redrawn at most this often. */
const DOWNLOAD_REDRAW_MS = 2_000;

/**
 * The sell screen: products on one side, the cart on the other (tablet landscape), or one at a time
 * with a "View cart" bar (phone portrait). Stock shown is net of sales still waiting to sync.
 */
export function sellScreen(
  cart: Cart,
  cashier: User,
  manager: SyncManager,
  onCompleted: (sale: Sale) => void,
): { element: HTMLElement; shown: () => void } {
  const screen = el('div', { className: 'sell' });
  const showCart = (visible: boolean) => screen.classList.toggle('show-cart', visible);
  const products = productList((product) => cart.add(product), cashier.role);
  const cartView = cartPanel(cart, cashier, {
    onCompleted: (sale) => {
      showCart(false);
      onCompleted(sale);
    },
    onBack: () => showCart(false),
  });
  const viewCart = el('button', { type: 'button', className: 'primary view-cart' });
  viewCart.addEventListener('click', () => showCart(true));
  screen.append(products.element, cartView, viewCart);

  const renderBar = () => {
    const count = cart.state.lines.length;
    const totals = saleTotals(cart.state.lines, cart.state.discount, null);
    viewCart.hidden = count === 0;
    viewCart.textContent = tn('cart.view', count, { total: formatMoney(totals.total) });
  };
  cart.subscribe(renderBar);
  renderBar();

  let lastKey = '';
  // One read of the catalogue at a time, and at most one more queued behind it: a download delivers
  // a page every few milliseconds, and each read goes through the whole catalogue.
  let reading: Promise<void> | undefined;
  let readAgain = false;
  const reload = (): Promise<void> => {
    if (reading !== undefined) {
      readAgain = true;
      return reading;
    }
    reading = (async () => {
      do {
        readAgain = false;
        const state = manager.snapshot;
        products.setProducts(await loadProducts(), {
          downloading: state.catalogue.downloading,
          received: state.catalogue.received,
          online: state.online,
          synced: state.lastSyncedAt !== null,
        });
        if (readAgain && manager.snapshot.catalogue.downloading) {
          await new Promise((resolve) => setTimeout(resolve, DOWNLOAD_REDRAW_MS));
        }
      } while (readAgain);
    })().finally(() => (reading = undefined));
    return reading;
  };
  manager.subscribe((state) => {
    // Reload when products or stock may have moved (a completed sync, a download page, the queue),
    // not when a sync merely starts or stops: reading the whole catalogue is not free.
    const key = [
      state.online,
      state.lastSyncedAt,
      state.catalogue.received,
      state.waitingSales,
      state.failed,
    ].join();
    if (key !== lastKey) {
      lastKey = key;
      void reload();
    }
  });

  // Scanners type into whatever has focus: send stray keystrokes to the search box.
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, [contenteditable]') !== null;
    if (
      !typing &&
      screen.isConnected &&
      event.key.length === 1 &&
      !event.ctrlKey &&
      !event.metaKey
    ) {
      products.focus();
    }
  });

  return {
    element: screen,
    shown: () => {
      void reload();
      if (window.matchMedia('(min-width: 900px)').matches) {
        products.focus();
      }
    },
  };
}
