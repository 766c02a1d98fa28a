import {
  discardChange,
  isCatalogueEntry,
  type AttentionItem,
  type CatalogueEntry,
} from '../../shop';
import { retryFailed } from '../../sync';
import { el } from '../dom';
import { formatDateTime, formatMoney } from '../format';
import { isMessageKey, t, tn } from '../messages';
import { kindText } from '../outbox-kind';
import { button } from '../parts';

/**
 * What the server refused, each with its reason and a retry, plus "Retry all". Refused entries are
 * kept on the device and never deleted; the rest of the queue keeps syncing.
 */
export function failedList(items: readonly AttentionItem[], afterRetry: () => void): HTMLElement {
  const retryAll = button(t('attention.retry'), () => retry(undefined), 'primary');
  retryAll.hidden = items.length === 0;
  const part = el(
    'section',
    { className: 'part' },
    el('h2', {}, t('attention.heading')),
    el(
      'p',
      { className: 'muted' },
      items.length === 0 ? t('attention.none') : t('attention.intro'),
    ),
    el('ul', { className: 'attention-list' }, ...items.map((item) => row(item, retry, discard))),
    retryAll,
  );
  part.dataset['testid'] = 'attention';
  async function retry(seqs: readonly number[] | undefined): Promise<void> {
    part.querySelectorAll('button').forEach((candidate) => (candidate.disabled = true));
    await retryFailed(seqs);
    afterRetry();
  }
  async function discard(entry: CatalogueEntry): Promise<void> {
    part.querySelectorAll('button').forEach((candidate) => (candidate.disabled = true));
    await discardChange(entry);
    afterRetry();
  }
  return part;
}

function row(
  { entry, sale }: AttentionItem,
  retry: (seqs: readonly number[]) => Promise<void>,
  discard: (entry: CatalogueEntry) => Promise<void>,
): HTMLElement {
  const name = 'name' in entry.args && typeof entry.args.name === 'string' ? entry.args.name : '';
  const title =
    sale !== undefined
      ? `${sale.saleNumber} · ${formatMoney(sale.totalAmount)}`
      : entry.name === 'customer.upsert'
        ? t('attention.customer', { name })
        : [kindText(entry.name), name].filter(Boolean).join(' · ');
  const code = entry.lastError?.code ?? '';
  const known = `problem.${code}`;
  const reason = isMessageKey(known) ? t(known) : entry.lastError?.message || code;
  const item = el(
    'li',
    { className: 'attention-item' },
    el('strong', {}, title),
    el('span', { className: 'muted' }, formatDateTime(entry.createdAt)),
    el('span', { className: 'error' }, t('attention.reason', { reason })),
    el('span', { className: 'muted' }, tn('attention.attempts', entry.attempts)),
    button(t('sync.retry'), () => void retry([entry.seq as number]), 'chip'),
    // A refused catalogue change may never succeed as it is (a duplicate SKU): it can go. A sale or
    // a customer never does: they are fixed on the server or sent again.
    ...(isCatalogueEntry(entry)
      ? [button(t('products.refused.discard'), () => void discard(entry), 'chip')]
      : []),
  );
  item.dataset['code'] = code;
  return item;
}
