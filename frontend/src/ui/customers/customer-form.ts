import { createCustomer, updateCustomer } from '../../shop';
import { type Customer } from '../../sync';
import { el } from '../dom';
import { t } from '../messages';
import { button } from '../parts';
import type { ScreenContext } from '../screen-context';

type Field = 'name' | 'phone' | 'email' | 'notes';

/** The server's rules, checked here first so a queued edit is not refused later. */
const LIMITS: Readonly<Record<Field, number>> = { name: 200, phone: 32, email: 254, notes: 1000 };

/** Why the form cannot be saved, by field; empty when it can. */
export function checkCustomer(
  values: Readonly<Record<Field, string>>,
): Partial<Record<Field, string>> {
  const problems: Partial<Record<Field, string>> = {};
  if (values.name.trim() === '') {
    problems.name = t('customer.nameRequired');
  }
  if (!/^[+0-9 ()-]*$/.test(values.phone.trim())) {
    problems.phone = t('customers.phoneInvalid');
  }
  if (values.email.trim() !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) {
    problems.email = t('customers.emailInvalid');
  }
  for (const field of Object.keys(LIMITS) as Field[]) {
    if (values[field].trim().length > LIMITS[field]) {
      problems[field] ??= t('customers.tooLong', { max: LIMITS[field] });
    }
  }
  return problems;
}

/**
 * Adds or edits a customer. Saving works offline: the change is kept on the device and queued, and
 * the server merges it with edits from other devices field by field.
 */
export function customerForm(customer: Customer | undefined, context: ScreenContext): HTMLElement {
  const inputs = {
    name: el('input', { value: customer?.name ?? '', autocomplete: 'off', required: true }),
    phone: el('input', { type: 'tel', value: customer?.phone ?? '', autocomplete: 'off' }),
    email: el('input', { type: 'email', value: customer?.email ?? '', autocomplete: 'off' }),
    notes: el('textarea', { value: customer?.notes ?? '', rows: 3 }),
  };
  const errors = {
    name: el('span', { className: 'error' }),
    phone: el('span', { className: 'error' }),
    email: el('span', { className: 'error' }),
    notes: el('span', { className: 'error' }),
  };
  const save = button(
    t('customers.save'),
    () => {
      const values = {
        name: inputs.name.value,
        phone: inputs.phone.value,
        email: inputs.email.value,
        notes: inputs.notes.value,
      };
      const problems = checkCustomer(values);
      for (const field of Object.keys(errors) as Field[]) {
        errors[field].textContent = problems[field] ?? '';
      }
      if (Object.keys(problems).length > 0) {
        return;
      }
      save.disabled = true;
      const input = { ...values, phone: values.phone || null };
      void (
        customer === undefined ? createCustomer(input) : updateCustomer(customer.id, input)
      ).then((saved) => context.go(`customers/${saved.id}`));
    },
    'primary',
  );
  const field = (name: Field, label: string) =>
    el('label', { className: 'field' }, label, inputs[name], errors[name]);
  const form = el(
    'div',
    { className: 'part' },
    field('name', t('customer.name')),
    field('phone', t('customer.phone')),
    field('email', t('customers.email')),
    field('notes', t('customers.notes')),
    el('p', { className: 'muted fine' }, t('customers.offline')),
    el(
      'div',
      { className: 'row' },
      save,
      button(t('customer.cancel'), () =>
        context.go(customer === undefined ? 'customers' : `customers/${customer.id}`),
      ),
    ),
  );
  form.dataset['testid'] = 'customer-form';
  return form;
}
