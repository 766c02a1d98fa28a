import { loadAttentionItems, retryFailed, type AttentionItem } from '../sync';
import { el } from './dom';
import { formatDateTime, formatMoney } from './format';
import { isMessageKey, t, tn } from './messages';

/**
 * What the server refused, with its reason: kept on the device, never deleted, and retried on demand
 * ("Retry all"), while the rest of the queue keeps syncing.
 */
export async function attentionScreen(): Promise<HTMLElement> {
  const items = await loadAttentionItems();
  const retry = el('button', { type: 'button', className: 'primary' }, t('attention.retry'));
  retry.hidden = items.length === 0;
  const list = el('ul', { className: 'attention-list' }, ...items.map(row));
  const screen = el(
    'section',
    { className: 'card wide' },
    el('h1', {}, t('attention.heading')),
    el(
      'p',
      { className: 'muted' },
      items.length === 0 ? t('attention.none') : t('attention.intro'),
    ),
    list,
    retry,
  );
  screen.dataset['testid'] = 'attention';
  retry.addEventListener('click', async () => {
    retry.disabled = true;
    await retryFailed();
    screen.replaceWith(await attentionScreen());
  });
  return screen;
}

function row({ entry, sale }: AttentionItem): HTMLElement {
  const title =
    sale !== undefined
      ? `${sale.saleNumber} · ${formatMoney(sale.totalAmount)}`
      : t('attention.customer', { name: String(entry.body['name'] ?? '') });
  const code = entry.error?.code ?? '';
  const known = `problem.${code}`;
  const reason = isMessageKey(known) ? t(known) : entry.error?.message || code;
  const item = el(
    'li',
    { className: 'attention-item' },
    el('strong', {}, title),
    el('span', { className: 'muted' }, formatDateTime(entry.createdAt)),
    el('span', { className: 'error' }, t('attention.reason', { reason })),
    el('span', { className: 'muted' }, tn('attention.attempts', entry.attempts)),
  );
  item.dataset['code'] = code;
  return item;
}
