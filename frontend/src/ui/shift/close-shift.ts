import {
  closeShift,
  loadDeviceInfo,
  loadSales,
  shiftIncomplete,
  takingsByMethod,
  type ShiftComparison,
  type Takings,
} from '../../shop';
import type { PaymentMethod } from '../../sync';
import { el } from '../dom';
import { formatDateTime, formatMoney } from '../format';
import { t, tn } from '../messages';
import { button, facts, section } from '../parts';

/** What a closed shift amounted to, as the summary shows it. */
export interface ClosedShift {
  readonly from: Date;
  readonly to: Date;
  readonly count: number;
  readonly total: number;
  readonly byMethod: readonly { readonly method: PaymentMethod; readonly takings: Takings }[];
  /** Sales of the shift the server had not confirmed when it closed (they keep syncing). */
  readonly notArrived: number;
}

/** Where the cashier is in closing the shift; kept by the screen so a redraw after a sync keeps it. */
export interface CloseShiftState {
  /** The question is showing. */
  asking: boolean;
}

/**
 * "Close shift", asking first: the question names what is being closed (sales, takings, since when)
 * and warns when sales have not reached the server. Only a yes closes it, then `onClosed` receives
 * the summary of what was closed.
 */
export function closeShiftPart(
  comparison: ShiftComparison,
  from: Date,
  state: CloseShiftState,
  onClosed: (closed: ClosedShift) => void,
): HTMLElement {
  const part = el('div', { className: 'row no-print' });
  const ask = () => {
    state.asking = true;
    const yes = button(t('shift.close.yes'), () => void close(), 'primary');
    yes.dataset['testid'] = 'confirm-close-shift';
    const question = section(
      t('shift.close.question'),
      el(
        'p',
        {},
        t('shift.close.what', {
          sales: tn('shift.sales', comparison.count),
          total: formatMoney(comparison.total),
          when: formatDateTime(from.toISOString()),
        }),
      ),
      ...(!shiftIncomplete(comparison)
        ? []
        : [el('p', { className: 'warn' }, t('shift.close.confirm'))]),
      el(
        'div',
        { className: 'row' },
        yes,
        button(t('shift.close.no'), () => {
          state.asking = false;
          part.replaceChildren(start);
        }),
      ),
    );
    question.classList.add('confirm-panel');
    question.setAttribute('role', 'group');
    part.replaceChildren(question);
    yes.focus();
  };
  const close = async () => {
    const to = new Date();
    const device = await loadDeviceInfo();
    const sales = await loadSales({ from, to: new Date(to.getTime() + 1), deviceId: device.id });
    closeShift(localStorage, to);
    state.asking = false;
    onClosed({
      from,
      to,
      count: sales.length,
      total: sales.reduce((sum, sale) => sum + sale.totalAmount, 0),
      byMethod: takingsByMethod(sales).filter((row) => row.takings.count > 0),
      notArrived: sales.filter((sale) => sale.version === 0).length,
    });
  };
  const start = button(t('shift.close'), ask, 'primary');
  start.dataset['testid'] = 'close-shift';
  part.replaceChildren(start);
  if (state.asking) {
    ask();
  }
  return part;
}

/** The summary shown once a shift is closed: its period, sales, takings by method, what still syncs. */
export function closedShiftSummary(closed: ClosedShift, next: () => void): HTMLElement {
  const summary = section(
    t('shift.closed'),
    el(
      'p',
      { className: 'muted fine' },
      t('shift.closed.period', {
        from: formatDateTime(closed.from.toISOString()),
        to: formatDateTime(closed.to.toISOString()),
      }),
    ),
    facts([
      [t('reports.sales'), String(closed.count)],
      [t('reports.takings'), formatMoney(closed.total)],
      ...closed.byMethod.map(
        ({ method, takings }) =>
          [
            t(`payment.${method}`),
            `${formatMoney(takings.total)} (${tn('shift.sales', takings.count)})`,
          ] as const,
      ),
    ]),
    el(
      'p',
      { className: closed.notArrived === 0 ? 'ok' : 'warn' },
      closed.notArrived === 0
        ? t('shift.allArrived')
        : tn('shift.closed.syncing', closed.notArrived),
    ),
    el(
      'div',
      { className: 'row no-print' },
      button(t('shift.print'), () => window.print()),
      button(t('shift.next'), next, 'primary'),
    ),
  );
  summary.dataset['testid'] = 'shift-summary';
  return summary;
}
