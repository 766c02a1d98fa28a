import {
  discardChange,
  serverVersionOf,
  settleStaleEdit,
  type CatalogueEntry,
  type StockedProduct,
} from '../../shop';
import { type Product } from '../../sync';
import { el } from '../dom';
import { formatMoney, formatQuantity } from '../format';
import { isMessageKey, t, tn } from '../messages';
import { kindText } from '../outbox-kind';
import { button, section } from '../parts';
import { table } from '../table';

/**
 * Catalogue changes made here that the server has not confirmed: a count of those on their way, and
 * each refused one. A stale edit (someone changed the product meanwhile) shows both versions side by
 * side, and the manager keeps one; any other refused change can be edited (opening the product) or
 * discarded, since sending it again as it is cannot succeed.
 */
export function pendingChanges(
  changes: readonly CatalogueEntry[],
  products: readonly StockedProduct[],
  refresh: () => void,
  edit: (productId: string) => void,
): HTMLElement {
  const waiting = changes.filter((entry) => entry.state !== 'FAILED');
  const failed = changes.filter((entry) => entry.state === 'FAILED');
  const part = section(
    t('products.changes'),
    el(
      'p',
      { className: waiting.length > 0 ? 'warn' : 'muted' },
      tn('products.changes.waiting', waiting.length),
    ),
    ...failed.map((entry) => refused(entry, products, refresh, edit)),
  );
  part.dataset['testid'] = 'catalogue-changes';
  part.hidden = changes.length === 0;
  return part;
}

function refused(
  entry: CatalogueEntry,
  products: readonly StockedProduct[],
  refresh: () => void,
  edit: (productId: string) => void,
): HTMLElement {
  const theirs = serverVersionOf(entry);
  const name =
    theirs?.name ?? products.find((product) => product.id === entry.recordId)?.name ?? '';
  if (entry.lastError?.code !== 'precondition-failed' || theirs === undefined) {
    const known = `problem.${entry.lastError?.code ?? ''}`;
    return el(
      'div',
      { className: 'attention-item' },
      el('strong', {}, name || kindText(entry.name)),
      el(
        'span',
        { className: 'error' },
        isMessageKey(known) ? t(known) : (entry.lastError?.message ?? ''),
      ),
      el(
        'div',
        { className: 'row' },
        ...(entry.name === 'product.create' || entry.name === 'product.update'
          ? [button(t('products.refused.edit'), () => edit(entry.recordId), 'primary')]
          : []),
        button(t('products.refused.discard'), () => void discardChange(entry).then(refresh)),
      ),
    );
  }
  const mine: Record<string, unknown> = entry.args;
  const rows: [string, string, string][] = [
    [t('products.name'), String(mine['name'] ?? ''), theirs.name],
    [t('products.sku'), String(mine['sku'] ?? ''), theirs.sku],
    [t('products.barcode'), String(mine['barcode'] ?? '—'), theirs.barcode ?? '—'],
    [t('products.category'), String(mine['category'] ?? '—'), theirs.category ?? '—'],
    [
      t('products.price'),
      formatMoney(Math.round(Number(mine['unit_price']) * 100)),
      formatMoney(theirs.unitPrice),
    ],
    [
      t('products.threshold'),
      thresholdText(mine['low_stock_threshold']),
      thresholdText(theirs.lowStockThreshold, true),
    ],
  ];
  const choose = (keep: 'mine' | 'theirs') => () => void settleStaleEdit(entry, keep).then(refresh);
  const item = el(
    'div',
    { className: 'attention-item stale-edit' },
    el('strong', {}, t('products.stale', { name })),
    el('p', { className: 'muted fine' }, t('products.stale.explain')),
    table(
      [t('products.field'), t('products.stale.mine'), t('products.stale.theirs')],
      rows,
      'stale-edit-table',
    ),
    el(
      'div',
      { className: 'row' },
      button(t('products.stale.keepMine'), choose('mine'), 'primary'),
      button(t('products.stale.keepTheirs'), choose('theirs')),
    ),
  );
  return item;
}

function thresholdText(value: unknown, milli = false): string {
  if (value === null || value === undefined) {
    return t('products.threshold.default');
  }
  const number = Number(value);
  return formatQuantity(milli ? number : Math.round(number * 1000));
}

export type { Product };
