import type { CashierName } from '../shop';
import type { PaymentMethod } from '../sync';
import { el } from './dom';
import { t } from './messages';
import { PERIODS, dayString, periodFor, type Period, type PeriodName } from './period';

/** What the filter bar has chosen. */
export interface FilterChoice {
  readonly period: PeriodName;
  readonly customFrom: string;
  readonly customTo: string;
  readonly cashierId: string | null;
  readonly paymentMethod: PaymentMethod | null;
}

/** Today, every cashier, every payment method. */
export const DEFAULT_CHOICE: FilterChoice = {
  period: 'today',
  customFrom: '',
  customTo: '',
  cashierId: null,
  paymentMethod: null,
};

/** The dates of a choice. */
export function choicePeriod(choice: FilterChoice, now = new Date()): Period {
  return periodFor(choice.period, now, { from: choice.customFrom, to: choice.customTo });
}

const METHODS: readonly PaymentMethod[] = ['cash', 'mobile_money', 'card'];

/**
 * The filter bar of history and reports: period (with dates for "custom"), cashier and, where asked,
 * payment method. Calls `onChange` with the whole choice on every change.
 */
export function salesFilters(
  choice: FilterChoice,
  cashiers: readonly CashierName[],
  options: { readonly payment: boolean },
  onChange: (choice: FilterChoice) => void,
): HTMLElement {
  let current = choice;
  const change = (next: Partial<FilterChoice>) => {
    current = { ...current, ...next };
    onChange(current);
  };
  const period = select(
    t('filter.period'),
    PERIODS.map((name) => [name, t(`period.${name}`)]),
    current.period,
    (value) => change({ period: value as PeriodName }),
  );
  const today = dayString(new Date());
  const from = dateInput(t('filter.from'), current.customFrom || today, (value) =>
    change({ customFrom: value }),
  );
  const to = dateInput(t('filter.to'), current.customTo || today, (value) =>
    change({ customTo: value }),
  );
  from.hidden = to.hidden = current.period !== 'custom';
  const cashier = select(
    t('filter.cashier'),
    [['', t('filter.allCashiers')], ...cashiers.map((c) => [c.id, c.name] as const)],
    current.cashierId ?? '',
    (value) => change({ cashierId: value || null }),
  );
  cashier.hidden = cashiers.length < 2 && current.cashierId === null;
  const payment = select(
    t('payment.method'),
    [['', t('filter.allMethods')], ...METHODS.map((m) => [m, t(`payment.${m}`)] as const)],
    current.paymentMethod ?? '',
    (value) => change({ paymentMethod: (value || null) as PaymentMethod | null }),
  );
  payment.hidden = !options.payment;
  return el('div', { className: 'filters' }, period, from, to, cashier, payment);
}

function select(
  label: string,
  options: readonly (readonly [string, string])[],
  value: string,
  onChange: (value: string) => void,
): HTMLElement {
  const input = el(
    'select',
    {},
    ...options.map(([optionValue, text]) =>
      el('option', { value: optionValue, selected: optionValue === value }, text),
    ),
  );
  input.addEventListener('change', () => onChange(input.value));
  return el('label', { className: 'field' }, label, input);
}

function dateInput(label: string, value: string, onChange: (value: string) => void): HTMLElement {
  const input = el('input', { type: 'date', value });
  input.addEventListener('change', () => onChange(input.value));
  return el('label', { className: 'field' }, label, input);
}
