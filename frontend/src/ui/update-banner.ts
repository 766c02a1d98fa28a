import type { Cart } from './cart';
import { el } from './dom';
import { t } from './messages';

/**
 * Offers a waiting new version of the app. It never updates by itself: the cashier chooses when, and
 * the cart survives the reload because it is saved as it changes.
 */
export function updateBanner(cart: Cart, accept: () => void): HTMLElement {
  const text = el('span', {}, cart.isEmpty ? t('update.ready') : t('update.readyCart'));
  const update = el('button', { type: 'button', className: 'primary small' }, t('update.accept'));
  const later = el('button', { type: 'button', className: 'secondary small' }, t('update.later'));
  const banner = el('div', { className: 'banner', role: 'alert' }, text, update, later);
  banner.dataset['testid'] = 'update-banner';
  update.addEventListener('click', () => {
    update.disabled = true;
    accept();
  });
  later.addEventListener('click', () => banner.remove());
  return banner;
}
