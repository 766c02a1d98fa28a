import {
  DEFAULT_LOW_STOCK,
  cashiersOf,
  loadProducts,
  loadSales,
  loadSyncDetails,
  lowStock,
  summarize,
  takingsByCashier,
  takingsByHour,
  takingsByMethod,
  topProducts,
} from '../../shop';
import { el } from '../dom';
import { formatAgo, formatMoney, formatQuantity } from '../format';
import { t, tn } from '../messages';
import { facts, redrawAfterSync, screenCard, section } from '../parts';
import type { ScreenContext } from '../screen-context';
import { DEFAULT_CHOICE, choicePeriod, salesFilters, type FilterChoice } from '../sales-filters';
import { barChart } from './bar-chart';
import { table } from '../table';

let remembered: FilterChoice = DEFAULT_CHOICE;

/**
 * Reports computed on the device from the sales it holds (the last 30 days and its own unsent ones),
 * so they work offline: takings by payment method and cashier, sales by hour (chart), top products and
 * low stock, for a period and cashier.
 */
export async function reportsScreen(context: ScreenContext): Promise<HTMLElement> {
  const filters = el('div');
  const body = el('div', { className: 'parts' });
  const details = await loadSyncDetails();
  const salesPull = details.pulls.find((pull) => pull.collection === 'sales');
  const source = el(
    'p',
    { className: 'muted fine' },
    t('reports.source', {
      when:
        salesPull?.lastPulledAt != null ? formatAgo(salesPull.lastPulledAt) : t('sync.pull.never'),
    }),
  );
  const screen = screenCard('reports', t('reports.heading'), filters, source, body);
  const show = async (choice: FilterChoice) => {
    remembered = choice;
    const period = choicePeriod(choice);
    const inPeriod = await loadSales(period);
    const sales = await loadSales({ ...period, cashierId: choice.cashierId });
    filters.replaceChildren(
      salesFilters(choice, cashiersOf(inPeriod), { payment: false }, (next) => void show(next)),
    );
    body.replaceChildren(...(await reportParts(sales)));
  };
  await show(remembered);
  redrawAfterSync(context.manager, screen, () => void show(remembered));
  return screen;
}

async function reportParts(sales: Awaited<ReturnType<typeof loadSales>>): Promise<HTMLElement[]> {
  const summary = summarize(sales);
  const hours = takingsByHour(sales);
  const busiest = [...hours].sort((a, b) => b.total - a.total)[0];
  const low = lowStock(await loadProducts(), DEFAULT_LOW_STOCK);
  const summaryFacts = facts([
    [t('reports.sales'), String(summary.count)],
    [t('reports.takings'), formatMoney(summary.total)],
    [t('reports.average'), formatMoney(summary.average)],
    [t('reports.discounts'), formatMoney(summary.discounts)],
  ]);
  summaryFacts.dataset['testid'] = 'report-summary';
  return [
    section(t('reports.summary'), summaryFacts),
    section(
      t('reports.byMethod'),
      table(
        [t('payment.method'), t('reports.sales'), t('reports.takings')],
        takingsByMethod(sales).map(({ method, takings }) => [
          t(`payment.${method}`),
          String(takings.count),
          formatMoney(takings.total),
        ]),
        'report-by-method',
      ),
    ),
    section(
      t('reports.byCashier'),
      table(
        [t('filter.cashier'), t('reports.sales'), t('reports.takings')],
        takingsByCashier(sales).map((row) => [row.name, String(row.count), formatMoney(row.total)]),
        'report-by-cashier',
      ),
    ),
    section(
      t('reports.byHour'),
      barChart(
        hours.map((hour) => ({
          label: String(hour.hour).padStart(2, '0'),
          value: hour.total,
          text: `${tn('history.summary', hour.count, { total: formatMoney(hour.total) })}`,
        })),
        busiest !== undefined && busiest.total > 0
          ? t('reports.byHour.summary', {
              hour: String(busiest.hour).padStart(2, '0'),
              total: formatMoney(busiest.total),
            })
          : t('reports.none'),
        3,
      ),
    ),
    section(
      t('reports.topProducts'),
      table(
        [t('reports.product'), t('reports.quantity'), t('reports.revenue')],
        topProducts(sales).map((row) => [
          row.name,
          formatQuantity(row.quantity),
          formatMoney(row.revenue),
        ]),
        'report-top-products',
      ),
    ),
    section(
      t('reports.lowStock'),
      low.length === 0
        ? el('p', { className: 'muted' }, t('reports.lowStock.none'))
        : table(
            [t('reports.product'), t('reports.available'), t('reports.threshold')],
            low.map((row) => [
              row.product.name,
              formatQuantity(row.available),
              formatQuantity(row.threshold),
            ]),
            'report-low-stock',
          ),
    ),
  ];
}
