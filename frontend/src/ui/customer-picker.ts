import { createCustomer, loadCustomers } from '../shop';
import { type Customer } from '../sync';
import type { Cart } from './cart';
import { el } from './dom';
import { t } from './messages';

/**
 * Picks the sale's customer: walk-in by default, an existing customer by name or phone, or one created
 * on the spot (saved on the device and queued for the server before the sale that names it).
 */
export function customerPicker(cart: Cart): { element: HTMLElement; render: () => void } {
  const chosen = el('span', { className: 'customer-name' });
  const change = el('button', { type: 'button', className: 'link-button' }, t('customer.change'));
  const search = el('input', { type: 'search', name: 'customer', autocomplete: 'off' });
  search.placeholder = t('customer.search');
  search.setAttribute('aria-label', t('customer.search'));
  const results = el('ul', { className: 'customer-results' });
  const addNew = el('button', { type: 'button', className: 'link-button' }, t('customer.new'));
  const form = newCustomerForm(cart, () => close());
  const finder = el(
    'div',
    { className: 'customer-finder', hidden: true },
    search,
    results,
    addNew,
    form.element,
  );
  const element = el(
    'div',
    { className: 'customer-picker' },
    el(
      'div',
      { className: 'row' },
      el('span', { className: 'muted' }, t('customer.label')),
      chosen,
      change,
    ),
    finder,
  );
  let customers: Customer[] = [];

  const close = () => {
    finder.hidden = true;
    form.element.hidden = true;
    search.value = '';
  };
  change.addEventListener('click', async () => {
    finder.hidden = !finder.hidden;
    if (!finder.hidden) {
      customers = await loadCustomers();
      showResults();
      search.focus();
    }
  });
  addNew.addEventListener('click', () => {
    form.element.hidden = false;
    form.prefill(search.value);
  });
  const showResults = () => {
    const query = search.value.trim().toLowerCase();
    const found = customers
      .filter((c) => c.name.toLowerCase().includes(query) || (c.phone ?? '').includes(query))
      .slice(0, 8);
    const walkIn = el('button', { type: 'button', className: 'list-button' }, t('customer.none'));
    walkIn.addEventListener('click', () => {
      cart.update({ customer: null });
      close();
    });
    results.replaceChildren(
      el('li', {}, walkIn),
      ...found.map((customer) => {
        const pick = el(
          'button',
          { type: 'button', className: 'list-button' },
          customer.name,
          el('span', { className: 'muted' }, customer.phone ?? ''),
        );
        pick.addEventListener('click', () => {
          cart.update({
            customer: { id: customer.id, name: customer.name, phone: customer.phone },
          });
          close();
        });
        return el('li', {}, pick);
      }),
    );
  };
  search.addEventListener('input', showResults);

  const render = () => {
    chosen.textContent = cart.state.customer?.name ?? t('customer.none');
  };
  return { element, render };
}

function newCustomerForm(cart: Cart, done: () => void) {
  const name = el('input', { name: 'customer-name', autocomplete: 'off' });
  const phone = el('input', {
    name: 'customer-phone',
    type: 'tel',
    inputMode: 'tel',
    autocomplete: 'off',
  });
  const error = el('p', { className: 'error', role: 'alert' });
  const save = el('button', { type: 'submit', className: 'primary small' }, t('customer.save'));
  const cancel = el(
    'button',
    { type: 'button', className: 'secondary small' },
    t('customer.cancel'),
  );
  const element = el(
    'form',
    { className: 'new-customer', hidden: true },
    el('label', { className: 'field' }, el('span', {}, t('customer.name')), name),
    el('label', { className: 'field' }, el('span', {}, t('customer.phone')), phone),
    error,
    el('div', { className: 'row' }, save, cancel),
  );
  cancel.addEventListener('click', done);
  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (name.value.trim() === '') {
      error.textContent = t('customer.nameRequired');
      name.focus();
      return;
    }
    save.disabled = true;
    try {
      const customer = await createCustomer({ name: name.value, phone: phone.value });
      cart.update({ customer: { id: customer.id, name: customer.name, phone: customer.phone } });
      name.value = '';
      phone.value = '';
      error.textContent = '';
      done();
    } catch {
      error.textContent = t('error.storage');
    } finally {
      save.disabled = false;
    }
  });
  return {
    element,
    prefill(text: string) {
      const digits = /^[+\d\s]+$/.test(text.trim());
      (digits ? phone : name).value = text.trim();
      name.focus();
    },
  };
}
