import { fetchConflicts, resolveConflict, type Conflict } from '../../back-office';
import { loadProducts, loadSale } from '../../shop';
import { el } from '../dom';
import { errorText } from '../error-text';
import { formatDateTime } from '../format';
import { t, tn } from '../messages';
import { button, screenCard } from '../parts';
import type { ScreenContext } from '../screen-context';
import { describeConflict } from './conflict-text';

const TYPES = [
  'oversold',
  'price-mismatch',
  'archived-product',
  'total-mismatch',
  'customer-edit',
] as const;
const STATUSES = ['open', 'resolved', 'all'] as const;

let remembered: { status: string; type: string } = { status: 'open', type: '' };

/**
 * What the server settled on its own when sales or edits arrived (oversold, price changed while offline,
 * archived product, totals that did not add up, customer edits that crossed), for a manager to review
 * and mark resolved. Lives on the server: needs the network.
 */
export async function conflictsScreen(_context: ScreenContext): Promise<HTMLElement> {
  const list = el('ul', { className: 'attention-list' });
  const count = el('p', { className: 'summary', role: 'status' });
  const status = select(
    STATUSES.map((value) => [value, t(`conflicts.status.${value}`)]),
    remembered.status,
  );
  const type = select(
    [
      ['', t('conflicts.allTypes')],
      ...TYPES.map((value) => [value, t(`conflicts.type.${value}`)] as const),
    ],
    remembered.type,
  );
  const names = new Map((await loadProducts()).map((product) => [product.id, product.name]));
  const show = async () => {
    remembered = { status: status.value, type: type.value };
    let conflicts: Conflict[];
    try {
      conflicts = await fetchConflicts(status.value, type.value || null);
    } catch (failure) {
      count.textContent = '';
      list.replaceChildren(
        el('li', { className: 'error' }, `${t('online.needed')} ${errorText(failure)}`),
      );
      return;
    }
    count.textContent = tn('conflicts.count', conflicts.length);
    list.replaceChildren(
      ...(await Promise.all(conflicts.map((conflict) => row(conflict, names, show)))),
    );
  };
  status.addEventListener('change', () => void show());
  type.addEventListener('change', () => void show());
  await show();
  return screenCard(
    'conflicts',
    t('conflicts.heading'),
    el('p', { className: 'muted fine' }, t('conflicts.intro')),
    el(
      'div',
      { className: 'filters' },
      el('label', { className: 'field' }, t('conflicts.status'), status),
      el('label', { className: 'field' }, t('conflicts.type'), type),
    ),
    count,
    list,
  );
}

async function row(
  conflict: Conflict,
  names: ReadonlyMap<string, string>,
  refresh: () => Promise<void>,
): Promise<HTMLElement> {
  const sale = conflict.saleId === null ? undefined : await loadSale(conflict.saleId);
  const resolve = button(
    t('conflicts.resolve'),
    () => {
      resolve.disabled = true;
      resolveConflict(conflict.id).then(refresh, (failure: unknown) => {
        resolve.disabled = false;
        resolve.after(el('span', { className: 'error' }, errorText(failure)));
      });
    },
    'chip',
  );
  resolve.hidden = conflict.resolvedAt !== null;
  const item = el(
    'li',
    { className: 'attention-item' },
    el('strong', {}, t(`conflicts.type.${conflict.type}` as 'conflicts.type.oversold')),
    el('span', {}, describeConflict(conflict, names.get(conflict.productId ?? '') ?? null)),
    el(
      'span',
      { className: 'muted fine' },
      [
        formatDateTime(conflict.createdAt),
        sale !== undefined ? t('conflicts.sale', { number: sale.saleNumber }) : null,
        conflict.resolvedAt !== null
          ? t('conflicts.resolvedAt', { when: formatDateTime(conflict.resolvedAt) })
          : null,
      ]
        .filter(Boolean)
        .join(' · '),
    ),
    resolve,
  );
  item.dataset['type'] = conflict.type;
  return item;
}

function select(options: readonly (readonly [string, string])[], value: string): HTMLSelectElement {
  return el(
    'select',
    {},
    ...options.map(([optionValue, text]) =>
      el('option', { value: optionValue, selected: optionValue === value }, text),
    ),
  );
}
