import {
  loadShiftComparison,
  shiftIncomplete,
  shiftStart,
  type MissingSale,
  type ShiftComparison,
} from '../../shop';
import { el } from '../dom';
import { formatDateTime, formatMoney } from '../format';
import { isMessageKey, t, tn } from '../messages';
import { button, redrawAfterSync, screenCard, section } from '../parts';
import type { ScreenContext } from '../screen-context';
import { table } from '../table';
import {
  closeShiftPart,
  closedShiftSummary,
  type ClosedShift,
  type CloseShiftState,
} from './close-shift';

/**
 * Closing a shift: this device's count, total and last sale number next to what the server confirmed.
 * Says "every sale has reached the server" only when the server's gapless sequence covers every sale
 * made here and the figures agree; otherwise lists each sale that has not, and why.
 */
export async function shiftScreen({ manager }: ScreenContext): Promise<HTMLElement> {
  const body = el('div', { className: 'parts' });
  const screen = screenCard('shift', t('shift.heading'), body);
  // Once closed, the summary stays until the cashier starts the next shift (a sync does not hide it).
  let closed: ClosedShift | null = null;
  const closing: CloseShiftState = { asking: false };
  const nextShift = () => {
    closed = null;
    void render();
  };
  const render = async () => {
    if (closed !== null) {
      body.replaceChildren(closedShiftSummary(closed, nextShift));
      return;
    }
    const from = shiftStart();
    const comparison = await loadShiftComparison(from, new Date(Date.now() + 60_000));
    body.replaceChildren(
      ...parts(
        comparison,
        from,
        closing,
        () => void manager.syncNow(),
        (summary) => {
          closed = summary;
          void render();
        },
      ),
    );
  };
  await render();
  redrawAfterSync(manager, screen, () => void render());
  return screen;
}

function parts(
  comparison: ShiftComparison,
  from: Date,
  closing: CloseShiftState,
  syncNow: () => void,
  onClosed: (closed: ClosedShift) => void,
): HTMLElement[] {
  const { server } = comparison;
  const verdict = el(
    'p',
    {
      className: comparison.allArrived
        ? 'verdict ok'
        : shiftIncomplete(comparison)
          ? 'verdict warn'
          : 'verdict',
      role: 'status',
    },
    comparison.allArrived
      ? t('shift.allArrived')
      : server === null
        ? comparison.missing.length === 0
          ? t('shift.offline.allConfirmed')
          : tn('shift.offline.unconfirmed', comparison.missing.length)
        : tn(
            'shift.notArrived',
            // Numbers missing below the server's highest, and every number above it.
            Math.max(
              comparison.missing.length,
              server.gapCount + Math.max(0, comparison.lastSeq - server.maxSeq),
            ),
          ),
  );
  verdict.dataset['testid'] = 'shift-verdict';
  const figures = table(
    ['', t('shift.device'), t('shift.server')],
    [
      [t('reports.sales'), String(comparison.count), server === null ? '—' : String(server.count)],
      [
        t('reports.takings'),
        formatMoney(comparison.total),
        server === null ? '—' : formatMoney(server.total),
      ],
      [
        t('shift.lastSeq'),
        String(comparison.lastSeq),
        server === null ? '—' : String(server.contiguousSeq),
      ],
    ],
    'shift-figures',
  );
  return [
    el(
      'p',
      { className: 'muted fine' },
      t('shift.since', { when: formatDateTime(from.toISOString()) }),
    ),
    verdict,
    figures,
    el('p', { className: 'muted fine' }, t('shift.explain')),
    ...(comparison.missing.length === 0
      ? []
      : [
          section(
            t(server === null ? 'shift.missing.offline' : 'shift.missing'),
            missingList(comparison.missing),
          ),
        ]),
    el(
      'div',
      { className: 'row no-print' },
      button(t('status.syncNow'), syncNow),
      button(t('shift.print'), () => window.print()),
    ),
    closeShiftPart(comparison, from, closing, onClosed),
  ];
}

function missingList(missing: readonly MissingSale[]): HTMLElement {
  const list = el(
    'ul',
    { className: 'attention-list' },
    ...missing.map((sale) => {
      const code = sale.code === null ? '' : `problem.${sale.code}`;
      const item = el(
        'li',
        { className: 'attention-item' },
        el('strong', {}, t('shift.sale', { number: sale.saleNumber, seq: sale.deviceSeq })),
        el(
          'span',
          { className: sale.reason === 'refused' ? 'error' : 'warn' },
          t(`shift.reason.${sale.reason}`),
          code !== '' && isMessageKey(code) ? ` ${t(code)}` : '',
        ),
      );
      item.dataset['saleNumber'] = sale.saleNumber;
      item.dataset['reason'] = sale.reason;
      return item;
    }),
  );
  list.dataset['testid'] = 'shift-missing';
  return list;
}
