import { loadSale } from '../shop';
import { loadShop, type Sale, type ShopSettings, type SyncManager } from '../sync';
import { el } from './dom';
import { formatDateTime, formatMoney, formatQuantity } from './format';
import { t } from './messages';

/**
 * A sale's receipt, laid out for 58/80 mm thermal paper when printed (see `@media print` in
 * styles.css), with "Print" and "New sale" on screen.
 */
export async function receiptView(
  saleId: string,
  manager: SyncManager,
  onNewSale: () => void,
): Promise<HTMLElement> {
  const sale = await loadSale(saleId);
  const shop = await loadShop();
  const newSale = el('button', { type: 'button', className: 'primary' }, t('receipt.newSale'));
  newSale.addEventListener('click', onNewSale);
  if (sale === undefined) {
    return el('section', { className: 'card' }, el('p', {}, t('receipt.notFound')), newSale);
  }
  const print = el('button', { type: 'button', className: 'secondary' }, t('receipt.print'));
  print.addEventListener('click', () => window.print());
  const state = el('p', { className: 'muted no-print' });
  state.dataset['testid'] = 'receipt-sync';
  const showState = (current: Sale) => {
    // The server's copy replaces the local one when a push is confirmed, so its version tells.
    const confirmed = current.version > 0;
    state.textContent = confirmed ? t('receipt.synced') : t('receipt.waiting');
    state.classList.toggle('warn', !confirmed);
    return confirmed;
  };
  if (!showState(sale)) {
    let stop = false;
    const unsubscribe = manager.subscribe((snapshot) => {
      if (stop || snapshot.syncing) {
        return;
      }
      void loadSale(saleId).then((latest) => {
        if (latest !== undefined && showState(latest)) {
          stop = true;
        }
      });
    });
    // Stop listening once the receipt is confirmed or left.
    const watch = setInterval(() => {
      if (stop || !state.isConnected) {
        clearInterval(watch);
        unsubscribe();
      }
    }, 5_000);
  }
  const view = el(
    'section',
    { className: 'receipt-screen' },
    el('h1', { className: 'no-print' }, t('receipt.heading')),
    receipt(sale, shop),
    state,
    el('div', { className: 'row no-print' }, newSale, print),
  );
  queueMicrotask(() => newSale.focus());
  return view;
}

/** The printable receipt itself, under the shop's header when the device has it. */
export function receipt(sale: Sale, shop?: ShopSettings): HTMLElement {
  const rows: HTMLElement[] = [];
  const sum = (label: string, value: string, className = '') =>
    rows.push(
      el(
        'div',
        { className: `receipt-sum ${className}` },
        el('span', {}, label),
        el('span', {}, value),
      ),
    );
  sum(t('cart.subtotal'), formatMoney(sale.subtotal));
  if (sale.discount > 0) {
    sum(t('cart.discount'), `−${formatMoney(sale.discount)}`);
  }
  sum(t('cart.total'), formatMoney(sale.totalAmount), 'grand');
  sum(
    t('receipt.paid', { method: t(`payment.${sale.paymentMethod}`) }),
    formatMoney(sale.totalAmount),
  );
  if (sale.paymentMethod === 'cash' && sale.amountTendered !== null) {
    sum(t('receipt.tendered'), formatMoney(sale.amountTendered));
    sum(t('receipt.change'), formatMoney(sale.changeDue));
  }
  if (sale.paymentReference) {
    sum(t('receipt.reference'), sale.paymentReference);
  }
  const element = el(
    'article',
    { className: 'receipt' },
    receiptHeader(shop),
    el(
      'div',
      { className: 'receipt-meta' },
      meta(t('receipt.number'), sale.saleNumber),
      meta(t('receipt.date'), formatDateTime(sale.soldAt)),
      ...(sale.cashierName ? [meta(t('receipt.cashier'), sale.cashierName)] : []),
      ...(sale.customerName ? [meta(t('receipt.customer'), sale.customerName)] : []),
    ),
    el(
      'ul',
      { className: 'receipt-lines' },
      ...sale.lines.map((line) =>
        el(
          'li',
          {},
          el('span', { className: 'receipt-item' }, line.productName || line.sku),
          el(
            'span',
            { className: 'receipt-qty' },
            `${formatQuantity(line.quantity)} × ${formatMoney(line.unitPrice)}`,
          ),
          el('span', { className: 'receipt-amount' }, formatMoney(line.lineTotal)),
        ),
      ),
    ),
    ...rows,
    el('footer', {}, shop?.receiptFooter || t('receipt.thanks')),
  );
  element.dataset['testid'] = 'receipt';
  return element;
}

function receiptHeader(shop: ShopSettings | undefined): HTMLElement {
  const lines = [
    shop?.address,
    shop?.phone,
    shop?.tin ? t('receipt.tin', { tin: shop.tin }) : null,
  ];
  return el(
    'header',
    {},
    el('strong', {}, shop?.name || t('app.title')),
    ...lines.flatMap((line) => (line ? [el('div', { className: 'fine' }, line)] : [])),
  );
}

function meta(label: string, value: string): HTMLElement {
  return el('div', {}, el('span', { className: 'muted' }, `${label}: `), el('span', {}, value));
}
